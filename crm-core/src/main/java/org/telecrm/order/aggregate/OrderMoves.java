package org.telecrm.order.aggregate;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.telecrm.customer.StaffId;
import org.telecrm.kernel.Changed;
import org.telecrm.order.clock.ClockError;
import org.telecrm.order.clock.PauseLedger;

import java.time.Instant;
import java.util.Objects;

/** How a {@link ServiceOrder} moves along its node flow and records pauses: the rules its commands share. */
final class OrderMoves {

    private OrderMoves() {
    }

    static Either<ServiceOrderRejection, Changed<ServiceOrder, ServiceOrderEvent>> move(ServiceOrder o, Node to,
            ResponsibleParty party, StaffId who, Instant at, String note) {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(who, "who");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(note, "note");
        Node from = o.node();
        if (isRepeatOf(o, to, party, who, at, note)) {
            return Either.right(Changed.nothing(o));
        }
        if (from.isTerminal()) {
            return Either.left(new ServiceOrderRejection.Finished(o.id(), from));
        }
        Seq<Node> allowed = from.next(o.limits().delivery());
        if (!allowed.contains(to)) {
            return Either.left(new ServiceOrderRejection.IllegalTransition(o.id(), from, to, allowed));
        }
        if (at.isBefore(o.latestInstant())) {
            return Either.left(new ServiceOrderRejection.OutOfOrder(o.id(), "at", at, o.latestInstant()));
        }
        PauseLedger ledger = o.pauses();
        Seq<ServiceOrderEvent> events = List.empty();
        if (o.pauses().isPaused()) {
            if (to != Node.CANCELLED) {
                return Either.left(new ServiceOrderRejection.WaitingOnCustomer(o.id(), o.pauses().openPause().get().start()));
            }
            ledger = o.pauses().end(at, who).get();
            events = events.append(new ServiceOrderEvent.ClockResumed(o.id(), at));
        }
        Seq<NodeVisit> moved = o.visits().init().append(o.current().leftAt(at)).append(new NodeVisit(to, party, at, Option.none()));
        ServiceOrder next = o.withMove(moved, o.auditTrail().append(new AuditEntry(who, at, Option.some(from), to, note)),
                ledger);
        return Either.right(Changed.of(next, events.append(new ServiceOrderEvent.NodeEntered(o.id(), from, to, party, at))));
    }

    /** The move that made the current node, repeated exactly (a host's retry): same node, party, person, instant, note. */
    static boolean isRepeatOf(ServiceOrder o, Node to, ResponsibleParty party, StaffId who, Instant at, String note) {
        AuditEntry last = o.auditTrail().last();
        return last.to() == to && last.who().equals(who) && last.at().equals(at) && last.note().equals(note)
                && o.current().party().equals(party);
    }

    static Either<ServiceOrderRejection, Changed<ServiceOrder, ServiceOrderEvent>> recordPause(
            ServiceOrder o, Instant at, Either<ClockError, PauseLedger> ledger, ServiceOrderEvent event) {
        if (o.node().isTerminal()) {
            return Either.left(new ServiceOrderRejection.Finished(o.id(), o.node()));
        }
        if (at.isBefore(o.latestInstant())) {
            return Either.left(new ServiceOrderRejection.OutOfOrder(o.id(), "at", at, o.latestInstant()));
        }
        return ledger.<ServiceOrderRejection>mapLeft(e -> new ServiceOrderRejection.PauseRefused(o.id(), e))
                .map(l -> Changed.of(o.withMove(o.visits(), o.auditTrail(), l), List.of(event)));
    }
}
