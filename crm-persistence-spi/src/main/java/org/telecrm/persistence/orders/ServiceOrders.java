package org.telecrm.persistence.orders;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.telecrm.kernel.Changed;
import org.telecrm.order.aggregate.ServiceOrder;
import org.telecrm.order.aggregate.ServiceOrderEvent;
import org.telecrm.order.aggregate.ServiceOrderId;
import org.telecrm.persistence.Page;
import org.telecrm.persistence.PageRequest;
import org.telecrm.persistence.SaveConflict;
import org.telecrm.persistence.Versioned;
import org.telecrm.sla.SlaContractId;

import java.time.Instant;
import java.time.YearMonth;

/**
 * The service orders a host stores: load by identifier, save with the expected version, and the queries a host
 * needs (open orders; by SLA contract and month, for settlement; due for a return visit). Saving appends the
 * change's events to the outbox in the same transaction. Loading rebuilds with {@link ServiceOrder#restore}: no rule
 * runs, no event is raised.
 *
 * <pre>{@code
 * orders.save(ServiceOrder.accept(intake, limits, basis, desk, clerk, at, "taken").get(), Versioned.NEW); // Right(1)
 * orders.open(PageRequest.first(100)).items();                                        // [the order, version 1]
 * orders.byContractAndMonth(SlaContractId.of("SLA-1"), YearMonth.of(2026, 3), PageRequest.first(100)).items();
 * orders.byMonth(YearMonth.of(2026, 3), PageRequest.first(100)).items();     // every contract's, and those of none
 * orders.dueForReturnVisit(asOf, PageRequest.first(100)).items();   // completed, awaiting the customer's answer
 * }</pre>
 */
public interface ServiceOrders {

    /** The stable type name of service orders in conflicts, event ids and JSON. */
    String TYPE = "service-order";

    Option<Versioned<ServiceOrder>> load(ServiceOrderId id);

    /**
     * Stores {@code order} when the store holds it at {@code expectedVersion} ({@link Versioned#NEW} when it must
     * not exist yet) and appends {@code events} to the outbox, in one transaction; the new version, or a
     * {@link SaveConflict} with nothing written.
     */
    Either<SaveConflict, Long> save(ServiceOrder order, long expectedVersion, Seq<ServiceOrderEvent> events);

    default Either<SaveConflict, Long> save(Changed<ServiceOrder, ServiceOrderEvent> change, long expectedVersion) {
        return save(change.state(), expectedVersion, change.events());
    }

    /** The orders not yet closed or cancelled ({@link ServiceOrder#isOpen()}), ordered by order id. */
    Page<Versioned<ServiceOrder>> open(PageRequest page);

    /**
     * The orders about SLA contract {@code contract} that were accepted or completed in {@code month}, ordered by
     * order id: what a monthly settlement of the contract looks at. The month of an instant is read in the order's
     * own clock zone ({@link org.telecrm.order.aggregate.ClockBasis#zone()}, fixed at acceptance), so an adapter
     * can compute it once when it saves the order.
     */
    Page<Versioned<ServiceOrder>> byContractAndMonth(SlaContractId contract, YearMonth month, PageRequest page);

    /**
     * The orders accepted or completed in {@code month}, whatever their contract and those without one, ordered by
     * order id: what a month-end reads for the figures of the whole month (return visits, weekly faults, SLA pass
     * rates), so that an order taken without a contract (a hotline complaint) is counted too. The month of an
     * instant is read in the order's own clock zone, as for {@link #byContractAndMonth}.
     */
    Page<Versioned<ServiceOrder>> byMonth(YearMonth month, PageRequest page);

    /**
     * The orders due for a return visit as of {@code asOf}, ordered by order id: completed at or before
     * {@code asOf} and waiting in the node whose next step is the return visit (COMPLETED for an order without a
     * delivery step, DELIVERED for one with it). Whether the return-visit deadline has passed is the order's own
     * reading ({@link ServiceOrder#reviewDeadlines}), which needs the working-day calendars.
     */
    Page<Versioned<ServiceOrder>> dueForReturnVisit(Instant asOf, PageRequest page);
}
