package org.telecrm.sla.settlement;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.telecrm.money.Money;
import org.telecrm.sla.CircuitId;
import org.telecrm.sla.ProvisioningOrderId;
import org.telecrm.sla.claim.Breach;
import org.telecrm.sla.claim.BreachId;
import org.telecrm.sla.claim.ClaimId;
import org.telecrm.sla.contract.ContractFixtures;
import org.telecrm.sla.contract.ProvisioningOrder;
import org.telecrm.sla.contract.SlaContract;
import org.telecrm.sla.quality.Outage;
import org.telecrm.sla.quality.OutageCause;

import java.time.LocalDate;
import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.telecrm.sla.contract.ContractFixtures.APRIL_2;
import static org.telecrm.sla.contract.ContractFixtures.BUREAU;
import static org.telecrm.sla.contract.ContractFixtures.CALENDAR;
import static org.telecrm.sla.contract.ContractFixtures.DDN;
import static org.telecrm.sla.contract.ContractFixtures.LEASED;
import static org.telecrm.sla.contract.ContractFixtures.active;
import static org.telecrm.sla.contract.ContractFixtures.badMarch;
import static org.telecrm.sla.contract.ContractFixtures.bj;
import static org.telecrm.sla.contract.ContractFixtures.lateDdnOrder;
import static org.telecrm.sla.contract.ContractFixtures.order;

/** The monthly settlement on the fixtures' contract: claims due, the operation report, and records left out. */
class MonthlySettlementTest {

    static final MonthlySettlement SETTLEMENT = MonthlySettlement.of(CALENDAR);
    static final YearMonth MARCH = YearMonth.of(2026, 3);

    static MonthlyStatement march(SlaContract contract, Seq<ProvisioningOrder> orders, Seq<Outage> outages) {
        return SETTLEMENT.settle(contract, MARCH, orders, outages).getOrElseThrow(e -> new AssertionError(e.message()));
    }

    @Nested
    class ClaimsDue {

        @Test
        void aLateCompletedOrderAndABadMonthAreDueCircuitByCircuit() {
            MonthlyStatement s = march(active(), List.of(lateDdnOrder(), order("SO-2", LEASED, "2026-03-02", "2026-03-20")), badMarch());
            assertEquals(List.of(BreachId.lateProvisioning(DDN.id(), ProvisioningOrderId.of("SO-1")),
                    BreachId.quality(DDN.id(), MARCH)), s.claimsDue().map(Breach::id));
            assertEquals(Money.ofYuan(3600 + 1700), s.dueTotal());
            assertTrue(s.alreadyClaimed().isEmpty() && s.problems().isEmpty());
        }

        @Test
        void theBreachesDueAreExactlyWhatTheContractEvaluates() {
            SlaContract c = active();
            MonthlyStatement s = march(c, List.of(lateDdnOrder()), badMarch());
            assertEquals(List.of(ContractFixtures.lateBreach(c), ContractFixtures.qualityBreach(c)), s.claimsDue());
        }

        @Test
        void anOpenOverdueOrderAccruesInTheReportButIsNotDue() {
            ProvisioningOrder open = ProvisioningOrder.openAsOf(ProvisioningOrderId.of("SO-3"), DDN.id(),
                    LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 31));
            MonthlyStatement s = march(active(), List.of(open), List.empty());
            assertTrue(s.claimsDue().isEmpty());
            CircuitReport ddn = s.report().circuit(DDN.id()).get();
            assertEquals(1, ddn.openOrders());
            assertEquals(1, ddn.openOverdue());
            assertEquals(Money.ZERO, ddn.provisioningCompensation());
            // due 03-12; 13 working days late by 03-31: 12000.00 x 5% x 13 = 7800.00
            assertEquals(Money.ofYuan(7800), ddn.accruingCompensation());
            assertTrue(ddn.describe().contains("1 open (1 overdue, accruing 7800.00)"), ddn.describe());
        }

        @Test
        void breachesAlreadyClaimedAreNeverDueTwice() {
            SlaContract c = active();
            SlaContract claimed = c.raiseClaim(ClaimId.of("PF-1"), ContractFixtures.lateBreach(c), BUREAU, APRIL_2).get()
                    .changed().state();
            MonthlyStatement s = march(claimed, List.of(lateDdnOrder()), badMarch());
            assertEquals(List.of(BreachId.quality(DDN.id(), MARCH)), s.claimsDue().map(Breach::id));
            assertEquals(List.of(BreachId.lateProvisioning(DDN.id(), ProvisioningOrderId.of("SO-1"))), s.alreadyClaimed());
        }
    }

    /** rules.md section 6: a pause counts only for the working time it overlaps; a day the customer held is no day. */
    @Nested
    class DaysTheCustomerHeldTheOrder {

        @Test
        void countNeitherTowardsTheDeadlineNorAsDaysLate() {
            // accepted 03-02 (Mon), 8 working days: due 03-12, completed 03-20: 6 days late, 600.00 a day
            MonthlyStatement plain = march(active(), List.of(lateDdnOrder()), List.empty());
            assertEquals(Money.ofYuan(3600), plain.dueTotal());
            // held on 03-04 and 03-05 (the site not ready): due 03-16, 4 days late
            ProvisioningOrder held = lateDdnOrder().withHeldDays(io.vavr.collection.TreeSet.of(
                    LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 5)));
            MonthlyStatement net = march(active(), List.of(held), List.empty());
            assertEquals(Money.ofYuan(2400), net.dueTotal());
            assertEquals(LocalDate.of(2026, 3, 16), active().evaluateOrder(held, CALENDAR).get().assessment().dueOn());
            assertEquals(4, active().evaluateOrder(held, CALENDAR).get().assessment().workingDaysLate());
        }

        @Test
        void aHeldDayThatIsNoWorkingDayChangesNothing() {
            ProvisioningOrder weekend = lateDdnOrder().withHeldDays(io.vavr.collection.TreeSet.of(
                    LocalDate.of(2026, 3, 7), LocalDate.of(2026, 3, 8)));
            assertEquals(march(active(), List.of(lateDdnOrder()), List.empty()).report(),
                    march(active(), List.of(weekend), List.empty()).report());
        }
    }

    @Nested
    class TheOperationReport {

        @Test
        void hasALinePerCircuitWithProvisioningAvailabilityAndCredits() {
            MonthlyStatement s = march(active(), List.of(lateDdnOrder(), order("SO-2", LEASED, "2026-03-02", "2026-03-20")), badMarch());
            OperationReport r = s.report();
            assertEquals(List.of(DDN.id(), LEASED.id()), r.circuits().map(CircuitReport::circuit));
            assertEquals(2, r.ordersCompleted());
            assertEquals(1, r.completedOnTime());
            assertEquals(1, r.circuitsMeetingTarget());
            CircuitReport ddn = r.circuit(DDN.id()).get();
            assertEquals(1, ddn.completedLate());
            assertEquals("99.3279%", ddn.availability().toPercentString());   // 739 / 744
            assertEquals(Money.ofYuan(3600), ddn.provisioningCompensation());
            assertEquals(Money.ofYuan(1700), ddn.qualityCredit());
            assertEquals(Money.ofYuan(5300), r.totalCredit());
            assertEquals("SLA operation report 2026-03, contract SLA-T-1, customer C-440300-000123: 1/2 orders on time, "
                    + "1/2 circuits met their availability target, credits 5300.00", r.describe().head());
            assertEquals(3, r.describe().size());
        }

        @Test
        void aQuietMonthReportsEveryCircuitAtFullAvailability() {
            OperationReport r = march(active(), List.empty(), List.empty()).report();
            assertEquals(2, r.circuits().size());
            assertTrue(r.circuits().forAll(c -> c.availabilityTargetMet() && c.totalCredit().isZero()));
            assertEquals(Money.ZERO, r.totalCredit());
        }
    }

    @Nested
    class RecordsThatCannotBeUsedAreLeftOutAndSaidSo {

        @Test
        void unknownCircuitsBadRecordsAndOrdersOfAnotherMonth() {
            Outage unknown = Outage.of("T-X", CircuitId.of("NOPE"), bj("2026-03-05T01:00"), bj("2026-03-05T02:00"), OutageCause.PROVIDER);
            Outage backwards = Outage.of("T-B", DDN.id(), bj("2026-03-05T02:00"), bj("2026-03-05T01:00"), OutageCause.PROVIDER);
            ProvisioningOrder april = order("SO-4", DDN, "2026-03-02", "2026-04-02");
            ProvisioningOrder nowhere = order("SO-5", DDN, "2025-12-01", "2026-03-20");
            MonthlyStatement s = march(active(), List.of(lateDdnOrder(), april, nowhere), badMarch().append(unknown).append(backwards));
            assertEquals(List.of(
                    "outage T-X: circuit NOPE is not covered by contract SLA-T-1",
                    "outage T-B: outages[T-B].end 2026-03-04T17:00:00Z is before the outage's start 2026-03-04T18:00:00Z",
                    "order SO-4: completed on 2026-04-02, outside 2026-03",
                    "order SO-5: acceptedOn 2025-12-01 is outside the contract's coverage 2026-01-01 .. 2026-12-31"),
                    s.problems().map(SettlementProblem::message));
            assertEquals(Money.ofYuan(3600 + 1700), s.dueTotal(), "the rest of the month is still settled");
        }

        @Test
        void aDraftOrAMonthOutsideTheCoverageIsNotSettled() {
            assertInstanceOf(SettlementError.NotActivated.class,
                    SETTLEMENT.settle(ContractFixtures.draftWithCircuits(), MARCH, List.empty(), List.empty()).getLeft());
            assertEquals("month 2027-01 is outside contract SLA-T-1's coverage 2026-01-01 .. 2026-12-31",
                    SETTLEMENT.settle(active(), YearMonth.of(2027, 1), List.empty(), List.empty()).getLeft().message());
        }
    }
}
