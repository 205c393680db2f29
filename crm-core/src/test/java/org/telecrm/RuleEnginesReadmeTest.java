package org.telecrm;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.junit.jupiter.api.Test;
import org.telecrm.customer.CustomerGroup;
import org.telecrm.customer.KeyAccountGrade;
import org.telecrm.customer.churn.ChurnCase;
import org.telecrm.customer.churn.ChurnEarlyWarning;
import org.telecrm.customer.churn.ChurnSignal;
import org.telecrm.customer.churn.ChurnWarning;
import org.telecrm.customer.churn.MonthlySpend;
import org.telecrm.customer.churn.WarningLevel;
import org.telecrm.customer.star.PlanItem;
import org.telecrm.customer.star.ServiceDecision;
import org.telecrm.customer.star.ServiceItem;
import org.telecrm.customer.star.ServiceRequest;
import org.telecrm.customer.star.StarLevel;
import org.telecrm.customer.star.StarLevelService;
import org.telecrm.customer.value.CashFlows;
import org.telecrm.customer.value.IntangibleFactor;
import org.telecrm.customer.value.KeyAccountValuation;
import org.telecrm.customer.value.ProjectAssessment;
import org.telecrm.customer.value.ProjectDecision;
import org.telecrm.customer.value.ProjectError;
import org.telecrm.customer.value.ProjectEvaluation;
import org.telecrm.customer.value.ProjectHurdles;
import org.telecrm.customer.value.ValueAssessment;
import org.telecrm.customer.value.ValueFacts;
import org.telecrm.money.Money;
import org.telecrm.money.Rate;
import org.telecrm.order.OrderKind;
import org.telecrm.order.dispatch.DispatchPolicy;
import org.telecrm.order.dispatch.WorkItem;
import org.telecrm.order.dispatch.WorkItemId;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** The README's "Rule engines" examples, as written there, with what the README says they return. */
class RuleEnginesReadmeTest {

    @Test
    void keyAccountValueAndGrade() {
        KeyAccountValuation valuation = KeyAccountValuation.sample();
        ValueAssessment a = valuation.assess(ValueFacts.ofMonthlyRevenue(List.fill(12, Money.ofYuan(100_000)))
                .withContractedRevenue(Money.ofYuan(600_000))
                .withRating(IntangibleFactor.BRAND, 4)).get();
        assertEquals(120, a.currentValue());
        assertEquals(30, a.potentialValue());
        assertEquals(16, a.intangibleValue());
        assertEquals(KeyAccountGrade.THREE_A, a.grade());
    }

    @Test
    void keyAccountValueWithProfit() {
        KeyAccountValuation valuation = KeyAccountValuation.sample();
        ValueAssessment p = valuation.assess(ValueFacts.ofMonthlyRevenue(List.fill(12, Money.ofYuan(100_000)))
                .withMonthlyCost(List.fill(12, Money.ofYuan(70_000)))).get();
        p.currentValue();     // 156 points: 120 for the revenue, 36 for CNY 360,000 of profit a year (at 100%)
        p.describe().get(3);  // "current direct value: profit CNY 360000.00 a year (12 months at 100%) -> 36 points"
        assertEquals(156, p.currentValue());
        assertEquals("current direct value: profit CNY 360000.00 a year (12 months at 100%) -> 36 points",
                p.describe().get(3));
    }

    @Test
    void projectAssessment() {
        ProjectEvaluation projects = ProjectEvaluation.of(new ProjectHurdles(Rate.percent(15), Rate.percent(8)));
        ProjectAssessment p = projects.assess(CashFlows.ofYuan(-1_000_000, 400_000, 400_000, 400_000)).get();
        assertEquals("20.00%", p.roi().toString());
        assertEquals("9.7010%", p.irr().toString());
        assertEquals(new BigDecimal("0.097010257403"), p.irr().rate());
        assertEquals(ProjectDecision.PURSUE, p.decision());
        assertInstanceOf(ProjectError.NoSignChange.class, projects.assess(CashFlows.ofYuan(100, 50)).getLeft());
        assertInstanceOf(ProjectError.SeveralRates.class, projects.assess(CashFlows.ofYuan(-100, 230, -132)).getLeft());
    }

    @Test
    void starLevelService() {
        StarLevelService stars = StarLevelService.sample();
        assertEquals(StarLevel.THREE_STARS, stars.starFor(KeyAccountGrade.THREE_A));
        assertEquals(Duration.ofHours(1), stars.entitlementsFor(KeyAccountGrade.THREE_A).responseTarget());
        ServiceDecision d = stars.decide(KeyAccountGrade.TWO_A,
                ServiceRequest.of(new ServiceItem.Plan(PlanItem.EXPERT), Money.ofYuan(2_000))).get();
        assertInstanceOf(ServiceDecision.Chargeable.class, d);
        assertEquals(Money.ofYuan(2_000), d.priceEffect());
    }

    @Test
    void churnEarlyWarning() {
        Seq<MonthlySpend> history = List.of(100_000, 100_000, 100_000, 100_000, 100_000, 100_000, 60_000)
                .zipWithIndex((yuan, i) -> new MonthlySpend(YearMonth.of(2026, 1).plusMonths(i), Money.ofYuan(yuan)));
        ChurnWarning w = ChurnEarlyWarning.sample().assess(ChurnCase.of(CustomerGroup.KEY_ACCOUNT, history)
                .with(new ChurnSignal.GatewayListHit("rival-carrier traffic", LocalDate.of(2026, 7, 20), "40% of calls"))).get();
        assertEquals(WarningLevel.CRITICAL, w.level());
        assertEquals(Money.ofYuan(1_200_000), w.loss().get().yearlyRevenueAtRisk());
        assertEquals(79, w.loss().get().equivalence().commercialCustomers());
        assertEquals(338, w.loss().get().equivalence().publicCustomers());
    }

    @Test
    void dispatchPriority() {
        DispatchPolicy dispatch = DispatchPolicy.sample();
        Seq<WorkItem> queue = dispatch.sort(List.of(
                WorkItem.forOtherCustomer(WorkItemId.of("F-9"), OrderKind.FAULT_REPORT, Instant.parse("2026-06-01T07:00:00Z")),
                WorkItem.forKeyAccount(WorkItemId.of("C-1"), StarLevel.FIVE_STARS, OrderKind.COMPLAINT, Instant.parse("2026-06-01T09:00:00Z")),
                WorkItem.forKeyAccount(WorkItemId.of("F-2"), StarLevel.FIVE_STARS, OrderKind.FAULT_REPORT, Instant.parse("2026-06-01T09:30:00Z"))));
        assertEquals(List.of("F-2", "C-1", "F-9"), queue.map(i -> i.id().value()));
        assertEquals("F-2 before C-1: order kind FAULT_REPORT ranks before COMPLAINT",
                dispatch.explain(queue.get(0), queue.get(1)).describe());
    }
}
