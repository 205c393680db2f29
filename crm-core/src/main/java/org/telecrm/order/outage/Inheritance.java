package org.telecrm.order.outage;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.telecrm.customer.StaffId;
import org.telecrm.kernel.Changed;
import org.telecrm.order.aggregate.Node;
import org.telecrm.order.aggregate.ResponsibleParty;
import org.telecrm.order.aggregate.ServiceOrder;
import org.telecrm.order.aggregate.ServiceOrderEvent;
import org.telecrm.order.aggregate.ServiceOrderRejection;
import org.telecrm.order.clock.Pause;
import org.telecrm.sla.quality.Outage;
import org.telecrm.sla.quality.OutageCause;

import java.time.Instant;

/**
 * What the children of a mass outage take from it (pure functions): its pauses since they were attached, and its
 * restoration, which completes each child still open at that instant, once; a detached child takes nothing. And the
 * availability records: one outage per circuit, however many orders reported it.
 *
 * <pre>{@code
 * Changed<ServiceOrder, ServiceOrderEvent> child = Inheritance.inherit(cable, order, noc, StaffId.of("S-7")).get();
 * Seq<Outage> records = Inheritance.outagesPerCircuit(cable, OutageCause.PROVIDER);
 * }</pre>
 */
public final class Inheritance {

    private Inheritance() {
    }

    /**
     * The child brought in line with the outage: each of the outage's pauses since the child was attached that the
     * child does not have (same start), then, once the outage is restored, the child moved on to COMPLETED at the
     * restoration instant (through dispatch and start of work if it had not got there), responsible {@code party}.
     * Nothing for an order that is not an attached child, one already past IN_PROGRESS, or a repeat. A child whose own
     * instants are past the outage's is refused by the order ({@code OutOfOrder}): it diverged, detach it.
     */
    public static Either<ServiceOrderRejection, Changed<ServiceOrder, ServiceOrderEvent>> inherit(
            MassOutage outage, ServiceOrder child, ResponsibleParty party, StaffId who) {
        Option<ChildLink> link = outage.attached().find(l -> l.order().equals(child.id()));
        Either<ServiceOrderRejection, Changed<ServiceOrder, ServiceOrderEvent>> result = Either.right(Changed.nothing(child));
        if (link.isEmpty() || !child.isOpen()) {
            return result;
        }
        for (Pause pause : outage.pauses().pauses().filter(p -> !p.start().isBefore(link.get().attachedAt()))) {
            if (child.pauses().pauses().exists(p -> p.start().equals(pause.start()))) {
                continue;
            }
            result = result.flatMap(c -> then(c, c.state().pause(pause.reason(), who, pause.start())));
            if (pause.end().isDefined()) {
                result = result.flatMap(c -> then(c, c.state().resume(who, pause.end().get())));
            }
        }
        if (outage.restoredAt().isEmpty()) {
            return result;
        }
        Instant at = outage.restoredAt().get();
        String note = "restored with mass outage " + outage.id();
        result = result.flatMap(c -> c.state().pauses().isPaused() ? then(c, c.state().resume(who, at)) : Either.right(c));
        for (Node step : List.of(Node.DISPATCHED, Node.IN_PROGRESS, Node.COMPLETED)) {
            result = result.flatMap(c -> c.state().node().next(c.state().limits().delivery()).contains(step)
                    ? then(c, c.state().moveTo(step, party, who, at, note)) : Either.right(c));
        }
        return result;
    }

    private static Either<ServiceOrderRejection, Changed<ServiceOrder, ServiceOrderEvent>> then(
            Changed<ServiceOrder, ServiceOrderEvent> before,
            Either<ServiceOrderRejection, Changed<ServiceOrder, ServiceOrderEvent>> next) {
        return next.map(c -> Changed.of(c.state(), before.events().appendAll(c.events())));
    }

    /**
     * The restored outage's availability records: one per circuit of the children attached at the restoration, from
     * the declaration to the restoration, the ticket the outage and the circuit; several orders about one circuit make
     * one record, so availability counts the outage once per circuit. Their own
     * {@code CompensationLink.outage} records are not added for these circuits. None before the restoration.
     */
    public static Seq<Outage> outagesPerCircuit(MassOutage outage, OutageCause cause) {
        return outage.restoredAt().map(end -> outage.attached().map(ChildLink::circuit).distinct()
                .map(circuit -> Outage.of(outage.id() + "/" + circuit.value(), circuit, outage.declaredAt(), end, cause)))
                .getOrElse(List.empty());
    }
}
