package org.telecrm.order.jeopardy;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.telecrm.order.aggregate.ClockBasis;
import org.telecrm.order.aggregate.NodeTimeLimits;
import org.telecrm.order.clock.SlaClock;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.telecrm.calendar.WorkingDayCalendar;
import org.telecrm.order.OrderKind;
import org.telecrm.order.aggregate.MeasureError;
import org.telecrm.order.aggregate.Node;
import org.telecrm.order.aggregate.ServiceOrder;
import org.telecrm.order.clock.CalendarVersions;
import org.telecrm.order.clock.WarningMargin;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.telecrm.order.aggregate.Orders.CALENDARS;
import static org.telecrm.order.aggregate.Orders.CLERK;
import static org.telecrm.order.aggregate.Orders.LINES;
import static org.telecrm.order.aggregate.Orders.accepted;
import static org.telecrm.order.aggregate.Orders.bj;
import static org.telecrm.order.aggregate.Orders.intake;
import static org.telecrm.order.aggregate.Orders.ok;

class JeopardyTest {

    static final Instant MON = bj("2026-03-02T09:00");

    /** A provisioning order (6 working days, due Tue 03-10) in progress since Mon 03-02. */
    static ServiceOrder inProgress(String id) {
        ServiceOrder o = accepted(OrderKind.PROVISIONING, false, MON);
        o = ok(o.dispatch(LINES, CLERK, MON.plusSeconds(600), ""));
        return ok(o.startWork(LINES, CLERK, MON.plusSeconds(1200), ""));
    }

    @Nested
    class ForOneOrder {
        @Test
        void onTrackAtRiskOverdue() {
            ServiceOrder o = inProgress("SO-1");
            assertTrue(Jeopardy.of(o, bj("2026-03-06T12:00"), WarningMargin.LIBRARY_DEFAULT, CALENDARS).get().isEmpty());
            NodeJeopardy risk = Jeopardy.of(o, bj("2026-03-10T12:00"), WarningMargin.LIBRARY_DEFAULT, CALENDARS).get().get();
            assertEquals(JeopardyStatus.AT_RISK, risk.status());
            NodeJeopardy late = Jeopardy.of(o, bj("2026-03-11T08:00"), WarningMargin.LIBRARY_DEFAULT, CALENDARS).get().get();
            assertEquals("SO-1 IN_PROGRESS OVERDUE: 7 of 6 working days used, due 2026-03-10; limit 6 working days from"
                    + " acceptance (SLA terms in force at acceptance); responsible S-101 (Futian network operations)",
                    late.describe());
        }

        @Test
        void aFinishedOrderIsNeverInJeopardy() {
            ServiceOrder cancelled = ok(inProgress("SO-1").cancel(CLERK, bj("2026-03-03T09:00"), ""));
            assertTrue(Jeopardy.of(cancelled, bj("2026-04-30T09:00"), WarningMargin.LIBRARY_DEFAULT, CALENDARS).get().isEmpty());
        }

        @Test
        void anUnknownCalendarVersionIsAProblem() {
            CalendarVersions two = CALENDARS.publish(WorkingDayCalendar.official());
            ServiceOrder o = ok(ServiceOrder.accept(intake("SO-2", OrderKind.CHANGE),
                    NodeTimeLimits.sample().limitsFor(OrderKind.CHANGE, Option.none(), Option.none(), false),
                    ClockBasis.currentOf(two, SlaClock.BEIJING), LINES, CLERK, MON, ""));
            assertEquals("order SO-2: calendar version 2 (recorded at acceptance) is not among the versions given",
                    Jeopardy.of(o, MON, WarningMargin.LIBRARY_DEFAULT, CALENDARS).getLeft().message());
        }
    }

    @Test
    void aBatchSplitsOverdueAtRiskAndProblems() {
        ServiceOrder late = inProgress("SO-1");
        ServiceOrder fresh = accepted(OrderKind.CHANGE, false, bj("2026-03-10T09:00"));
        ServiceOrder intoNextYear = accepted(OrderKind.PROVISIONING, false, bj("2026-12-28T09:00"));
        intoNextYear = ok(intoNextYear.dispatch(LINES, CLERK, bj("2026-12-28T10:00"), ""));
        intoNextYear = ok(intoNextYear.startWork(LINES, CLERK, bj("2026-12-28T11:00"), ""));
        ServiceOrder unknownVersion = ok(ServiceOrder.accept(intake("SO-9", OrderKind.CHANGE),
                NodeTimeLimits.sample().limitsFor(OrderKind.CHANGE, Option.none(), Option.none(), false),
                new ClockBasis(2, SlaClock.BEIJING), LINES, CLERK, MON, ""));
        List<ServiceOrder> batch = List.of(late, fresh, intoNextYear, unknownVersion);
        JeopardyReport report = Jeopardy.batch(batch, bj("2026-03-10T10:30"), WarningMargin.LIBRARY_DEFAULT, CALENDARS);
        assertEquals(List.empty(), report.overdue().map(NodeJeopardy::node));
        assertEquals(List.of(Node.IN_PROGRESS), report.atRisk().map(NodeJeopardy::node));
        JeopardyReport later = Jeopardy.batch(batch, bj("2027-01-05T10:30"), WarningMargin.LIBRARY_DEFAULT, CALENDARS);
        assertEquals(2, later.overdue().size());
        // due on the 6th working day after 12-28, provisionally Monday to Friday in 2027: Tue 2027-01-05
        NodeJeopardy provisional = later.atRisk().single();
        assertEquals("SO-1", provisional.order().value());
        assertTrue(provisional.reading().describe().contains("due 2027-01-05 (provisional"), provisional.describe());
        assertEquals(1, later.problems().size());
        assertTrue(later.problems().head() instanceof MeasureError.UnknownCalendarVersion);
    }
}
