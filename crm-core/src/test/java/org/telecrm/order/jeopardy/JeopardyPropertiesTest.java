package org.telecrm.order.jeopardy;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.telecrm.calendar.WorkingDayCalendar;
import org.telecrm.order.OrderKind;
import io.vavr.control.Either;
import org.telecrm.kernel.Changed;
import org.telecrm.order.aggregate.Node;
import org.telecrm.order.aggregate.NodeLimit;
import org.telecrm.order.aggregate.ReturnVisitOutcome;
import org.telecrm.order.aggregate.ServiceOrderEvent;
import org.telecrm.order.aggregate.ServiceOrderRejection;
import org.telecrm.order.aggregate.NodeVisit;
import org.telecrm.order.aggregate.ServiceOrder;
import org.telecrm.order.clock.Pause;
import org.telecrm.order.clock.PauseReason;
import org.telecrm.order.clock.TimeLimit;
import org.telecrm.order.clock.WarningMargin;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.telecrm.order.aggregate.Orders.CALENDARS;
import static org.telecrm.order.aggregate.Orders.CLERK;
import static org.telecrm.order.aggregate.Orders.LINES;
import static org.telecrm.order.aggregate.Orders.accepted;
import static org.telecrm.order.aggregate.Orders.bj;
import static org.telecrm.testing.Purposes.returnVisitsAllowed;

/**
 * Overdue iff past the limit net of pauses and not left: for orders moved, paused and resumed at random, jeopardy
 * reports a node as overdue exactly when an independent day-by-day (or minute-sum) oracle says its limit is passed
 * net of pauses and the node is the current, not-left node of an open order.
 */
class JeopardyPropertiesTest {

    static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.official();

    /** (step: 0 forward, 1 pause, 2 resume, 3 cancel; minutes after the latest instant). */
    @Provide
    Arbitrary<Seq<int[]>> steps() {
        Arbitrary<int[]> one = Combinators.combine(Arbitraries.integers().between(0, 3).withDistribution(
                        net.jqwik.api.RandomDistribution.uniform()), Arbitraries.integers().between(0, 6000))
                .as((a, b) -> new int[]{a == 3 && b % 5 != 0 ? 0 : a, b});
        return one.list().ofMaxSize(12).map(List::ofAll);
    }

    static ServiceOrder build(OrderKind kind, boolean hq, Seq<int[]> steps) {
        ServiceOrder o = accepted(kind, hq, bj("2026-03-02T09:00"));
        for (int[] s : steps) {
            Instant at = o.latestInstant().plusSeconds(60L * s[1]);
            ServiceOrder current = o;
            var result = switch (s[0]) {
                case 0 -> current.isOpen() && !current.node().next(current.limits().delivery()).isEmpty()
                        ? forward(current, at)
                        : current.cancel(CLERK, at, "");
                case 1 -> current.pause(PauseReason.CUSTOMER_REQUESTED_DELAY, CLERK, at);
                case 2 -> current.resume(CLERK, at);
                default -> current.cancel(CLERK, at, "");
            };
            o = result.map(c -> c.state()).getOrElse(o);
        }
        return o;
    }

    @Property
    void overdueIffPastTheLimitNetOfPausesAndNotLeft(@ForAll OrderKind kind, @ForAll boolean hq,
                                                      @ForAll("steps") Seq<int[]> steps,
                                                      @ForAll @IntRange(min = 0, max = 30 * 24 * 60) int minutesLater) {
        ServiceOrder order = build(kind, hq, steps);
        Instant asOf = order.latestInstant().plusSeconds(60L * minutesLater);
        Option<NodeJeopardy> j = Jeopardy.of(order, asOf, WarningMargin.LIBRARY_DEFAULT, CALENDARS).get();
        boolean expected = false;
        NodeVisit current = order.current();
        Option<NodeLimit> limit = order.limits().of(current.node());
        if (order.isOpen() && limit.isDefined()) {
            Instant from = switch (limit.get().from()) {
                case NODE_ENTRY -> current.entered();
                case ACCEPTANCE -> order.acceptedAt();
                case COMPLETION -> order.completedAt().get();
            };
            expected = pastLimit(limit.get().limit(), from, asOf, order.pauses().pauses(), order.basis().zone());
        }
        Statistics.collect(expected ? "overdue" : order.isOpen() ? "open, not overdue" : "finished");
        assertEquals(expected, j.exists(x -> x.status() == JeopardyStatus.OVERDUE));
        j.forEach(x -> assertEquals(order.node(), x.node()));
    }

    /** The oracle: minutes or working days counted one by one, skipping paused ones. */
    static boolean pastLimit(TimeLimit limit, Instant from, Instant asOf, Seq<Pause> pauses, ZoneId zone) {
        if (limit instanceof TimeLimit.ClockTime clock) {
            long net = 0;
            for (Instant t = from; t.isBefore(asOf); t = t.plusSeconds(60)) {
                Instant minute = t;
                if (!pauses.exists(p -> !minute.isBefore(p.start()) && p.end().forAll(minute::isBefore))) {
                    net++;
                }
            }
            return net > clock.duration().toMinutes();
        }
        if (limit instanceof TimeLimit.CalendarDays calendarDays) {
            // dates after the start date up to the as-of date, a date a pause covers midnight to midnight not counted
            int days = 0;
            for (LocalDate d = from.atZone(zone).toLocalDate().plusDays(1); !d.isAfter(asOf.atZone(zone).toLocalDate());
                 d = d.plusDays(1)) {
                Instant midnight = d.atStartOfDay(zone).toInstant();
                Instant next = d.plusDays(1).atStartOfDay(zone).toInstant();
                if (!pauses.exists(p -> !p.start().isAfter(midnight) && !p.end().getOrElse(asOf).isBefore(next))) {
                    days++;
                }
            }
            return days > calendarDays.days();
        }
        int used = 0;
        LocalDate last = asOf.atZone(zone).toLocalDate();
        for (LocalDate d = from.atZone(zone).toLocalDate().plusDays(1); !d.isAfter(last); d = d.plusDays(1)) {
            LocalDate day = d;
            // held: a pause covers all of the day's sample working hours, 08:30 to 17:30 (rules.md section 6)
            Instant opens = day.atTime(8, 30).atZone(zone).toInstant();
            Instant closes = day.atTime(17, 30).atZone(zone).toInstant();
            boolean held = pauses.exists(p -> !p.start().isAfter(opens) && p.end().map(e -> !e.isBefore(closes)).getOrElse(true));
            if (CALENDAR.isWorkingDay(d).get() && !held) {
                used++;
            }
        }
        return used > ((TimeLimit.WorkingDays) limit).days();
    }

    /** The next move of the flow; the return visit through its own command, the customer having allowed it. */
    private static Either<ServiceOrderRejection, Changed<ServiceOrder, ServiceOrderEvent>> forward(ServiceOrder order,
                                                                                                 Instant at) {
        Node next = order.node().next(order.limits().delivery()).head();
        return next == Node.RETURN_VISITED
                ? order.recordReturnVisit(ReturnVisitOutcome.SATISFIED, returnVisitsAllowed(order.intake().customer()),
                LINES, CLERK, at, "")
                : order.moveTo(next, LINES, CLERK, at, "");
    }
}
