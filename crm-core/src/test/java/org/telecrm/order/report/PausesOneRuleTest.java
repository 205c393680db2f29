package org.telecrm.order.report;

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
import org.telecrm.order.OrderKind;
import org.telecrm.order.aggregate.ServiceOrder;
import org.telecrm.order.clock.PauseReason;
import org.telecrm.order.compensation.CompensationLink;
import org.telecrm.sla.contract.ContractFixtures;
import org.telecrm.sla.contract.SlaContract;
import org.telecrm.sla.quality.OutageCause;
import org.telecrm.sla.settlement.MonthlySettlement;
import org.telecrm.sla.settlement.MonthlyStatement;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.telecrm.order.aggregate.Orders.CALENDARS;
import static org.telecrm.order.aggregate.Orders.CLERK;
import static org.telecrm.order.aggregate.Orders.LINES;
import static org.telecrm.order.aggregate.Orders.accepted;
import static org.telecrm.order.aggregate.Orders.bj;
import static org.telecrm.order.aggregate.Orders.ok;

/**
 * One rule for pauses (rules.md section 6: a pause counts only for the working time it overlaps): the month-end's
 * evaluation of a contract's month ({@link ContractMonth}, from service orders) and a host's
 * {@link MonthlySettlement} of the same orders, as {@link CompensationLink#provisioningOrder} hands them over with the
 * days their pauses held, give the same operation report and the same claims, pauses or none.
 */
class PausesOneRuleTest {

    static final Instant MON = bj("2026-03-02T09:00");
    static final SlaContract CONTRACT = ContractFixtures.active();

    /** Pauses as (hours after the previous instant, hours long). */
    @Provide
    Arbitrary<Seq<int[]>> pauses() {
        return Combinators.combine(Arbitraries.integers().between(0, 120), Arbitraries.integers().between(0, 120))
                .as((a, b) -> new int[]{a, b}).list().ofMaxSize(5).map(List::ofAll);
    }

    static ServiceOrder completedAfterPauses(Seq<int[]> pauses, int completionHours) {
        ServiceOrder o = accepted(OrderKind.PROVISIONING, false, MON);
        o = ok(o.dispatch(LINES, CLERK, MON.plusSeconds(60), ""));
        o = ok(o.startWork(LINES, CLERK, MON.plusSeconds(120), ""));
        Instant t = MON.plusSeconds(120);
        for (int[] p : pauses) {
            Instant start = t.plus(Duration.ofHours(p[0]));
            t = start.plus(Duration.ofHours(p[1]));
            o = ok(o.pause(PauseReason.SITE_NOT_READY, CLERK, start));
            o = ok(o.resume(CLERK, t));
        }
        return ok(o.complete(LINES, CLERK, t.plus(Duration.ofHours(completionHours)), ""));
    }

    @Property
    void theMonthlySettlementCountsPausesAsTheMonthEndDoes(@ForAll("pauses") Seq<int[]> pauses,
                                                           @ForAll @IntRange(min = 0, max = 1200) int completion) {
        ServiceOrder order = completedAfterPauses(pauses, completion);
        YearMonth month = YearMonth.from(order.completedAt().get().atZone(order.basis().zone()));
        Assume.that(month.getYear() == 2026);

        ContractMonth monthEnd = ContractMonth.of(CONTRACT, List.of(order), month, CALENDARS, o -> OutageCause.PROVIDER);
        MonthlyStatement settled = MonthlySettlement.of(WorkingDayCalendar.official()).settle(CONTRACT, month,
                List.of(CompensationLink.provisioningOrder(order, CALENDARS, month.atEndOfMonth()).get()),
                List.empty()).get();

        assertEquals(monthEnd.report(), settled.report());
        assertEquals(monthEnd.breaches(), settled.claimsDue());
    }
}
