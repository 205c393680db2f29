package org.telecrm.order.aggregate;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.telecrm.kernel.Changed;
import org.telecrm.order.OrderKind;
import org.telecrm.order.clock.ClockReading;
import org.telecrm.order.clock.Pause;
import org.telecrm.order.clock.PauseLedger;
import org.telecrm.order.clock.PauseReason;
import org.telecrm.order.clock.SlaClock;
import org.telecrm.order.clock.TimeLimit;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.telecrm.order.aggregate.Orders.CALENDARS;
import static org.telecrm.order.aggregate.Orders.CLERK;
import static org.telecrm.order.aggregate.Orders.LINES;
import static org.telecrm.order.aggregate.Orders.accepted;
import static org.telecrm.order.aggregate.Orders.bj;
import static org.telecrm.testing.Purposes.returnVisitsAllowed;

/**
 * Issue 15, item 6: under random command sequences (moves legal or not, rework, reopen, reject, fail, pauses,
 * resumptions) with deadline reviews at
 * random instants (sometimes before the latest one), every warning, violation and escalation is announced exactly
 * once and never before its instant. Each announcement is checked against the clock read independently (clock-time
 * limits: elapsed time minus the pauses' overlap, computed here), and after every review everything due by its
 * instant has been announced.
 */
class DeadlineReviewPropertiesTest {

    /**
     * 0 pause, 1 resume, 2-3 review, 4 rework, 5 reopen, 6 reject, 7 fail, else move; {@code minutes} after the latest
     * instant (negative: back-dated).
     */
    record Command(int what, Node to, PauseReason reason, long minutes) {
    }

    @Provide
    Arbitrary<Seq<Command>> commands() {
        Arbitrary<Command> one = Combinators.combine(Arbitraries.integers().between(0, 10), Arbitraries.of(Node.class),
                        Arbitraries.of(PauseReason.class), Arbitraries.longs().between(-30, 3000)
                                .edgeCases(e -> e.add(0L)))
                .as(Command::new);
        return one.list().ofMaxSize(40).map(List::ofAll);
    }

    @Provide
    Arbitrary<DeadlinePolicy> policies() {
        Arbitrary<WarningPoint> warning = Arbitraries.oneOf(
                Arbitraries.integers().between(1, 99).map(WarningPoint.FractionOfLimit::new),
                Arbitraries.longs().between(1, 3000).map(m -> new WarningPoint.BeforeLimit(Duration.ofMinutes(m))));
        Arbitrary<Seq<EscalationStep>> chain = Arbitraries.longs().between(0, 3000).list().ofSize(3).map(delays -> {
            Seq<Long> sorted = List.ofAll(delays).sorted();
            return List.of(DeadlineStage.ESCALATED_TO_DEPARTMENT, DeadlineStage.ESCALATED_TO_SUPERVISOR,
                            DeadlineStage.ESCALATED_TO_SERVICE_SUPERVISION)
                    .zipWith(sorted, (stage, m) -> new EscalationStep(stage, Duration.ofMinutes(m), "generated"));
        });
        return Combinators.combine(warning, chain).as(NodeAlerting::new)
                .map(alerting -> new DeadlinePolicy(io.vavr.collection.HashMap.empty(), alerting));
    }

    @Property
    void everyStageIsAnnouncedOnceNeverBeforeItsInstant(@ForAll("kinds") OrderKind kind, @ForAll boolean headquarters,
                                                        @ForAll("policies") DeadlinePolicy policy,
                                                        @ForAll("commands") Seq<Command> commands) {
        ServiceOrder order = reviewedThrough(kind, headquarters, policy, commands);
        Statistics.label("announced").collect(order.deadlineSignals().isEmpty() ? "none"
                : order.deadlineSignals().exists(s -> s.stage().isEscalation()) ? "escalations" : "warnings or violations");
        // the generator reaches an escalation in 18-25% of tries (measured 2026-12-07): a bar at 20 failed at random
        Statistics.label("announced").coverage(c -> c.check("escalations").percentage(p -> p > 10));
    }

    /** Issue 15, item 5: the stages of a pre-sale response (consultation, resource check, proposal) likewise. */
    @Property
    void everyStageOfAPreSaleResponseIsAnnouncedOnceNeverBeforeItsInstant(@ForAll("policies") DeadlinePolicy policy,
                                                                         @ForAll("commands") Seq<Command> commands) {
        ServiceOrder order = reviewedThrough(OrderKind.PRE_SALE, false, policy, commands);
        Statistics.label("announced").collect(order.deadlineSignals().nonEmpty());
        Statistics.label("announced").coverage(c -> c.check(true).percentage(p -> p > 10));   // days-long limits
    }

    /** The commands run on an order of {@code kind}, every review checked as the properties above state. */
    private static ServiceOrder reviewedThrough(OrderKind kind, boolean headquarters, DeadlinePolicy policy,
                                                Seq<Command> commands) {
        ServiceOrder order = accepted(kind, headquarters, bj("2026-03-02T09:00"));
        Seq<ServiceOrderEvent> announced = List.empty();
        for (Command command : commands) {
            Instant at = order.latestInstant().plusSeconds(60 * command.minutes());
            if (command.what() == 2 || command.what() == 3) {
                Changed<ServiceOrder, ServiceOrderEvent> reviewed = order.reviewLimits(at, CALENDARS, policy).get();
                Seq<DeadlineSignal> added = reviewed.state().deadlineSignals().drop(order.deadlineSignals().size());
                assertEquals(order.deadlineSignals(), reviewed.state().deadlineSignals().take(order.deadlineSignals().size()),
                        "the record only grows");
                assertEquals(added.size(), reviewed.events().size(), "one event per stage announced");
                for (DeadlineSignal signal : added) {
                    assertFalse(order.deadlineSignals().exists(s -> s.visit() == signal.visit() && s.stage() == signal.stage()),
                            "announced once: " + signal);
                    assertTrue(due(order, signal.visit(), at, policy).contains(signal.stage()),
                            "never before its instant: " + signal + " at " + at);
                }
                announced = announced.appendAll(reviewed.events());
                order = reviewed.state();
                for (int i = 0; i < order.visits().size(); i++) {
                    int visit = i;
                    for (DeadlineStage stage : due(order, i, at, policy)) {
                        assertTrue(order.deadlineSignals().exists(s -> s.visit() == visit && s.stage() == stage),
                                "due by " + at + " and announced: " + stage + " of visit " + visit);
                    }
                }
            } else {
                Either<ServiceOrderRejection, Changed<ServiceOrder, ServiceOrderEvent>> result = switch (command.what()) {
                    case 0 -> order.pause(command.reason(), CLERK, at);
                    case 1 -> order.resume(CLERK, at);
                    case 4 -> order.rework(LINES, CLERK, at, "rework");
                    case 5 -> order.reopen(LINES, CLERK, at, "back", ReopenWindow.SAMPLE);
                    case 6 -> order.reject(CLERK, at, "refused");
                    case 7 -> order.fail(CLERK, at, "cannot be done");
                    default -> command.to() == Node.RETURN_VISITED
                            ? order.recordReturnVisit(ReturnVisitOutcome.SATISFIED,
                            returnVisitsAllowed(order.intake().customer()), LINES, CLERK, at, "step")
                            : order.moveTo(command.to(), LINES, CLERK, at, "step");
                };
                if (result.isRight()) {
                    assertEquals(order.deadlineSignals(), result.get().state().deadlineSignals(), "only the review announces");
                    order = result.get().state();
                }
            }
        }
        assertEquals(order.deadlineSignals().size(), announced.size());
        assertEquals(order.deadlineSignals().map(s -> s.visit() + "" + s.stage()).distinct().size(),
                order.deadlineSignals().size(), "no stage of a visit twice");
        return order;
    }

    @Provide
    Arbitrary<OrderKind> kinds() {
        return Arbitraries.of(OrderKind.FAULT_REPORT, OrderKind.COMPLAINT, OrderKind.PROVISIONING);
    }

    /**
     * The stages of visit {@code index} the clock has reached by {@code asOf}, read here: the current node's warning,
     * violation and escalations; a node left, its violation only.
     */
    static Seq<DeadlineStage> due(ServiceOrder order, int index, Instant asOf, DeadlinePolicy policy) {
        NodeVisit visit = order.visits().get(index);
        if (order.limits().of(visit.node()).isEmpty() || asOf.isBefore(visit.entered())) {
            return List.empty();
        }
        boolean current = visit.left().isEmpty();
        Instant until = visit.left().filter(l -> l.isBefore(asOf)).getOrElse(asOf);
        NodeLimit limit = order.limits().of(visit.node()).get();
        Instant from = switch (limit.from()) {
            case NODE_ENTRY -> visit.entered();
            case ACCEPTANCE -> order.acceptedAt();
            case COMPLETION -> order.visits().take(index + 1).findLast(v -> v.node() == Node.COMPLETED)
                    .map(NodeVisit::entered).getOrElse(visit.entered());
        };
        Seq<Pause> stops = limit.from() == Anchor.ACCEPTANCE ? upBeforeReopening(order).appendAll(order.pauses().pauses()
                .filter(p -> !upBeforeReopening(order).exists(up -> !p.start().isBefore(up.start())
                        && p.end().exists(e -> !e.isAfter(up.end().get()))))).sortBy(Pause::start) : order.pauses().pauses();
        ClockReading reading = limit.limit() instanceof TimeLimit.ClockTime clock
                ? new ClockReading.Time(netOfPauses(stops, from, until), clock.duration())
                : SlaClock.read(limit.limit(), from, until, new PauseLedger(stops), CALENDARS.calendar(1).get(),
                order.basis().zone()).get();
        return DeadlineReview.reached(reading, policy.of(visit.node()), current);
    }

    /**
     * From each restoration (the last COMPLETED entry before a close) to the reopening that followed the close, as
     * pauses: the clock from acceptance does not run then (the wait for the close and the time closed, issue 15 item 3).
     */
    static Seq<Pause> upBeforeReopening(ServiceOrder order) {
        Seq<NodeVisit> visits = order.visits();
        return visits.zipWithIndex().filter(v -> v._1.node() == Node.CLOSED && v._1.left().isDefined())
                .map(v -> new Pause(visits.get(visits.take(v._2).lastIndexWhere(x -> x.node() == Node.COMPLETED)).entered(),
                        v._1.left(), PauseReason.SITE_NOT_READY, CLERK, v._1.left().map(l -> CLERK)));
    }

    /** Time from {@code from} to {@code until} minus the part the pauses cover (an open pause runs to {@code until}). */
    static Duration netOfPauses(Seq<Pause> pauses, Instant from, Instant until) {
        Instant to = until.isBefore(from) ? from : until;
        Duration paused = Duration.ZERO;
        for (Pause p : pauses) {
            Instant start = p.start().isAfter(from) ? p.start() : from;
            Instant end = p.end().filter(e -> e.isBefore(to)).getOrElse(to);
            if (end.isAfter(start)) {
                paused = paused.plus(Duration.between(start, end));
            }
        }
        return Duration.between(from, to).minus(paused);
    }
}
