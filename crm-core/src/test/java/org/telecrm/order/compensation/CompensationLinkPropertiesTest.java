package org.telecrm.order.compensation;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.telecrm.calendar.WorkingDayCalendar;
import org.telecrm.calendar.YearSchedule;
import org.telecrm.order.OrderKind;
import org.telecrm.order.aggregate.ServiceOrder;
import org.telecrm.order.clock.CalendarVersions;
import org.telecrm.order.clock.PauseReason;
import org.telecrm.order.report.ContractMonth;
import org.telecrm.sla.contract.ContractFixtures;
import org.telecrm.sla.contract.OrderEvaluation;
import org.telecrm.sla.contract.SlaContract;
import org.telecrm.sla.quality.OutageCause;
import org.telecrm.sla.settlement.MonthlySettlement;
import org.telecrm.sla.settlement.MonthlyStatement;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.telecrm.order.aggregate.Orders.CALENDARS;
import static org.telecrm.order.aggregate.Orders.CLERK;
import static org.telecrm.order.aggregate.Orders.LINES;
import static org.telecrm.order.aggregate.Orders.accepted;
import static org.telecrm.order.aggregate.Orders.bj;
import static org.telecrm.order.aggregate.Orders.ok;
import static org.telecrm.testing.Purposes.returnVisitsAllowed;

/**
 * Pausing never increases days late or the compensation; without pauses the result is the contract's own; a host's
 * monthly settlement counts pauses as the month-end does; a closed
 * order's result never changes when a later calendar version is published or a later terms version agreed.
 */
class CompensationLinkPropertiesTest {

    static final Instant MON = bj("2026-03-02T09:00");
    static final SlaContract CONTRACT = ContractFixtures.active();

    /** Pauses as (hours after the previous instant, hours long), then completion hours after the last. */
    @Provide
    Arbitrary<Seq<int[]>> pauses() {
        return Combinators.combine(Arbitraries.integers().between(0, 120), Arbitraries.integers().between(0, 120))
                .as((a, b) -> new int[]{a, b}).list().ofMaxSize(5).map(List::ofAll);
    }

    static ServiceOrder build(Seq<int[]> pauses, int completionHours, boolean withPauses) {
        ServiceOrder o = accepted(OrderKind.PROVISIONING, false, MON);
        o = ok(o.dispatch(LINES, CLERK, MON.plusSeconds(60), ""));
        o = ok(o.startWork(LINES, CLERK, MON.plusSeconds(120), ""));
        Instant t = MON.plusSeconds(120);
        for (int[] p : pauses) {
            Instant start = t.plus(Duration.ofHours(p[0]));
            t = start.plus(Duration.ofHours(p[1]));
            if (withPauses) {
                o = ok(o.pause(PauseReason.SITE_NOT_READY, CLERK, start));
                o = ok(o.resume(CLERK, t));
            }
        }
        return ok(o.complete(LINES, CLERK, t.plus(Duration.ofHours(completionHours)), ""));
    }

    @Property
    void pausingNeverIncreasesDaysLate(@ForAll("pauses") Seq<int[]> pauses, @ForAll @IntRange(min = 0, max = 1200) int completion) {
        OrderEvaluation plain = CompensationLink.evaluate(build(pauses, completion, false), CONTRACT, CALENDARS,
                LocalDate.of(2026, 12, 31)).get();
        OrderEvaluation net = CompensationLink.evaluate(build(pauses, completion, true), CONTRACT, CALENDARS,
                LocalDate.of(2026, 12, 31)).get();
        assertTrue(net.assessment().workingDaysLate() <= plain.assessment().workingDaysLate());
        assertTrue(net.assessment().compensation().compareTo(plain.assessment().compensation()) <= 0);
        assertFalse(net.assessment().dueOn().isBefore(plain.assessment().dueOn()));
        // without pauses: exactly the contract's evaluation of the same input
        assertEquals(CONTRACT.evaluateOrder(plain.order(), WorkingDayCalendar.official()).get(), plain);
    }

    /**
     * One rule for pauses (rules.md section 6): the month-end's evaluation of a contract's month ({@link ContractMonth},
     * from service orders) and a host's {@link MonthlySettlement} of the same orders, as {@link
     * CompensationLink#provisioningOrder} hands them over with the days their pauses held, give the same operation
     * report and the same claims.
     */
    @Property
    void theMonthlySettlementCountsPausesAsTheMonthEndDoes(@ForAll("pauses") Seq<int[]> pauses,
                                                           @ForAll @IntRange(min = 0, max = 1200) int completion) {
        ServiceOrder order = build(pauses, completion, true);
        YearMonth month = YearMonth.from(order.completedAt().get().atZone(order.basis().zone()));
        Assume.that(month.getYear() == 2026);

        ContractMonth monthEnd = ContractMonth.of(CONTRACT, List.of(order), month, CALENDARS, o -> OutageCause.PROVIDER);
        MonthlyStatement settled = MonthlySettlement.of(WorkingDayCalendar.official()).settle(CONTRACT, month,
                List.of(CompensationLink.provisioningOrder(order, CALENDARS, month.atEndOfMonth()).get()),
                List.empty()).get();

        assertEquals(monthEnd.report(), settled.report());
        assertEquals(monthEnd.breaches(), settled.claimsDue());
    }

    @Property
    void aClosedOrdersResultNeverChangesWithALaterCalendarOrTermsVersion(
            @ForAll("pauses") Seq<int[]> pauses, @ForAll @IntRange(min = 0, max = 1200) int completion,
            @ForAll @IntRange(min = 0, max = 120) int holidayOffset, @ForAll @IntRange(min = 1, max = 30) int newDeadline) {
        ServiceOrder order = build(pauses, completion, true);
        Instant done = order.completedAt().get();
        order = ok(order.recordReturnVisit(org.telecrm.order.aggregate.ReturnVisitOutcome.SATISFIED, returnVisitsAllowed(order.intake().customer()), LINES, CLERK, done, ""));
        order = ok(order.close(CLERK, done, ""));
        OrderEvaluation before = CompensationLink.evaluate(order, CONTRACT, CALENDARS, LocalDate.of(2026, 12, 31)).get();

        LocalDate holiday = LocalDate.of(2026, 3, 2).plusDays(holidayOffset);
        Assume.that(WorkingDayCalendar.official().isWorkingDay(holiday).get() && holiday.getDayOfWeek().getValue() <= 5);
        CalendarVersions later = CALENDARS.publish(WorkingDayCalendar.from(WorkingDayCalendar.official()::schedules,
                () -> List.of(YearSchedule.of(2026, "corrected notice", List.of(holiday), List.empty()).get())).get());
        LocalDate effective = done.atZone(order.basis().zone()).toLocalDate().plusDays(1);
        Assume.that(effective.getYear() == 2026);
        SlaContract amended = ContractFixtures.ok(CONTRACT.amendTerms(
                ContractFixtures.ddnExpressDeadline(CONTRACT.id(), newDeadline), effective, effective, done));
        OrderEvaluation after = CompensationLink.evaluate(order, amended, later, LocalDate.of(2026, 12, 31)).get();
        assertEquals(before.assessment(), after.assessment());
        assertEquals(before.breach().map(b -> b.amount()), after.breach().map(b -> b.amount()));
    }
}
