package org.telecrm.order.aggregate;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.telecrm.customer.StaffId;
import org.telecrm.kernel.Changed;
import org.telecrm.order.clock.ClockError;
import org.telecrm.order.clock.PauseLedger;
import org.telecrm.order.clock.PauseReason;
import org.telecrm.privacy.purpose.PersonalDataUse;
import org.telecrm.privacy.purpose.PurposeRegister;
import org.telecrm.privacy.purpose.PurposeRejection;

import java.time.Instant;
import java.util.Objects;

/** How a {@link ServiceOrder} moves along its node flow and records pauses: the rules its commands share. */
final class OrderMoves {

    private OrderMoves() {
    }

    /** {@link ServiceOrder#moveTo}: RETURN_VISITED, REJECTED and FAILED are reached by their own commands only. */
    static Either<ServiceOrderRejection, Changed<ServiceOrder, ServiceOrderEvent>> moveTo(ServiceOrder o, Node to,
            ResponsibleParty party, StaffId who, Instant at, String note) {
        if (to == Node.RETURN_VISITED && !isRepeatOf(o, to, party, who, at, note)) {
            return Either.left(new ServiceOrderRejection.NeedsItsCommand(o.id(), to, "recordReturnVisit"));
        } else if (to == Node.REJECTED || to == Node.FAILED) {   // moves against the flow have their own commands
            return Either.left(new ServiceOrderRejection.NeedsItsCommand(o.id(), to, to == Node.REJECTED ? "reject" : "fail"));
        }
        return move(o, to, party, who, at, note);
    }

    /** {@link ServiceOrder#latestInstant}: the current node's entry, the last pause's start or end, an item's completion. */
    static Instant latestInstant(ServiceOrder o) {
        Instant entered = o.current().entered();
        Option<Instant> pause = o.pauses().pauses().lastOption().map(p -> p.end().getOrElse(p.start()));
        Instant latest = pause.filter(p -> p.isAfter(entered)).getOrElse(entered);
        return o.items().latest().filter(i -> i.isAfter(latest)).getOrElse(latest);
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

    /**
     * A move against the flow: from one of the setback's nodes, for a kind it is allowed for, within the reopen window
     * of the close for a reopening; a rejection or failure ends an open pause (the order is finished), a rework or
     * reopening waits on the customer like any move.
     */
    static Either<ServiceOrderRejection, Changed<ServiceOrder, ServiceOrderEvent>> setBack(
            ServiceOrder o, Setback setback, ResponsibleParty party, StaffId who, Instant at, String reason,
            Option<ReopenWindow> window) {
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(who, "who");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(reason, "reason");
        Node from = o.node();
        if (isRepeatOf(o, setback.to(), party, who, at, reason)) {
            return Either.right(Changed.nothing(o));
        }
        if (!setback.allowedFor(o.kind())) {
            return Either.left(new ServiceOrderRejection.NotReopenable(o.id(), o.kind()));
        }
        if (!setback.from().contains(from)) {
            return Either.left(from.isTerminal() ? new ServiceOrderRejection.Finished(o.id(), from)
                    : new ServiceOrderRejection.IllegalTransition(o.id(), from, setback.to(), from.next(o.limits().delivery())));
        }
        if (at.isBefore(o.latestInstant())) {
            return Either.left(new ServiceOrderRejection.OutOfOrder(o.id(), "at", at, o.latestInstant()));
        }
        Instant closedAt = o.current().entered();
        if (window.exists(w -> at.isAfter(closedAt.plus(w.within())))) {
            return Either.left(new ServiceOrderRejection.ReopenWindowPassed(o.id(), closedAt, window.get(), at));
        }
        PauseLedger ledger = o.pauses();
        Seq<ServiceOrderEvent> events = List.empty();
        if (ledger.isPaused()) {
            if (!setback.to().isTerminal()) {
                return Either.left(new ServiceOrderRejection.WaitingOnCustomer(o.id(), ledger.openPause().get().start()));
            }
            ledger = ledger.end(at, who).get();
            events = events.append(new ServiceOrderEvent.ClockResumed(o.id(), at));
        }
        Seq<NodeVisit> moved = o.visits().init().append(o.current().leftAt(at))
                .append(new NodeVisit(setback.to(), party, at, Option.none()));
        ServiceOrder next = o.withMove(moved, o.auditTrail().append(new AuditEntry(who, at, Option.some(from),
                setback.to(), reason)), ledger);
        return Either.right(Changed.of(next, events.append(new ServiceOrderEvent.NodeEntered(o.id(), from, setback.to(),
                party, at)).append(new ServiceOrderEvent.OrderSetBack(o.id(), setback, from, setback.to(), party, reason,
                who, at))));
    }

    /** {@link ServiceOrder#recordReturnVisit}: the move, then the customer's register asked, then the answer recorded. */
    static Either<ServiceOrderRejection, Changed<ServiceOrder, ServiceOrderEvent>> recordReturnVisit(
            ServiceOrder o, ReturnVisitOutcome outcome, PurposeRegister register, ResponsibleParty next, StaffId who,
            Instant at, String note) {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(register, "register");
        if (!register.getId().equals(o.intake().customer())) {
            throw new IllegalArgumentException("order " + o.id() + " is about customer " + o.intake().customer().value()
                    + ", not " + register.getId().value() + " whose register was given");
        }
        return move(o, Node.RETURN_VISITED, next, who, at, note).flatMap(c -> {
            if (c.changedNothing()) {
                return Either.right(c);
            }
            Either<PurposeRejection, PurposeRegister.Permit> permit = register.permit(PersonalDataUse.RETURN_VISIT, at);
            if (permit.isLeft()) {
                return Either.left(new ServiceOrderRejection.PurposeNotAllowed(o.id(), permit.getLeft()));
            }
            ServiceOrder visited = c.state().withRecords(Option.some(outcome), o.missedReported(),
                    o.deadlineSignals(), o.items());
            return Either.right(outcome == ReturnVisitOutcome.DISSATISFIED
                    ? Changed.of(visited, c.events().append(new ServiceOrderEvent.EscalatedToAccountManager(o.id(),
                    o.intake().accountManager(), note, at)))
                    : Changed.of(visited, c.events()));
        });
    }

    /** {@link ServiceOrder#pause}: the same pause repeated while it is open changes nothing. */
    static Either<ServiceOrderRejection, Changed<ServiceOrder, ServiceOrderEvent>> pause(ServiceOrder o, PauseReason reason,
                                                                                       StaffId who, Instant at) {
        PauseLedger pauses = o.pauses();
        if (pauses.openPause().exists(p -> p.start().equals(at) && p.reason() == reason && p.recordedBy().equals(who))) {
            return Either.right(Changed.nothing(o));
        }
        return recordPause(o, at, pauses.start(at, reason, who), new ServiceOrderEvent.ClockPaused(o.id(), reason, at));
    }

    /** {@link ServiceOrder#resume}: the same resumption repeated changes nothing. */
    static Either<ServiceOrderRejection, Changed<ServiceOrder, ServiceOrderEvent>> resume(ServiceOrder o, StaffId who,
                                                                                        Instant at) {
        PauseLedger pauses = o.pauses();
        if (pauses.pauses().lastOption().exists(p -> p.end().contains(at) && p.endedBy().contains(who))) {
            return Either.right(Changed.nothing(o));
        }
        return recordPause(o, at, pauses.end(at, who), new ServiceOrderEvent.ClockResumed(o.id(), at));
    }
}
