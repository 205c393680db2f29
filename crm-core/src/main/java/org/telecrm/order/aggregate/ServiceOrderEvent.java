package org.telecrm.order.aggregate;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.telecrm.customer.AccountManagerId;
import org.telecrm.customer.CustomerId;
import org.telecrm.customer.StaffId;
import org.telecrm.kernel.AggregateEvent;
import org.telecrm.order.OrderKind;
import org.telecrm.order.clock.PauseReason;
import org.telecrm.sla.CircuitId;

import java.time.Instant;

/**
 * What happened to a service order, for the host to forward. Every event names the order and the instant.
 *
 * <pre>{@code
 * order.recordReturnVisit(ReturnVisitOutcome.DISSATISFIED, party, staff, at, "line drops at night").get().events();
 * // [NodeEntered(... RETURN_VISITED), EscalatedToAccountManager(... AM-0755-017 ...)]
 * }</pre>
 */
public sealed interface ServiceOrderEvent extends AggregateEvent<ServiceOrderId> {

    ServiceOrderId order();

    /** {@link #order()}, under the name every aggregate's events share. */
    @Override
    default ServiceOrderId aggregateId() {
        return order();
    }

    Instant occurredAt();

    record OrderAccepted(ServiceOrderId order, OrderKind kind, CustomerId customer, ResponsibleParty party,
                         Instant occurredAt) implements ServiceOrderEvent {
    }

    record NodeEntered(ServiceOrderId order, Node from, Node to, ResponsibleParty party, Instant occurredAt)
            implements ServiceOrderEvent {
    }

    record ClockPaused(ServiceOrderId order, PauseReason reason, Instant occurredAt) implements ServiceOrderEvent {
    }

    record ClockResumed(ServiceOrderId order, Instant occurredAt) implements ServiceOrderEvent {
    }

    /** A delivery or return-visit deadline passed with the node not left; raised once per node by the review. */
    record DeadlineMissed(ServiceOrderId order, Node node, String deadline, String reading, Instant occurredAt)
            implements ServiceOrderEvent {
    }

    /** A dissatisfied return visit, escalated to the customer's account manager (none if the order names none). */
    record EscalatedToAccountManager(ServiceOrderId order, Option<AccountManagerId> accountManager, String note,
                                     Instant occurredAt) implements ServiceOrderEvent {
    }

    /**
     * The deadline review found the node's time limit past its warning point ({@link DeadlinePolicy}), net of
     * pauses; raised once per node visit.
     */
    record LimitWarning(ServiceOrderId order, Node node, String limit, String reading, ResponsibleParty party,
                        Instant occurredAt) implements ServiceOrderEvent {
    }

    /** The deadline review found the node's time limit passed, net of pauses; raised once per node visit. */
    record LimitViolated(ServiceOrderId order, Node node, String limit, String reading, ResponsibleParty party,
                         Instant occurredAt) implements ServiceOrderEvent {
    }

    /**
     * A step of the node's escalation chain ({@code to}: department, supervisor, service supervision) came due: the
     * node is still not left that long after its limit. {@code department} is the one responsible for the node.
     */
    record LimitEscalated(ServiceOrderId order, Node node, DeadlineStage to, DepartmentId department, String reading,
                          Instant occurredAt) implements ServiceOrderEvent {
    }

    /**
     * The order moved against its flow ({@link Setback}: rework, reopen, reject, fail), with the reason and who
     * decided; a {@link NodeEntered} comes with it.
     */
    record OrderSetBack(ServiceOrderId order, Setback setback, Node from, Node to, ResponsibleParty party,
                        String reason, StaffId decidedBy, Instant occurredAt)
            implements ServiceOrderEvent {
    }

    /**
     * An item of the order (its {@code circuit}) was completed on its own while the order is in progress (partial
     * completion, {@link ServiceOrder#completeItem}); the order's own completion completes the items that follow it.
     */
    record ItemCompleted(ServiceOrderId order, CircuitId circuit, StaffId by, String note, Instant occurredAt)
            implements ServiceOrderEvent {
    }

    /**
     * A pre-sale response (its {@code order}) the customer agreed to was handed over into the provisioning order
     * {@code provisioning} about {@code circuits}, and closed ({@code order.presale.PreSale.handOver}).
     */
    record PreSaleHandedOver(ServiceOrderId order, ServiceOrderId provisioning, Seq<CircuitId> circuits, StaffId by,
                             Instant occurredAt) implements ServiceOrderEvent {
    }
}
