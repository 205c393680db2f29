package org.telecrm.sla.contract;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.telecrm.money.Money;
import org.telecrm.sla.claim.Breach;
import org.telecrm.sla.claim.BreachId;
import org.telecrm.sla.claim.BreachKind;
import org.telecrm.sla.claim.ClaimId;
import org.telecrm.sla.claim.ClaimStatus;
import org.telecrm.sla.claim.CompensationCredit;
import org.telecrm.sla.claim.Confirmation;
import org.telecrm.sla.claim.Side;
import org.telecrm.sla.quality.MeasuredAssessment;
import org.telecrm.sla.quality.Measurement;
import org.telecrm.sla.quality.Metric;
import org.telecrm.sla.quality.Outage;
import org.telecrm.sla.quality.OutageCause;
import org.telecrm.sla.quality.QualityLevelTable;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.telecrm.sla.contract.ContractFixtures.ACCOUNT;
import static org.telecrm.sla.contract.ContractFixtures.APRIL_2;
import static org.telecrm.sla.contract.ContractFixtures.AT;
import static org.telecrm.sla.contract.ContractFixtures.BUREAU;
import static org.telecrm.sla.contract.ContractFixtures.CUSTOMER;
import static org.telecrm.sla.contract.ContractFixtures.DDN;
import static org.telecrm.sla.contract.ContractFixtures.ID;
import static org.telecrm.sla.contract.ContractFixtures.LEASED;
import static org.telecrm.sla.contract.ContractFixtures.SIGNING;
import static org.telecrm.sla.contract.ContractFixtures.YEAR_2026;
import static org.telecrm.sla.contract.ContractFixtures.badMarch;
import static org.telecrm.sla.contract.ContractFixtures.bj;
import static org.telecrm.sla.contract.ContractFixtures.ok;
import static org.telecrm.sla.contract.ContractFixtures.refused;

/**
 * A measured breach (latency, packet loss, jitter beyond the level's allowance) is claimed through the same flow as an
 * availability or provisioning breach: named after its breach, owing what the measurements add to the outages' credit
 * within the level's cap, confirmed, settled as a credit, restored; and it rests on the same outage records as the
 * month's quality claim.
 */
class MeasuredClaimTest {

    static final YearMonth MARCH = YearMonth.of(2026, 3);

    /** Signed on the sample levels with measured commitments, both circuits. */
    static SlaContract measuredContract() {
        return ok(SlaContract.draft(ID, CUSTOMER, ACCOUNT, YEAR_2026,
                        ContractTerms.defaults(ID).withQuality(QualityLevelTable.SAMPLE_WITH_MEASURED), AT)
                .flatMap(c -> c.state().addCircuit(DDN, AT)).flatMap(c -> c.state().addCircuit(LEASED, AT))
                .flatMap(c -> c.state().activate(SIGNING, AT)));
    }

    /** DDN latency of 35 ms (the L1 limit is 20 ms) in the first {@code windows} 5-minute windows of March. */
    static Seq<Measurement> slowMarch(int windows) {
        return List.range(0, windows).map(i -> new Measurement(DDN.id(), Metric.LATENCY,
                bj("2026-03-01T00:00").plus(Duration.ofMinutes(5L * i)), new BigDecimal("35")));
    }

    static MeasuredEvaluation march(SlaContract contract, Seq<Outage> outages, int slowWindows) {
        return contract.evaluateMeasured(DDN.id(), MARCH, outages, slowMarch(slowWindows)).get();
    }

    static SlaContract raised(SlaContract contract, String claim, Breach breach) {
        return contract.raiseClaim(ClaimId.of(claim), breach, BUREAU, APRIL_2).get().changed().state();
    }

    @Test
    void aMeasuredBreachIsNamedAfterItsCircuitAndMonthAndOwesWhatTheMeasurementsAdd() {
        // 32 windows above 20 ms: 20 beyond the 12 free x 0.5% = 10% of the rental 2000.00 = 200.00; no outage
        MeasuredEvaluation e = march(measuredContract(), List.empty(), 32);
        Breach breach = e.breach().get();
        assertEquals(new BreachId(DDN.id(), BreachKind.MEASURED, "2026-03"), breach.id());
        assertEquals("DDN-1/MEASURED/2026-03", breach.id().toString());
        assertEquals(Money.ofYuan(200), breach.amount());
        assertEquals(LocalDate.of(2026, 3, 1), breach.termsDate());
        assertEquals(1, breach.termsVersion());
        assertEquals(Option.none(), e.qualityBreach());
        assertEquals("measured breach of circuit DDN-1 in 2026-03 under contract SLA-T-1 terms version 1",
                breach.basis().head());
        assertTrue(breach.basis().exists(line -> line.startsWith("LATENCY: 32 of 32 measured window(s) of 8928")),
                breach.basis().mkString("\n"));
        // within the allowance: nothing owed, no breach to claim
        assertEquals(Option.none(), march(measuredContract(), List.empty(), 12).breach());
    }

    @Test
    void itIsClaimedConfirmedAndSettledLikeEveryOtherBreach() {
        SlaContract contract = measuredContract();
        Breach breach = march(contract, List.empty(), 32).breach().get();
        ClaimRaising raising = contract.raiseClaim(ClaimId.of("PF-" + breach.id()), breach, BUREAU, APRIL_2).get();
        assertInstanceOf(ClaimRaising.Raised.class, raising);
        SlaContract withClaim = raising.changed().state();
        SlaContractEvent.ClaimRaised event = (SlaContractEvent.ClaimRaised) raising.changed().events().single();
        assertEquals(breach.id(), event.breach());
        assertEquals(Money.ofYuan(200), event.amount());
        // one claim per breach: the same month evaluated again is the same breach
        ClaimRaising again = withClaim.raiseClaim(ClaimId.of("PF-9"), march(withClaim, List.empty(), 40).breach().get(),
                BUREAU, APRIL_2).get();
        assertInstanceOf(ClaimRaising.AlreadyRaised.class, again);
        ClaimId id = ClaimId.of("PF-DDN-1/MEASURED/2026-03");
        SlaContract settled = ok(withClaim.confirmClaim(id, new Confirmation(Side.CUSTOMER, "Li Wei",
                        LocalDate.of(2026, 4, 5)), AT)
                .flatMap(c -> c.state().confirmClaim(id, new Confirmation(Side.PROVIDER, "Zhang Min",
                        LocalDate.of(2026, 4, 6)), AT))
                .flatMap(c -> c.state().settleClaim(id, LocalDate.of(2026, 4, 7), AT)));
        assertInstanceOf(ClaimStatus.Settled.class, settled.claim(id).get().status());
        CompensationCredit credit = settled.claim(id).get().credit(ACCOUNT, CUSTOMER).get();
        assertEquals(Money.ofYuan(200), credit.amount());
        assertEquals(breach.id(), credit.breach());
        assertEquals(breach.basis(), credit.basis());
    }

    @Test
    void itCannotBeClaimedBeforeTheMonthIsOverNorWhenItOwesNothing() {
        SlaContract contract = measuredContract();
        Breach breach = march(contract, List.empty(), 32).breach().get();
        SlaContractRejection early = refused(contract.raiseClaim(ClaimId.of("PF-1"), breach, BUREAU,
                bj("2026-03-31T23:59")));
        assertInstanceOf(SlaContractRejection.BreachNotFinal.class, early);
        assertEquals("breach DDN-1/MEASURED/2026-03 cannot be claimed yet: the measured month ends at "
                + "2026-03-31T16:00:00Z, after 2026-03-31T15:59:00Z", early.message());
        Breach.MeasuredBreach nothing = new Breach.MeasuredBreach(ID, DDN.id(), MARCH, 1,
                march(contract, List.empty(), 12).assessment());
        assertInstanceOf(SlaContractRejection.NothingOwed.class,
                refused(contract.raiseClaim(ClaimId.of("PF-1"), nothing, BUREAU, APRIL_2)));
    }

    @Test
    void theQualityAndTheMeasuredClaimOfAMonthTogetherOweAtMostTheCap() {
        SlaContract contract = measuredContract();
        // badMarch: 5 h down: 7 shortfall units x 10% + 3 restoration hours x 5% = 85% = 1700.00
        MeasuredEvaluation some = march(contract, badMarch(), 32);
        assertEquals(Money.ofYuan(1700), some.qualityBreach().get().amount());
        assertEquals(Money.ofYuan(200), some.breach().get().amount());
        // 72 slow windows: 60 x 0.5% = 30% more, 115% in all: the cap (the whole rental) leaves 300.00
        MeasuredEvaluation capped = march(contract, badMarch(), 72);
        assertEquals(Money.ofYuan(300), capped.breach().get().amount());
        assertTrue(capped.assessment().capped());
        SlaContract both = raised(raised(contract, "PF-1", capped.qualityBreach().get()), "PF-2",
                capped.breach().get());
        assertEquals(Money.ofYuan(2000), both.claims().map(CompensationClaim::amount)
                .fold(Money.ZERO, Money::plus));
        // the quality breach of evaluateMeasured is evaluateQuality's
        assertEquals(contract.evaluateQuality(DDN.id(), MARCH, badMarch()).get().breach(), capped.qualityBreach());
    }

    @Test
    void bothClaimsOfAMonthRestOnTheSameOutageRecords() {
        SlaContract contract = measuredContract();
        Seq<Outage> fewer = List.of(Outage.of("T-9", DDN.id(), bj("2026-03-12T01:00"), bj("2026-03-12T04:00"),
                OutageCause.PROVIDER));
        Breach quality = march(contract, badMarch(), 32).qualityBreach().get();
        Breach measuredOnFewer = march(contract, fewer, 32).breach().get();
        SlaContractRejection r = refused(raised(contract, "PF-1", quality)
                .raiseClaim(ClaimId.of("PF-2"), measuredOnFewer, BUREAU, APRIL_2));
        assertEquals(new SlaContractRejection.OtherOutageEvidence(measuredOnFewer.id(), ClaimId.of("PF-1"),
                quality.id()), r);
        assertEquals("breach DDN-1/MEASURED/2026-03 was assessed on other outages than claim PF-1 for breach "
                + "DDN-1/QUALITY/2026-03; evaluate the month again on the same outage records", r.message());
        // and the other way round
        Breach qualityOnFewer = march(contract, fewer, 32).qualityBreach().get();
        assertEquals(new SlaContractRejection.OtherOutageEvidence(qualityOnFewer.id(), ClaimId.of("PF-2"),
                        measuredOnFewer.id()),
                refused(raised(contract, "PF-2", march(contract, badMarch(), 32).breach().get())
                        .raiseClaim(ClaimId.of("PF-3"), qualityOnFewer, BUREAU, APRIL_2)));
        // on the same records, both are accepted; a late provisioning of the circuit is not concerned
        SlaContract both = raised(raised(contract, "PF-1", quality), "PF-2", march(contract, badMarch(), 40)
                .breach().get());
        assertEquals(2, both.claims().size());
        assertEquals(3, raised(both, "PF-3", ContractFixtures.lateBreach(both)).claims().size());
    }

    @Test
    void evidenceOfAnotherLevelOrOtherCommitmentsIsRefused() {
        SlaContract contract = measuredContract();
        MeasuredAssessment a = march(contract, List.empty(), 32).assessment();
        MeasuredAssessment fewerCommitments = new MeasuredAssessment(a.outages(), a.commitments().take(1),
                a.accruedShare(), a.credit(), a.capped());
        SlaContractRejection r = refused(contract.raiseClaim(ClaimId.of("PF-1"),
                new Breach.MeasuredBreach(ID, DDN.id(), MARCH, 1, fewerCommitments), BUREAU, APRIL_2));
        assertEquals("breach DDN-1/MEASURED/2026-03 cannot be claimed under this contract: its measurements were "
                + "assessed against other commitments than its level's in version 1", r.message());
        // the month of another circuit, under this breach's name
        MeasuredAssessment leased = contract.evaluateMeasured(LEASED.id(), MARCH, List.empty(), List.empty()).get()
                .assessment();
        SlaContractRejection other = refused(contract.raiseClaim(ClaimId.of("PF-1"),
                new Breach.MeasuredBreach(ID, DDN.id(), MARCH, 1, leased), BUREAU, APRIL_2));
        assertInstanceOf(SlaContractRejection.NotThisContractsBreach.class, other);
        assertTrue(other.message().contains("its assessment is of circuit DC-2"), other.message());
        // measured under the sample table without measured commitments: other quality terms
        MeasuredAssessment plain = ContractFixtures.active().evaluateMeasured(DDN.id(), MARCH, List.empty(),
                slowMarch(32)).get().assessment();
        assertTrue(refused(contract.raiseClaim(ClaimId.of("PF-1"), new Breach.MeasuredBreach(ID, DDN.id(), MARCH, 1,
                plain), BUREAU, APRIL_2)).message().contains("other quality terms than version 1"));
    }

    @Test
    void aContractWithBothClaimsRestoresAndOneWhoseClaimsDisagreeDoesNot() {
        SlaContract contract = measuredContract();
        SlaContract both = raised(raised(contract, "PF-1", march(contract, badMarch(), 32).qualityBreach().get()),
                "PF-2", march(contract, badMarch(), 32).breach().get());
        assertEquals(both, restore(both.claims()).get());
        Seq<Outage> fewer = List.of(Outage.of("T-9", DDN.id(), bj("2026-03-12T01:00"), bj("2026-03-12T04:00"),
                OutageCause.PROVIDER));
        CompensationClaim tampered = new CompensationClaim(ClaimId.of("PF-2"), march(contract, fewer, 32).breach().get(),
                BUREAU, APRIL_2, ClaimStatus.Raised.unconfirmed());
        String problems = restore(both.claims().init().append(tampered)).getLeft().message();
        assertTrue(problems.contains("claims[1].breach") && problems.contains("other outages than claim PF-1"),
                problems);
    }

    private static io.vavr.control.Either<org.telecrm.kernel.RestoreError, SlaContract> restore(
            Seq<CompensationClaim> claims) {
        SlaContract c = measuredContract();
        return SlaContract.restore(c.getId(), c.customer(), c.creditAccount(), c.validity(), c.status(), c.circuits(),
                c.termsVersions(), claims);
    }
}
