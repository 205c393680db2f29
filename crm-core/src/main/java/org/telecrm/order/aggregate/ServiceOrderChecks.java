package org.telecrm.order.aggregate;

import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import org.telecrm.kernel.RestoreCheck;
import org.telecrm.order.OrderKind;
import org.telecrm.order.clock.Pause;
import org.telecrm.order.clock.PauseLedger;

import java.time.Instant;

/** The checks {@link ServiceOrder#restore} runs on stored state, each adding the problems it finds. */
final class ServiceOrderChecks {

    private ServiceOrderChecks() {
    }

    /** Every check of {@link ServiceOrder#restore}, in the order of its Javadoc. */
    static void all(RestoreCheck check, OrderIntake intake, NodeLimits limits, Seq<NodeVisit> visits,
                    Seq<AuditEntry> auditTrail, PauseLedger pauses, Option<ReturnVisitOutcome> returnVisit,
                    Set<Node> missedReported, Seq<DeadlineSignal> deadlineSignals) {
        java.util.Objects.requireNonNull(limits, "limits");
        java.util.Objects.requireNonNull(visits, "visits");
        java.util.Objects.requireNonNull(auditTrail, "auditTrail");
        java.util.Objects.requireNonNull(pauses, "pauses");
        java.util.Objects.requireNonNull(returnVisit, "returnVisit");
        java.util.Objects.requireNonNull(missedReported, "missedReported");
        java.util.Objects.requireNonNull(deadlineSignals, "deadlineSignals");
        check.when((intake.kind() == OrderKind.PROVISIONING || intake.kind() == OrderKind.FAULT_REPORT)
                && intake.circuit().isEmpty(), "circuit", () -> "a " + intake.kind() + " order names its circuit");
        check.when(intake.preSale().isDefined() && intake.kind() != OrderKind.PROVISIONING, "preSale",
                () -> "only a provisioning order is handed over from a pre-sale response, not a " + intake.kind());
        visits(check, visits, limits.delivery(), intake.kind());
        auditTrail(check, visits, auditTrail);
        pauses(check, visits, pauses);
        boolean visited = visits.exists(v -> v.node() == Node.RETURN_VISITED);
        check.when(visited != returnVisit.isDefined(), "returnVisit", () -> visited
                ? "a return-visited order records the customer's answer" : "only a return-visited order has an answer");
        missedReported.filter(n -> !visits.exists(v -> v.node() == n)).forEach(n -> check.problem("missedReported",
                "a missed deadline is reported for " + n + ", which the order never entered"));
        deadlineSignals(check, visits, deadlineSignals);
    }

    static void visits(RestoreCheck check, Seq<NodeVisit> visits, boolean delivery, OrderKind kind) {
        check.when(visits.isEmpty(), "visits", () -> "an order has at least its acceptance visit");
        check.when(visits.headOption().exists(v -> v.node() != Node.ACCEPTED), "visits[0].node",
                () -> "an order starts ACCEPTED, not " + visits.head().node());
        for (int i = 0; i < visits.size(); i++) {
            NodeVisit visit = visits.get(i);
            String at = "visits[" + i + "]";
            if (i == visits.size() - 1) {
                check.when(visit.left().isDefined(), at + ".left", () -> "the current node has not been left");
                continue;
            }
            NodeVisit next = visits.get(i + 1);
            check.when(visit.left().isEmpty(), at + ".left", () -> "every node but the current one has been left");
            check.when(visit.left().exists(l -> !l.equals(next.entered())), "visits[" + (i + 1) + "].entered",
                    () -> next.entered() + " is not when the node before it was left, " + visit.left().get());
            check.when(!visit.node().next(delivery).contains(next.node())
                            && !Setback.of(visit.node(), next.node()).exists(s -> s.allowedFor(kind)), "visits[" + (i + 1) + "].node",
                    () -> "the flow does not move from " + visit.node() + " to " + next.node());
        }
    }

    static void auditTrail(RestoreCheck check, Seq<NodeVisit> visits, Seq<AuditEntry> trail) {
        check.when(trail.size() != visits.size(), "auditTrail", () -> "one entry per node visit: " + visits.size()
                + " visits, " + trail.size() + " entries");
        for (int i = 0; i < Math.min(trail.size(), visits.size()); i++) {
            AuditEntry entry = trail.get(i);
            NodeVisit visit = visits.get(i);
            String at = "auditTrail[" + i + "]";
            check.when(entry.to() != visit.node(), at + ".to", () -> entry.to() + " is not the visit's node "
                    + visit.node());
            check.when(!entry.at().equals(visit.entered()), at + ".at", () -> entry.at()
                    + " is not when the node was entered, " + visit.entered());
            Option<Node> from = i == 0 ? Option.none() : Option.some(trail.get(i - 1).to());
            check.when(!entry.from().equals(from), at + ".from", () -> "must be "
                    + from.map(Node::name).getOrElse("none (the acceptance)") + ", was "
                    + entry.from().map(Node::name).getOrElse("none"));
        }
    }

    static void pauses(RestoreCheck check, Seq<NodeVisit> visits, PauseLedger ledger) {
        Seq<Pause> pauses = ledger.pauses();
        Option<Instant> accepted = visits.headOption().map(NodeVisit::entered);
        for (int i = 0; i < pauses.size(); i++) {
            Pause pause = pauses.get(i);
            String at = "pauses[" + i + "]";
            if (i == 0) {
                check.when(accepted.exists(pause.start()::isBefore), at + ".start",
                        () -> pause.start() + " is before the acceptance at " + accepted.get());
            } else {
                Pause before = pauses.get(i - 1);
                check.when(before.end().exists(pause.start()::isBefore), at + ".start",
                        () -> pause.start() + " is before the pause before it ended, " + before.end().get());
            }
            check.when(pause.isOpen() && i < pauses.size() - 1, at + ".end", () -> "only the last pause may be open");
        }
        check.when(ledger.isPaused() && visits.lastOption().exists(v -> v.node().isTerminal()), "pauses",
                () -> "a finished order is not paused");
    }

    static void deadlineSignals(RestoreCheck check, Seq<NodeVisit> visits, Seq<DeadlineSignal> signals) {
        for (int i = 0; i < signals.size(); i++) {
            DeadlineSignal signal = signals.get(i);
            String at = "deadlineSignals[" + i + "]";
            check.when(signal.visit() >= visits.size() || visits.get(signal.visit()).node() != signal.node(), at,
                    () -> "visit " + signal.visit() + " of the order is not in " + signal.node());
            check.when(signals.take(i).exists(s -> s.sameAs(signal.visit(), signal.stage())), at,
                    () -> signal.stage() + " of visit " + signal.visit() + " is recorded twice");
        }
    }
}
