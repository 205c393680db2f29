package org.telecrm.order.aggregate;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.telecrm.kernel.Changed;
import org.telecrm.order.OrderKind;
import org.telecrm.order.clock.ClockReading;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.telecrm.order.aggregate.Orders.CALENDARS;
import static org.telecrm.order.aggregate.Orders.CLERK;
import static org.telecrm.order.aggregate.Orders.LINES;
import static org.telecrm.order.aggregate.Orders.MANAGER;
import static org.telecrm.order.aggregate.Orders.accepted;
import static org.telecrm.order.aggregate.Orders.bj;
import static org.telecrm.order.aggregate.Orders.ok;

/**
 * Limits counted in days (a provisioning order's working days, a return visit's calendar days) warn, violate and
 * escalate by whole days, read from the anchor their limit names; and what an order's values say of themselves.
 */
class LimitsInDaysAndWhatOrdersSayTest {

    static final Instant MON = bj("2026-03-02T09:00");

    /** A five-star provisioning order (6 working days from acceptance) taken Monday and in progress a few minutes later. */
    static ServiceOrder inProgress() {
        ServiceOrder o = accepted(OrderKind.PROVISIONING, false, MON);
        o = ok(o.dispatch(LINES, CLERK, MON.plusSeconds(60), ""));
        return ok(o.startWork(LINES, CLERK, MON.plusSeconds(120), ""));
    }

    static Seq<String> said(Changed<ServiceOrder, ServiceOrderEvent> changed) {
        return changed.events().map(e -> e instanceof ServiceOrderEvent.LimitEscalated x ? "escalated " + x.to()
                : e instanceof ServiceOrderEvent.LimitViolated v ? "violated " + v.node() + " " + v.reading()
                : e instanceof ServiceOrderEvent.LimitWarning w ? "warning " + w.node() + " " + w.reading()
                : e.getClass().getSimpleName());
    }

    static Changed<ServiceOrder, ServiceOrderEvent> review(ServiceOrder o, String at) {
        return o.reviewLimits(bj(at), CALENDARS, DeadlinePolicy.sample()).get();
    }

    @Nested
    class AWorkingDayLimit {

        @Test
        void warnsOnTheDayItsFractionIsUsedAndIsViolatedOnItsFirstLateDay() {
            ServiceOrder o = inProgress();
            // the acceptance day does not count: Tuesday is the first working day, Tuesday 03-10 the sixth
            assertEquals(List.empty(), said(review(o, "2026-03-06T12:00")), "4 of 6 days: under 80%");
            Changed<ServiceOrder, ServiceOrderEvent> warned = review(o, "2026-03-09T12:00");
            assertEquals(List.of("warning IN_PROGRESS 5 of 6 working days used, due 2026-03-10"), said(warned));
            o = warned.state();
            assertEquals(List.empty(), said(review(o, "2026-03-10T12:00")), "the due day itself is not late");
            Changed<ServiceOrder, ServiceOrderEvent> late = review(o, "2026-03-11T12:00");
            assertEquals(List.of("violated IN_PROGRESS 7 of 6 working days used, due 2026-03-10",
                    "escalated ESCALATED_TO_DEPARTMENT"), said(late),
                    "the first late day has been passed for no whole day: no supervisor yet");
            assertEquals(List.of("escalated ESCALATED_TO_SUPERVISOR", "escalated ESCALATED_TO_SERVICE_SUPERVISION"),
                    said(review(late.state(), "2026-03-12T12:00")), "one day later it has been passed for a day");
        }
    }

    @Nested
    class AReturnVisitLimit {

        @Test
        void isCountedFromTheCompletionEvenWhenDeliveryCameDaysLater() {
            // a headquarters order completed Monday and delivered Thursday: its return visit (7 calendar days,
            // rules.md section 4) is still due by the end of the seventh day after the completion
            ServiceOrder hq = accepted(OrderKind.PROVISIONING, true, MON);
            hq = ok(hq.dispatch(LINES, CLERK, MON.plusSeconds(60), ""));
            hq = ok(hq.startWork(LINES, CLERK, MON.plusSeconds(120), ""));
            hq = ok(hq.complete(MANAGER, CLERK, MON.plusSeconds(180), ""));
            ServiceOrder delivered = ok(hq.deliver(MANAGER, CLERK, bj("2026-03-05T10:00"), ""));
            assertTrue(delivered.reviewDeadlines(bj("2026-03-09T23:59"), CALENDARS).get().changedNothing());
            ServiceOrderEvent missed = delivered.reviewDeadlines(bj("2026-03-10T00:00"), CALENDARS).get().events().single();
            assertEquals(Node.DELIVERED, ((ServiceOrderEvent.DeadlineMissed) missed).node());
        }
    }

    @Nested
    class WarningPointsOnDayReadings {

        @Test
        void aFractionIsReachedExactlyAtItsShareOfTheDaysAndNotADayBefore() {
            WarningPoint eighty = new WarningPoint.FractionOfLimit(80);
            assertTrue(eighty.reached(new ClockReading.Days(4, 5, LocalDate.of(2026, 3, 6))), "4 of 5 is 80%");
            assertFalse(eighty.reached(new ClockReading.Days(3, 5, LocalDate.of(2026, 3, 6))));
            assertTrue(eighty.reached(new ClockReading.CalendarDays(8, 10, LocalDate.of(2026, 3, 6))));
            assertFalse(eighty.reached(new ClockReading.CalendarDays(7, 10, LocalDate.of(2026, 3, 6))));
            assertTrue(eighty.reached(new ClockReading.ProvisionalDays(4, 5, LocalDate.of(2027, 1, 8),
                    LocalDate.of(2026, 12, 31))));
            assertFalse(eighty.reached(new ClockReading.ProvisionalDays(3, 5, LocalDate.of(2027, 1, 8),
                    LocalDate.of(2026, 12, 31))));
        }

        @Test
        void aTimeBeforeTheLimitReadsCalendarAndProvisionalDaysToo() {
            WarningPoint dayBefore = new WarningPoint.BeforeLimit(Duration.ofDays(1));
            assertTrue(dayBefore.reached(new ClockReading.CalendarDays(3, 3, LocalDate.of(2026, 3, 5))));
            assertFalse(dayBefore.reached(new ClockReading.CalendarDays(2, 3, LocalDate.of(2026, 3, 5))));
            assertTrue(dayBefore.reached(new ClockReading.ProvisionalDays(3, 3, LocalDate.of(2027, 1, 5),
                    LocalDate.of(2026, 12, 31))));
            assertFalse(dayBefore.reached(new ClockReading.ProvisionalDays(2, 3, LocalDate.of(2027, 1, 5),
                    LocalDate.of(2026, 12, 31))));
        }

        @Test
        void theySayWhereTheyWarn() {
            assertEquals("at 80% of the limit", new WarningPoint.FractionOfLimit(80).describe());
            assertEquals("30 min before the limit", new WarningPoint.BeforeLimit(Duration.ofMinutes(30)).describe());
            assertEquals("2 h before the limit", new WarningPoint.BeforeLimit(Duration.ofHours(2)).describe());
            assertEquals("90 min before the limit", new WarningPoint.BeforeLimit(Duration.ofMinutes(90)).describe());
        }
    }

    @Nested
    class ThePolicyItsStagesAndTheReopenWindow {

        @Test
        void theSamplePolicyWarnsAt80PercentAndEscalatesThreeTimes() {
            NodeAlerting alerting = DeadlinePolicy.sample().of(Node.IN_PROGRESS);
            assertEquals(new WarningPoint.FractionOfLimit(80), alerting.warning());
            assertEquals(List.of(DeadlinePolicy.SAMPLE_TO_DEPARTMENT, DeadlinePolicy.SAMPLE_TO_SUPERVISOR,
                    DeadlinePolicy.SAMPLE_TO_SERVICE_SUPERVISION), alerting.chain());
            assertEquals("ESCALATED_TO_SUPERVISOR 120 min after the limit (library sample)",
                    DeadlinePolicy.SAMPLE_TO_SUPERVISOR.describe());
        }

        @Test
        void onlyTheStagesAfterTheViolationAreEscalations() {
            assertFalse(DeadlineStage.WARNING.isEscalation());
            assertFalse(DeadlineStage.VIOLATION.isEscalation());
            assertTrue(DeadlineStage.ESCALATED_TO_DEPARTMENT.isEscalation());
        }

        @Test
        void aReopenWindowIsPositive() {
            assertThrows(IllegalArgumentException.class, () -> new ReopenWindow(Duration.ZERO));
            assertThrows(IllegalArgumentException.class, () -> new ReopenWindow(Duration.ofDays(-1)));
            assertEquals(Duration.ofSeconds(1), new ReopenWindow(Duration.ofSeconds(1)).within());
        }
    }

    @Nested
    class WhatOrdersSay {

        @Test
        void setbacksRefusedSayWhatWouldBeNeeded() {
            ServiceOrder complaint = accepted(OrderKind.COMPLAINT, false, MON);
            assertEquals("order SO-1: a COMPLAINT order is not reopened; only a fault report is",
                    new ServiceOrderRejection.NotReopenable(complaint.id(), OrderKind.COMPLAINT).message());
            assertEquals("order SO-1: REJECTED is reached by reject only",
                    new ServiceOrderRejection.NeedsItsCommand(complaint.id(), Node.REJECTED, "reject").message());
            assertEquals("order SO-1: closed at 2026-03-02T01:00:00Z, the reopen window of PT168H had passed at "
                    + "2026-03-10T01:00:00Z; take a new order", new ServiceOrderRejection.ReopenWindowPassed(
                    complaint.id(), MON, ReopenWindow.SAMPLE, bj("2026-03-10T09:00")).message());
        }

        @Test
        void everyEventNamesItsOrder() {
            Changed<ServiceOrder, ServiceOrderEvent> late = review(inProgress(), "2026-03-11T12:00");
            assertFalse(late.events().isEmpty());
            late.events().forEach(e -> assertEquals(late.state().id(), e.aggregateId()));
        }

        @Test
        void equalOrdersHashAlikeAndDifferentOnesApart() {
            ServiceOrder o = inProgress();
            ServiceOrder same = ServiceOrder.restore(o.intake(), o.limits(), o.basis(), o.visits(), o.auditTrail(),
                    o.pauses(), o.returnVisit(), o.missedReported(), o.deadlineSignals()).get();
            assertEquals(o.hashCode(), same.hashCode());
            assertNotEquals(o.hashCode(), accepted(OrderKind.PROVISIONING, false, MON).hashCode());
        }
    }
}
