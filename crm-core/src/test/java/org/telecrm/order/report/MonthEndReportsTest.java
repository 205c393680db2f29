package org.telecrm.order.report;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.telecrm.customer.CustomerId;
import org.telecrm.customer.star.StarLevel;
import org.telecrm.order.OrderKind;
import org.telecrm.order.aggregate.Channel;
import org.telecrm.order.aggregate.ClockBasis;
import org.telecrm.order.aggregate.DepartmentId;
import org.telecrm.order.aggregate.Node;
import org.telecrm.order.aggregate.NodeLimits;
import org.telecrm.order.aggregate.NodeTimeLimits;
import org.telecrm.order.aggregate.OrderIntake;
import org.telecrm.order.aggregate.ReopenWindow;
import org.telecrm.order.aggregate.ReturnVisitOutcome;
import org.telecrm.order.aggregate.ServiceOrder;
import org.telecrm.order.aggregate.ServiceOrderId;
import org.telecrm.order.clock.SlaClock;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.telecrm.order.aggregate.Orders.CALENDARS;
import static org.telecrm.order.aggregate.Orders.CLERK;
import static org.telecrm.order.aggregate.Orders.DESK;
import static org.telecrm.order.aggregate.Orders.LINES;
import static org.telecrm.order.aggregate.Orders.bj;
import static org.telecrm.order.aggregate.Orders.ok;
import static org.telecrm.testing.Purposes.returnVisitsAllowed;

/** The month-end reports, each computed by hand on a few orders (five-star customer: response 15 min, restoration 2 h). */
class MonthEndReportsTest {

    static final YearMonth MARCH = YearMonth.of(2026, 3);
    static final Instant END = bj("2026-04-01T00:00");

    /** A fault report of a customer with or without stars, accepted at {@code at}, restored after {@code minutes}. */
    static ServiceOrder fault(String id, Option<StarLevel> star, Instant at, long respondMinutes, Option<Long> restoreMinutes,
                              Option<ReturnVisitOutcome> visit) {
        NodeLimits limits = NodeTimeLimits.sample().limitsFor(OrderKind.FAULT_REPORT, star, Option.none(), false);
        OrderIntake intake = new OrderIntake(ServiceOrderId.of(id), OrderKind.FAULT_REPORT, Channel.ACCOUNT_MANAGER,
                CustomerId.of("C-1"), Option.none(), Option.some(org.telecrm.order.aggregate.Orders.CIRCUIT), star,
                Option.none());
        ServiceOrder o = ok(ServiceOrder.accept(intake, limits, ClockBasis.currentOf(CALENDARS, SlaClock.BEIJING), DESK,
                CLERK, at, "down"));
        o = ok(o.dispatch(LINES, CLERK, at.plusSeconds(60), ""));
        o = ok(o.startWork(LINES, CLERK, at.plusSeconds(60 * respondMinutes), ""));
        if (restoreMinutes.isEmpty()) {
            return o;
        }
        Instant done = at.plusSeconds(60 * restoreMinutes.get());
        o = ok(o.complete(DESK, CLERK, done, "restored"));
        if (visit.isDefined()) {
            o = ok(o.recordReturnVisit(visit.get(), returnVisitsAllowed(o.intake().customer()), DESK, CLERK, done.plusSeconds(3600), ""));
        }
        return o;
    }

    final Option<StarLevel> five = Option.some(StarLevel.FIVE_STARS);
    // week of Mon 03-02: a key account's fault restored in 90 min (within 2 h), another's in 3 h (not);
    // week of Mon 03-09: a fault of a customer without stars restored in 10 h (within the sample's 24 h);
    // week of Mon 03-30: one still open at the month's end; and one accepted in February (not counted)
    final List<ServiceOrder> orders = List.of(
            fault("F-1", five, bj("2026-03-02T10:00"), 10, Option.some(90L), Option.some(ReturnVisitOutcome.SATISFIED)),
            fault("F-2", five, bj("2026-03-04T10:00"), 30, Option.some(180L), Option.some(ReturnVisitOutcome.DISSATISFIED)),
            fault("F-3", Option.none(), bj("2026-03-10T08:00"), 20, Option.some(600L), Option.none()),
            fault("F-4", five, bj("2026-03-31T20:00"), 5, Option.none(), Option.none()),
            fault("F-0", five, bj("2026-02-27T10:00"), 5, Option.some(60L), Option.none()));

    @Nested
    class WeeklyFaults {

        @Test
        void countTheFaultsAcceptedInEachWeekOfTheMonthAndThoseRestoredWithinTheLimit() {
            List<FaultWeek> weeks = MonthEndReports.faultWeeks(orders, MARCH, CALENDARS).toList();
            assertEquals(List.of(LocalDate.of(2026, 2, 23), LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 9),
                    LocalDate.of(2026, 3, 16), LocalDate.of(2026, 3, 23), LocalDate.of(2026, 3, 30)), weeks.map(FaultWeek::monday));
            assertEquals(new FaultWeek(LocalDate.of(2026, 3, 2), 2, 2, 2, 1, 0), weeks.get(1));
            assertEquals(new FaultWeek(LocalDate.of(2026, 3, 9), 1, 0, 1, 1, 0), weeks.get(2));
            assertEquals(new FaultWeek(LocalDate.of(2026, 3, 30), 1, 1, 0, 0, 0), weeks.get(5));
            assertEquals(new FaultWeek(LocalDate.of(2026, 2, 23), 0, 0, 0, 0, 0), weeks.get(0), "F-0 is February's");
            assertEquals("50.00%", weeks.get(1).withinLimitRate());
            assertEquals("-", weeks.get(0).withinLimitRate());
        }

        /**
         * A five-star fault (restoration limit 2 h) restored in 30 min, visited an hour later and closed then, and
         * reopened the next morning: 30 min on its clock (issue 15, item 3: the hour to the close does not count).
         */
        ServiceOrder reopened(String id, Option<Long> restoredAgainMinutes) {
            Instant at = bj("2026-03-16T10:00");
            ServiceOrder o = fault(id, five, at, 10, Option.some(30L), Option.some(ReturnVisitOutcome.SATISFIED));
            o = ok(o.close(CLERK, at.plusSeconds(90 * 60), ""));
            Instant back = bj("2026-03-17T09:00");
            o = ok(o.reopen(LINES, CLERK, back, "drops again", ReopenWindow.SAMPLE));
            return restoredAgainMinutes.isEmpty() ? o
                    : ok(o.complete(DESK, CLERK, back.plusSeconds(60 * restoredAgainMinutes.get()), "restored again"));
        }

        @Test
        void aReopenedFaultIsCountedAndRestoredOnlyOnceCompletedAgainWithItsClockContinued() {
            List<ServiceOrder> week = List.of(reopened("F-5", Option.none()), reopened("F-6", Option.some(60L)),
                    reopened("F-7", Option.some(100L)));
            // F-5 back in work: not restored; F-6: 30 + 60 min, within 2 h; F-7: 30 + 100 min, over (the hour waiting
            // for the close and the night it was closed, the circuit up, do not count; the 30 min to the restoration do)
            assertEquals(new FaultWeek(LocalDate.of(2026, 3, 16), 3, 3, 2, 1, 3),
                    MonthEndReports.faultWeeks(week, MARCH, CALENDARS).get(3));
            assertEquals(Option.none(), MonthEndReports.restoredAt(week.get(0)));
            assertEquals(Option.some(bj("2026-03-17T10:00")), MonthEndReports.restoredAt(week.get(1)));
            assertEquals(Option.none(), MonthEndReports.restoredAt(fault("F-8", five, bj("2026-03-16T10:00"), 10,
                    Option.none(), Option.none())), "in work, never restored");
            assertThrows(IllegalArgumentException.class, () -> new FaultWeek(LocalDate.of(2026, 3, 16), 1, 1, 1, 1, 2));
        }
    }

    @Nested
    class ReturnVisits {

        @Test
        void coverTheOrdersCompletedInTheMonthAndEscalateTheDissatisfied() {
            ReturnVisitCoverage c = MonthEndReports.returnVisits(orders, MARCH);
            assertEquals(3, c.completed());
            assertEquals(2, c.visited());
            assertEquals(List.of(ServiceOrderId.of("F-3")), c.notVisited());
            assertEquals(List.of(ServiceOrderId.of("F-2")), c.escalations());
            assertEquals("66.67%", c.coverage());
            assertFalse(c.ruleKept());
            assertTrue(MonthEndReports.returnVisits(List.empty(), MARCH).ruleKept());
        }

        @Test
        void countsThatDoNotAddUpAreRefused() {
            assertThrows(IllegalArgumentException.class, () -> new ReturnVisitCoverage(3, 1, List.empty(), List.empty()));
        }
    }

    @Nested
    class SlaPassRates {

        @Test
        void measureEveryStayLeftInTheMonthAndEveryOpenOneAlreadyOverdue() {
            List<NodePassRate> rates = MonthEndReports.slaPassRates(orders, MARCH, END, CALENDARS).toList();
            DepartmentId desk = DESK.department();
            DepartmentId lines = LINES.department();
            // ACCEPTED (dispatch within 2 h), all four March orders left it in 1 min: 4/4 (desk)
            assertTrue(rates.contains(new NodePassRate(desk, Node.ACCEPTED, 4, 4)), rates.toString());
            // DISPATCHED (response 15 min five stars, 2 h without): F-1 10 min ok, F-2 30 min late, F-3 20 min ok,
            // F-4 5 min ok: 3/4 (lines)
            assertTrue(rates.contains(new NodePassRate(lines, Node.DISPATCHED, 4, 3)), rates.toString());
            // IN_PROGRESS (restoration 2 h five stars, 24 h without): F-1 ok, F-2 late, F-3 ok; F-4 open, 4 h at the
            // month's end: overdue, counted as a failure: 2/4
            assertTrue(rates.contains(new NodePassRate(lines, Node.IN_PROGRESS, 4, 2)), rates.toString());
            assertEquals("50.00%", new NodePassRate(lines, Node.IN_PROGRESS, 4, 2).passRate());
        }
    }

    @Test
    void percentagesAreRoundedHalfUpToTwoDecimals() {
        assertEquals("66.67%", Percent.of(2, 3));
        assertEquals("33.33%", Percent.of(1, 3));
        assertEquals("0.01%", Percent.of(1, 10_000 - 1));
        assertEquals("100.00%", Percent.of(7, 7));
    }
}
