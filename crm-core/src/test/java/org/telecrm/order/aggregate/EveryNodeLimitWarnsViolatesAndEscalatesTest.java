package org.telecrm.order.aggregate;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.telecrm.calendar.WorkingDayCalendar;
import org.telecrm.kernel.Changed;
import org.telecrm.order.OrderKind;
import org.telecrm.order.clock.CalendarVersions;
import org.telecrm.order.clock.ClockReading;
import org.telecrm.order.clock.PauseReason;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.telecrm.order.aggregate.Orders.CALENDARS;
import static org.telecrm.order.aggregate.Orders.CLERK;
import static org.telecrm.order.aggregate.Orders.LINES;
import static org.telecrm.order.aggregate.Orders.accepted;
import static org.telecrm.order.aggregate.Orders.bj;
import static org.telecrm.order.aggregate.Orders.ok;

/**
 * Issue 15, item 1: every node limit warns at its warning point, is violated at the limit and escalates along its
 * chain (department, supervisor, service supervision), each announced once by the deadline review the host runs,
 * never before the clock reached it. A five-star fault accepted Monday 09:00: dispatch within 2 h of entry (library
 * sample), response 15 min and restoration 2 h from acceptance (star table); the sample policy warns at 80% and
 * escalates at the limit, 2 h and 24 h after it.
 */
class EveryNodeLimitWarnsViolatesAndEscalatesTest {

    static final Instant MON = bj("2026-03-02T09:00");
    static final DeadlinePolicy SAMPLE = DeadlinePolicy.sample();

    static Changed<ServiceOrder, ServiceOrderEvent> review(ServiceOrder order, String at) {
        return order.reviewLimits(bj(at), CALENDARS, SAMPLE).get();
    }

    static Seq<String> names(Changed<ServiceOrder, ServiceOrderEvent> changed) {
        return changed.events().map(e -> e.getClass().getSimpleName() + (e instanceof ServiceOrderEvent.LimitEscalated x
                ? " " + x.to() : ""));
    }

    @Nested
    class TheWarningPoint {

        @Test
        void aFractionOfTheLimitWarnsWhenThatMuchIsUsedAndNotBefore() {
            ServiceOrder order = accepted(OrderKind.FAULT_REPORT, false, MON);
            assertTrue(review(order, "2026-03-02T10:35").changedNothing(), "95 of 120 min: under 80%");
            Changed<ServiceOrder, ServiceOrderEvent> warned = review(order, "2026-03-02T10:36");
            assertEquals(List.of("LimitWarning"), names(warned));
            ServiceOrderEvent.LimitWarning warning = (ServiceOrderEvent.LimitWarning) warned.events().head();
            assertEquals(Node.ACCEPTED, warning.node());
            assertEquals(Orders.DESK, warning.party());
            assertEquals("96 of 120 min used", warning.reading());
            assertEquals(bj("2026-03-02T10:36"), warning.occurredAt());
        }

        @Test
        void aTimeBeforeTheLimitWarnsThatLongBeforeIt() {
            DeadlinePolicy policy = SAMPLE.with(Node.ACCEPTED,
                    new NodeAlerting(new WarningPoint.BeforeLimit(Duration.ofMinutes(10)), List.empty()));
            ServiceOrder order = accepted(OrderKind.FAULT_REPORT, false, MON);
            assertTrue(order.reviewLimits(bj("2026-03-02T10:49"), CALENDARS, policy).get().changedNothing());
            assertEquals(1, order.reviewLimits(bj("2026-03-02T10:50"), CALENDARS, policy).get().events().size());
        }

        @Test
        void aPauseMovesTheWarningLaterByItsLength() {
            ServiceOrder order = ok(accepted(OrderKind.FAULT_REPORT, false, MON)
                    .pause(PauseReason.CUSTOMER_REQUESTED_DELAY, CLERK, bj("2026-03-02T09:30")));
            order = ok(order.resume(CLERK, bj("2026-03-02T10:30")));
            assertTrue(review(order, "2026-03-02T11:35").changedNothing(), "95 min net of the hour's pause");
            assertEquals(List.of("LimitWarning"), names(review(order, "2026-03-02T11:36")));
        }

        @Test
        void aLimitInDaysReadsATimeBeforeItInWholeDaysRoundedUp() {
            WarningPoint halfAnHour = new WarningPoint.BeforeLimit(Duration.ofMinutes(30));
            ClockReading days = new ClockReading.Days(6, 6, LocalDate.of(2026, 3, 10));
            ClockReading dayBefore = new ClockReading.Days(5, 6, LocalDate.of(2026, 3, 10));
            assertTrue(halfAnHour.reached(days), "on the due day");
            assertFalse(halfAnHour.reached(dayBefore), "not the day before");
            WarningPoint dayAndHour = new WarningPoint.BeforeLimit(Duration.ofHours(25));
            assertTrue(dayAndHour.reached(dayBefore), "25 h is two days: the due day and the day before");
            assertFalse(dayAndHour.reached(
                    new ClockReading.Days(4, 6, LocalDate.of(2026, 3, 10))));
            assertTrue(new WarningPoint.FractionOfLimit(80).reached(dayBefore), "5 of 6 is over 80%");
        }

        @Test
        void warningPointsOutsideTheirRangeAreBugs() {
            assertThrows(IllegalArgumentException.class, () -> new WarningPoint.FractionOfLimit(100));
            assertThrows(IllegalArgumentException.class, () -> new WarningPoint.BeforeLimit(Duration.ZERO));
        }
    }

    @Nested
    class TheViolationAndTheEscalationChain {

        @Test
        void theLimitPassedIsAViolationAndTheDepartmentHearsAtOnce() {
            ServiceOrder order = review(accepted(OrderKind.FAULT_REPORT, false, MON), "2026-03-02T10:36").state();
            assertTrue(review(order, "2026-03-02T11:00").changedNothing(), "at the limit: not yet passed");
            Changed<ServiceOrder, ServiceOrderEvent> violated = review(order, "2026-03-02T11:01");
            assertEquals(List.of("LimitViolated", "LimitEscalated ESCALATED_TO_DEPARTMENT"), names(violated));
            ServiceOrderEvent.LimitEscalated escalated = (ServiceOrderEvent.LimitEscalated) violated.events().last();
            assertEquals(Orders.DESK.department(), escalated.department());
        }

        @Test
        void eachStepComesAfterItsOwnDelayOnce() {
            ServiceOrder order = review(accepted(OrderKind.FAULT_REPORT, false, MON), "2026-03-02T11:01").state();
            assertTrue(review(order, "2026-03-02T12:59").changedNothing());
            Changed<ServiceOrder, ServiceOrderEvent> supervisor = review(order, "2026-03-02T13:00");
            assertEquals(List.of("LimitEscalated ESCALATED_TO_SUPERVISOR"), names(supervisor));
            order = supervisor.state();
            assertTrue(review(order, "2026-03-03T10:59").changedNothing());
            assertEquals(List.of("LimitEscalated ESCALATED_TO_SERVICE_SUPERVISION"),
                    names(review(order, "2026-03-03T11:00")));
        }

        @Test
        void aLateFirstReviewAnnouncesEveryStageDueInOrder() {
            Changed<ServiceOrder, ServiceOrderEvent> late = review(accepted(OrderKind.FAULT_REPORT, false, MON),
                    "2026-03-03T12:00");
            assertEquals(List.of("LimitWarning", "LimitViolated", "LimitEscalated ESCALATED_TO_DEPARTMENT",
                    "LimitEscalated ESCALATED_TO_SUPERVISOR", "LimitEscalated ESCALATED_TO_SERVICE_SUPERVISION"),
                    names(late));
            assertEquals(5, late.state().deadlineSignals().size());
            assertTrue(review(late.state(), "2026-03-04T12:00").changedNothing(), "all announced: once");
        }

        @Test
        void aNodeLeftLateIsAViolationOnceWithoutWarningOrEscalation() {
            ServiceOrder order = ok(accepted(OrderKind.FAULT_REPORT, false, MON)
                    .dispatch(LINES, CLERK, bj("2026-03-02T11:30"), ""));
            Changed<ServiceOrder, ServiceOrderEvent> reviewed = review(order, "2026-03-02T11:40");
            ServiceOrderEvent first = reviewed.events().head();
            assertInstanceOf(ServiceOrderEvent.LimitViolated.class, first);
            assertEquals(Node.ACCEPTED, ((ServiceOrderEvent.LimitViolated) first).node());
            assertEquals("150 of 120 min used", ((ServiceOrderEvent.LimitViolated) first).reading(),
                    "read when it was left, not at the review");
            // the current node, response 15 min from acceptance: 160 min used, 145 over
            assertEquals(List.of("LimitViolated", "LimitWarning", "LimitViolated",
                    "LimitEscalated ESCALATED_TO_DEPARTMENT", "LimitEscalated ESCALATED_TO_SUPERVISOR"), names(reviewed));
            assertTrue(review(reviewed.state(), "2026-03-02T11:41").changedNothing());
        }

        @Test
        void aReviewDatedBeforeAnEarlierOneAnnouncesNothingTheClockHadNotReached() {
            ServiceOrder order = review(accepted(OrderKind.FAULT_REPORT, false, MON), "2026-03-02T10:36").state();
            assertTrue(review(order, "2026-03-02T10:00").changedNothing());
            assertTrue(review(order, "2026-03-02T08:00").changedNothing(), "before the acceptance");
        }

        @Test
        void aChainComesInOrderOfItsDelaysEachStageOnce() {
            assertThrows(IllegalArgumentException.class, () -> new NodeAlerting(DeadlinePolicy.SAMPLE_WARNING,
                    List.of(DeadlinePolicy.SAMPLE_TO_SUPERVISOR, DeadlinePolicy.SAMPLE_TO_DEPARTMENT)));
            assertThrows(IllegalArgumentException.class, () -> new NodeAlerting(DeadlinePolicy.SAMPLE_WARNING,
                    List.of(DeadlinePolicy.SAMPLE_TO_DEPARTMENT, DeadlinePolicy.SAMPLE_TO_DEPARTMENT)));
            assertThrows(IllegalArgumentException.class, () -> new EscalationStep(DeadlineStage.WARNING,
                    Duration.ZERO, "not a step"));
        }
    }

    @Nested
    class TheReviewIsPureAndItsRecordIsRestored {

        @Test
        void anOrderOnACalendarVersionNotGivenIsUnmeasurable() {
            ServiceOrder order = accepted(OrderKind.FAULT_REPORT, false, MON);
            CalendarVersions other = CalendarVersions.first(WorkingDayCalendar.official());
            ServiceOrder onTwo = ServiceOrder.restore(order.intake(), order.limits(), new ClockBasis(3, order.basis().zone()),
                    order.visits(), order.auditTrail(), order.pauses(), order.returnVisit(), order.missedReported()).get();
            assertInstanceOf(ServiceOrderRejection.Unmeasurable.class,
                    onTwo.reviewLimits(bj("2026-03-02T12:00"), other, SAMPLE).getLeft());
        }

        @Test
        void theSignalsRoundTripThroughRestore() {
            ServiceOrder order = review(accepted(OrderKind.FAULT_REPORT, false, MON), "2026-03-02T13:00").state();
            ServiceOrder back = ServiceOrder.restore(order.intake(), order.limits(), order.basis(), order.visits(),
                    order.auditTrail(), order.pauses(), order.returnVisit(), order.missedReported(),
                    order.deadlineSignals()).get();
            assertEquals(order, back);
            assertTrue(review(back, "2026-03-02T13:00").changedNothing());
        }

        @Test
        void restoreRefusesASignalOfAVisitTheOrderDoesNotHaveOrOneRecordedTwice() {
            ServiceOrder order = accepted(OrderKind.FAULT_REPORT, false, MON);
            DeadlineSignal elsewhere = new DeadlineSignal(1, Node.DISPATCHED, DeadlineStage.WARNING, MON);
            DeadlineSignal here = new DeadlineSignal(0, Node.ACCEPTED, DeadlineStage.WARNING, MON);
            var refused = ServiceOrder.restore(order.intake(), order.limits(), order.basis(), order.visits(),
                    order.auditTrail(), order.pauses(), order.returnVisit(), order.missedReported(),
                    List.of(elsewhere, here, here)).getLeft();
            assertEquals(List.of("deadlineSignals[0]", "deadlineSignals[2]"),
                    refused.problems().map(p -> p.field()).toList());
            assertEquals(List.of("visit 1 of the order is not in DISPATCHED", "WARNING of visit 0 is recorded twice"),
                    refused.problems().map(p -> p.problem()).toList());
        }
    }
}
