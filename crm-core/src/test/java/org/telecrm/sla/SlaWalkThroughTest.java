package org.telecrm.sla;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.junit.jupiter.api.Test;
import org.telecrm.account.AccountId;
import org.telecrm.calendar.WorkingDayCalendar;
import org.telecrm.customer.CustomerId;
import org.telecrm.kernel.Changed;
import org.telecrm.money.Money;
import org.telecrm.money.Rate;
import org.telecrm.sla.claim.Breach;
import org.telecrm.sla.claim.ClaimId;
import org.telecrm.sla.claim.ClaimStatus;
import org.telecrm.sla.claim.CompensationCredit;
import org.telecrm.sla.claim.Confirmation;
import org.telecrm.sla.claim.Responsibility;
import org.telecrm.sla.claim.Side;
import org.telecrm.sla.contract.Bandwidth;
import org.telecrm.sla.contract.Circuit;
import org.telecrm.sla.contract.ClaimRaising;
import org.telecrm.sla.contract.ContractSigning;
import org.telecrm.sla.contract.ContractStatus;
import org.telecrm.sla.contract.ContractTerms;
import org.telecrm.sla.contract.OrderEvaluation;
import org.telecrm.sla.contract.ProvisioningOrder;
import org.telecrm.sla.contract.QualityEvaluation;
import org.telecrm.sla.contract.Region;
import org.telecrm.sla.contract.SlaContract;
import org.telecrm.sla.contract.SlaContractEvent;
import org.telecrm.sla.contract.ValidityPeriod;
import org.telecrm.sla.provisioning.PersonalisedTerms;
import org.telecrm.sla.provisioning.Term;
import org.telecrm.sla.provisioning.TermScope;
import org.telecrm.sla.quality.AvailabilityCredit;
import org.telecrm.sla.quality.LevelPrices;
import org.telecrm.sla.quality.MeasuredAssessment;
import org.telecrm.sla.quality.Measurement;
import org.telecrm.sla.quality.Metric;
import org.telecrm.sla.quality.Outage;
import org.telecrm.sla.quality.OutageCause;
import org.telecrm.sla.quality.OverrunCredit;
import org.telecrm.sla.quality.QualityAssessment;
import org.telecrm.sla.quality.QualityCase;
import org.telecrm.sla.quality.QualityCompensation;
import org.telecrm.sla.quality.QualityError;
import org.telecrm.sla.quality.QualityLevel;
import org.telecrm.sla.quality.QualityLevelTable;
import org.telecrm.sla.quality.QualityLevelTerms;
import org.telecrm.sla.quality.Uplift;
import org.telecrm.sla.settlement.CircuitReport;
import org.telecrm.sla.settlement.MonthlySettlement;
import org.telecrm.sla.settlement.MonthlyStatement;
import org.telecrm.sla.settlement.OperationReport;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The SLA walk-through of docs/sla-contracts.md, end to end through the public API only: build a contract, activate it, evaluate a
 * late order and a month of outages, settle the month, raise, confirm and settle the claims, and read the report.
 * Every number asserted here is derived by hand in the comments.
 */
class SlaWalkThroughTest {

    /** Beijing time, as the contract measures months. */
    private static Instant bj(String localDateTime) {
        return OffsetDateTime.parse(localDateTime + "+08:00").toInstant();
    }

    // 1. Build: a draft with personalised terms (DDN express opens in 6 working days instead of 8), two circuits.
    static final SlaContractId ID = SlaContractId.of("SLA-2026-0042");
    static final Circuit DDN = new Circuit(CircuitId.of("DDN-0755-2026-0001"), Product.DDN, Region.of("Shenzhen Futian"),
            Region.of("Guangzhou Tianhe"), Bandwidth.ofKbps(2048), ProvisioningClass.EXPRESS,
            QualityLevelTable.LEVEL_1, Money.ofYuan(8000), Money.ofYuan(2000));
    static final Circuit LEASED = new Circuit(CircuitId.of("DC-0755-2026-0002"), Product.DIGITAL_CIRCUIT,
            Region.of("Shenzhen Nanshan"), Region.of("Hong Kong"), Bandwidth.ofMbps(155), ProvisioningClass.NORMAL,
            QualityLevelTable.LEVEL_2, Money.ofYuan(20000), Money.ofYuan(30000));
    static final Instant AT = Instant.parse("2025-12-20T02:00:00Z");
    static final ContractSigning SIGNING =
            new ContractSigning("Li Wei, CIO", "Zhang Min, key-account department", LocalDate.of(2025, 12, 20));

    static SlaContract drafted() {
        PersonalisedTerms clauses = PersonalisedTerms.forContract("SLA-2026-0042")
                .set(TermScope.row(Product.DDN, ProvisioningClass.EXPRESS), new Term.Deadline(6))
                .build().get();
        ContractTerms terms = ContractTerms.defaults(ID).withProvisioning(clauses);   // + sample quality levels, Beijing time
        return SlaContract.draft(ID, CustomerId.of("C-440300-000123"), AccountId.of("A-0755-88001234"),
                        new ValidityPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)), terms, AT)
                .flatMap(c -> c.state().addCircuit(DDN, AT))
                .flatMap(c -> c.state().addCircuit(LEASED, AT))
                .get().state();
    }

    /** The walk-through's month of outages of the DDN circuit. */
    static Seq<Outage> march() {
        return List.of(
                Outage.of("T-1", DDN.id(), bj("2026-03-10T01:00"), bj("2026-03-10T04:30"), OutageCause.PROVIDER)
                        .respondedAt(bj("2026-03-10T01:20")),                                  // 3.5 h, response 20 min
                Outage.of("T-2", DDN.id(), bj("2026-03-10T02:00"), bj("2026-03-10T03:00"), OutageCause.PROVIDER)
                        .respondedAt(bj("2026-03-10T02:05")),                                  // inside T-1: counted once
                Outage.of("T-3", DDN.id(), bj("2026-03-15T09:00"), bj("2026-03-15T14:00"), OutageCause.CUSTOMER_SIDE),
                Outage.of("T-4", DDN.id(), bj("2026-03-20T00:00"), bj("2026-03-21T00:00"), OutageCause.FORCE_MAJEURE),
                Outage.of("T-5", DDN.id(), bj("2026-03-31T23:00"), bj("2026-04-01T01:00"), OutageCause.PROVIDER)
                        .respondedAt(bj("2026-03-31T23:10")));                                 // 1 h of it in March
    }

    @Test
    void buildActivateEvaluateClaimSettleAndReport() {
        SlaContract contract = drafted();
        Circuit ddn = DDN;
        Circuit leased = LEASED;
        Instant at = AT;

        // 2. Activate: signed by both sides, with the signing date.
        Changed<SlaContract, SlaContractEvent> activated = contract.activate(SIGNING, at).get();
        contract = activated.state();
        assertInstanceOf(ContractStatus.Active.class, contract.status());
        assertInstanceOf(SlaContractEvent.ContractActivated.class, activated.events().single());

        // 3. Evaluate a late order: accepted Mon 2026-03-02; 6 working days -> due Tue 03-10; completed Fri 03-13,
        //    3 working days late; charged 150% of 8000.00 = 12000.00; 12000.00 x 5% x 3 = 1800.00.
        WorkingDayCalendar calendar = WorkingDayCalendar.official();
        ProvisioningOrder so1 = ProvisioningOrder.completed(ProvisioningOrderId.of("SO-1"), ddn.id(),
                LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 13));
        OrderEvaluation late = contract.evaluateOrder(so1, calendar).get();
        assertEquals(1, late.termsVersion());
        assertEquals(LocalDate.of(2026, 3, 10), late.assessment().dueOn());
        assertEquals(3, late.assessment().workingDaysLate());
        assertEquals(Money.ofYuan(1800), late.assessment().compensation());
        assertTrue(late.breach().isDefined());

        // 4. Evaluate a month of outages of the DDN circuit (level L1: 99.95%, response 15 min, restoration 2 h).
        Seq<Outage> march = march();
        QualityEvaluation month = contract.evaluateQuality(ddn.id(), YearMonth.of(2026, 3), march).get();
        QualityAssessment q = month.assessment();
        // downtime 3.5 h + 1 h = 4.5 h of 744 h: 739.5 / 744 = 99.3951...%, below 99.95% by 5.548 tenths of a
        // percent: 6 started units x 10% = 60%; restoration 1.5 h over 2 h: 2 started hours x 5% = 10%;
        // response 5 min over 15 min: 1 started half hour x 2% = 2%; 72% of 2000.00 = 1440.00.
        assertEquals("99.3951%", q.availability().toPercentString());
        assertFalse(q.targetMet());
        assertEquals(6, q.shortfallUnits());
        assertEquals(2, q.restorationUnits());
        assertEquals(1, q.responseUnits());
        assertEquals(Money.ofYuan(1440), q.credit());
        assertFalse(q.capped());

        // 5. Settle the month: the claims due and the operation report.
        ProvisioningOrder so2 = ProvisioningOrder.completed(ProvisioningOrderId.of("SO-2"), leased.id(),
                LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 20));                          // 20 working days: on time
        MonthlySettlement settlement = MonthlySettlement.of(calendar);
        MonthlyStatement statement = settlement.settle(contract, YearMonth.of(2026, 3), List.of(so1, so2), march).get();
        assertEquals(List.of(late.breach().get(), month.breach().get()), statement.claimsDue());
        assertEquals(Money.ofYuan(3240), statement.dueTotal());
        assertTrue(statement.problems().isEmpty());

        // 6. Raise a claim per breach due, with the responsible bureau and segment; raising one again is a no-op.
        Instant april = bj("2026-04-02T10:00");
        Responsibility futian = new Responsibility("Shenzhen Futian bureau", "A-end access segment");
        int number = 1;
        for (Breach breach : statement.claimsDue()) {
            ClaimId claimId = ClaimId.of("PF-2026-03-000" + number++);
            contract = contract.raiseClaim(claimId, breach, futian, april).get().changed().state();
        }
        ClaimRaising again = contract.raiseClaim(ClaimId.of("PF-2026-03-0099"), late.breach().get(), futian, april).get();
        assertEquals("breach DDN-0755-2026-0001/LATE_PROVISIONING/SO-1 already has claim PF-2026-03-0001; nothing changed",
                assertInstanceOf(ClaimRaising.AlreadyRaised.class, again).message());
        assertEquals(ClaimId.of("PF-2026-03-0001"), again.claim());
        assertTrue(again.changed().changedNothing());

        // 7. Both sides confirm, then the key-account department settles; the event carries the credit to post.
        ClaimId first = ClaimId.of("PF-2026-03-0001");
        contract = contract.confirmClaim(first, new Confirmation(Side.CUSTOMER, "Li Wei", LocalDate.of(2026, 4, 3)), april)
                .flatMap(c -> c.state().confirmClaim(first, new Confirmation(Side.PROVIDER, "Zhang Min", LocalDate.of(2026, 4, 3)), april))
                .get().state();
        assertInstanceOf(ClaimStatus.Confirmed.class, contract.claim(first).get().status());
        Changed<SlaContract, SlaContractEvent> settled = contract.settleClaim(first, LocalDate.of(2026, 4, 10), april).get();
        contract = settled.state();
        CompensationCredit credit = ((SlaContractEvent.ClaimSettled) settled.events().single()).credit();
        assertEquals(AccountId.of("A-0755-88001234"), credit.account());
        assertEquals(first, credit.reference());          // the posting reference: the account posts it once
        assertEquals(Money.ofYuan(1800), credit.amount());
        assertTrue(credit.basis().exists(line -> line.contains("3 working day(s) late")));
        assertTrue(contract.settleClaim(first, LocalDate.of(2026, 4, 10), april).get().changedNothing());

        // 8. Read the report (settling again now lists both breaches as already claimed, none due).
        OperationReport report = settlement.settle(contract, YearMonth.of(2026, 3), List.of(so1, so2), march).get().report();
        CircuitReport ddnLine = report.circuit(ddn.id()).get();
        assertEquals(0, ddnLine.completedOnTime());
        assertEquals(1, ddnLine.completedLate());
        assertEquals(Money.ofYuan(3240), ddnLine.totalCredit());
        CircuitReport leasedLine = report.circuit(leased.id()).get();
        assertEquals(1, leasedLine.completedOnTime());
        assertEquals("100.0000%", leasedLine.availability().toPercentString());
        assertEquals(Money.ZERO, leasedLine.totalCredit());
        assertEquals(List.of(
                "SLA operation report 2026-03, contract SLA-2026-0042, customer C-440300-000123: 1/2 orders on time, "
                        + "1/2 circuits met their availability target, credits 3240.00",
                "DDN-0755-2026-0001: provisioning 0/1 on time; availability 99.3951% against 99.95% (missed); "
                        + "credits: provisioning 1800.00, quality 1440.00, total 3240.00",
                "DC-0755-2026-0002: provisioning 1/1 on time; availability 100.0000% against 99.9% (met); "
                        + "credits: provisioning 0.00, quality 0.00, total 0.00"), report.describe());
    }

    static SlaContract activated() {
        return drafted().activate(SIGNING, AT).get().state();
    }

    @Test
    void amendmentsAddAVersionAndAnOrderKeepsTheTermsInForceAtItsAcceptance() {
        SlaContract contract = activated();
        WorkingDayCalendar calendar = WorkingDayCalendar.official();
        Instant at = AT;
        SlaContract amended = contract.amendTerms(
                ContractTerms.defaults(ID).withProvisioning(PersonalisedTerms.forContract("SLA-2026-0042")
                        .set(TermScope.row(Product.DDN, ProvisioningClass.EXPRESS), new Term.Deadline(5)).build().get()),
                LocalDate.of(2026, 4, 1),     // effective from
                LocalDate.of(2026, 3, 20),    // agreed on (an amendment never takes effect before it is agreed)
                at).get().state();
        assertEquals(1, amended.termsInForceOn(LocalDate.of(2026, 3, 31)).get().number());
        assertEquals(2, amended.termsInForceOn(LocalDate.of(2026, 4, 1)).get().number());
        OrderEvaluation before = amended.evaluateOrder(ProvisioningOrder.completed(ProvisioningOrderId.of("SO-7"), DDN.id(),
                LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 30)), calendar).get();
        assertEquals(1, before.termsVersion());                                         // accepted before: old terms
        assertEquals(6, before.assessment().terms().deadlineWorkingDays().value());
        assertEquals("deadline: 6 working days, from contract SLA-2026-0042 (DDN/EXPRESS)",
                before.assessment().terms().describe().head());
    }

    @Test
    void aClaimIsRejectedWithAReasonBeforeBothSidesConfirm() {
        SlaContract contract = activated();
        Breach quality = contract.evaluateQuality(DDN.id(), YearMonth.of(2026, 3), march()).get().breach().get();
        Instant april = bj("2026-04-02T10:00");
        contract = contract.raiseClaim(ClaimId.of("PF-2026-03-0002"), quality,
                new Responsibility("Shenzhen Futian bureau", "A-end access segment"), april).get().changed().state();
        contract = contract.rejectClaim(ClaimId.of("PF-2026-03-0002"), Side.CUSTOMER,
                "T-1 was caused by our own power supply", LocalDate.of(2026, 4, 3), april).get().state();
        assertEquals(ClaimStatus.Kind.REJECTED, contract.claim(ClaimId.of("PF-2026-03-0002")).get().status().kind());
    }

    @Test
    void aQualityCreditSaysWhatDecidedIt() {
        QualityAssessment q = QualityCompensation.sample().assess(QualityCase.forMonth(DDN.id(), QualityLevelTable.LEVEL_1,
                Money.ofYuan(2000), YearMonth.of(2026, 3), march())).get();
        assertEquals(List.of(
                "circuit DDN-0755-2026-0001, quality level L1, 2026-03: measured 2026-03-01T00:00 .. 2026-04-01T00:00 "
                        + "Asia/Shanghai (PT744H)",
                "provider downtime PT4H30M from 3 outage record(s) [T-1, T-2, T-5], overlaps counted once; "
                        + "2 customer-side or force-majeure record(s) [T-3, T-4] ignored",
                "availability 99.3951% is below the target 99.95%: 6 started unit(s) of 0.1% x 10%",
                "restoration: PT1H30M beyond the PT2H limit in total: 2 started unit(s) of PT1H x 5%",
                "response: PT5M beyond the PT15M limit in total: 1 started unit(s) of PT30M x 2%",
                "credit 72% of the monthly rental 2000.00 = 1440.00 (accrued 72%, cap 100%)"), q.describe());
    }

    @Test
    void aContractCanHaveItsOwnQualityLevels() {
        QualityLevelTerms gold = new QualityLevelTerms(QualityLevel.of("GOLD"), Rate.percent("99.99"),
                Duration.ofMinutes(10), Duration.ofHours(1),
                new AvailabilityCredit(Rate.percent("0.01"), Rate.percent(5)),   // 5% of the rental per started 0.01% below
                new OverrunCredit(Duration.ofMinutes(15), Rate.percent(1)),       // 1% per started 15 min late response
                new OverrunCredit(Duration.ofMinutes(30), Rate.percent(5)),       // 5% per started 30 min late restoration
                Rate.percent(50));                                                // at most half the monthly rental
        QualityLevelTable table = QualityLevelTable.of(List.of(gold), RoundingMode.HALF_UP).get();
        ContractTerms terms = ContractTerms.defaults(ID).withQuality(table);
        assertTrue(terms.quality().defines(QualityLevel.of("GOLD")));

        QualityLevelTerms broken = new QualityLevelTerms(QualityLevel.of("X"), Rate.percent(101), gold.responseLimit(),
                gold.restorationLimit(), gold.availabilityCredit(), gold.responseCredit(), gold.restorationCredit(), Rate.ONE);
        assertEquals(List.of("levels.X.availabilityTarget must be above 0% and at most 100%, was 101%"),
                QualityLevelTable.of(List.of(broken), RoundingMode.HALF_UP).getError().map(QualityError::message));
    }

    @Test
    void aStoredContractIsRestoredWithoutRulesOrEvents() {
        SlaContract c = activated();
        SlaContract copy = SlaContract.restore(c.id(), c.customer(), c.creditAccount(), c.validity(), c.status(),
                c.circuits(), c.termsVersions(), c.claims()).get();
        assertEquals(c, copy);
    }

    /** The twin of docs/sla-contracts.md, "Priced quality levels and measured commitments". */
    @Test
    void aContractPricesItsQualityLevelsAndCommitsToMeasuredQualities() {
        SlaContractId pricedId = SlaContractId.of("SLA-2026-0077");
        LevelPrices ownPrices = LevelPrices.of(List.of(new LevelPrices.LevelPrice(QualityLevelTable.LEVEL_1,
                new Uplift.Fixed(Money.ofYuan(450))))).get();
        ContractTerms pricedTerms = ContractTerms.defaults(pricedId)
                .withQuality(QualityLevelTable.SAMPLE_WITH_MEASURED)
                .withPrices(ownPrices);
        Circuit goldCircuit = new Circuit(CircuitId.of("DDN-0755-2026-0077"), Product.DDN, Region.of("Shenzhen Futian"),
                Region.of("Guangzhou Tianhe"), Bandwidth.ofKbps(2048), ProvisioningClass.EXPRESS,
                QualityLevelTable.LEVEL_1, Money.ofYuan(8000), Money.ofYuan(2000));
        Circuit silverCircuit = new Circuit(CircuitId.of("DC-0755-2026-0078"), Product.DIGITAL_CIRCUIT,
                Region.of("Shenzhen Nanshan"), Region.of("Hong Kong"), Bandwidth.ofMbps(155), ProvisioningClass.NORMAL,
                QualityLevelTable.LEVEL_2, Money.ofYuan(20000), Money.ofYuan(30000));
        assertEquals(Money.ofYuan(450), pricedTerms.monthlyUplift(goldCircuit).get());
        assertEquals(Money.ofYuan(4_500), pricedTerms.monthlyUplift(silverCircuit).get());

        Instant signedAt = Instant.parse("2025-12-20T02:00:00Z");
        SlaContract measuredContract = SlaContract.draft(pricedId, CustomerId.of("C-440300-000123"),
                        AccountId.of("A-0755-88001234"), new ValidityPeriod(LocalDate.of(2026, 1, 1),
                                LocalDate.of(2026, 12, 31)), pricedTerms, signedAt)
                .flatMap(c -> c.state().addCircuit(goldCircuit, signedAt))
                .flatMap(c -> c.state().activate(new ContractSigning("Li Wei, CIO", "Zhang Min, key-account department",
                        LocalDate.of(2025, 12, 20)), signedAt))
                .get().state();
        Instant aprilFirst = OffsetDateTime.parse("2026-04-01T00:00+08:00").toInstant();
        Seq<Measurement> slow = List.range(0, 32).map(i -> new Measurement(goldCircuit.id(), Metric.LATENCY,
                aprilFirst.plus(Duration.ofMinutes(5L * i)), new BigDecimal("35")));
        MeasuredAssessment measuredApril = measuredContract.evaluateMeasured(goldCircuit.id(), YearMonth.of(2026, 4),
                List.empty(), slow).get().assessment();
        assertEquals(Money.ofYuan(200), measuredApril.credit());
        assertEquals(Money.ofYuan(200), measuredApril.totalCredit());
        assertEquals("LATENCY: 32 of 32 measured window(s) of 8640 above 20 ms,"
                + " 20 beyond the allowance of 12 x 0.5% = 10%", measuredApril.describe().head());
    }
}
