package org.telecrm.sla.contract;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.telecrm.kernel.Changed;
import org.telecrm.kernel.FieldProblem;
import org.telecrm.kernel.RestoreError;
import org.telecrm.money.Money;
import org.telecrm.money.Rate;
import org.telecrm.sla.CircuitId;
import org.telecrm.sla.ProvisioningOrderId;
import org.telecrm.sla.SlaContractId;
import org.telecrm.sla.claim.Breach;
import org.telecrm.sla.claim.BreachId;
import org.telecrm.sla.claim.ClaimId;
import org.telecrm.sla.claim.ClaimStatus;
import org.telecrm.sla.claim.CompensationCredit;
import org.telecrm.sla.claim.Confirmation;
import org.telecrm.sla.claim.Responsibility;
import org.telecrm.sla.claim.Side;
import org.telecrm.sla.provisioning.PersonalisedTerms;
import org.telecrm.sla.quality.QualityLevel;
import org.telecrm.sla.quality.QualityLevelTable;
import org.telecrm.sla.quality.QualityLevelTerms;

import java.math.RoundingMode;
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
import static org.telecrm.sla.contract.ContractFixtures.CALENDAR;
import static org.telecrm.sla.contract.ContractFixtures.CUSTOMER;
import static org.telecrm.sla.contract.ContractFixtures.DDN;
import static org.telecrm.sla.contract.ContractFixtures.ID;
import static org.telecrm.sla.contract.ContractFixtures.LEASED;
import static org.telecrm.sla.contract.ContractFixtures.SIGNING;
import static org.telecrm.sla.contract.ContractFixtures.YEAR_2026;
import static org.telecrm.sla.contract.ContractFixtures.active;
import static org.telecrm.sla.contract.ContractFixtures.badMarch;
import static org.telecrm.sla.contract.ContractFixtures.bj;
import static org.telecrm.sla.contract.ContractFixtures.ddnExpressDeadline;
import static org.telecrm.sla.contract.ContractFixtures.draft;
import static org.telecrm.sla.contract.ContractFixtures.draftWithCircuits;
import static org.telecrm.sla.contract.ContractFixtures.lateBreach;
import static org.telecrm.sla.contract.ContractFixtures.lateDdnOrder;
import static org.telecrm.sla.contract.ContractFixtures.ok;
import static org.telecrm.sla.contract.ContractFixtures.order;
import static org.telecrm.sla.contract.ContractFixtures.qualityBreach;
import static org.telecrm.sla.contract.ContractFixtures.refused;

/** The SLA contract's rules, one nested class per rule, on the fixtures' contract (2026, DDN and a leased circuit). */
class SlaContractTest {

    static final LocalDate APR_3 = LocalDate.of(2026, 4, 3);

    static SlaContract raised(SlaContract contract, String claimId, Breach breach) {
        return contract.raiseClaim(ClaimId.of(claimId), breach, BUREAU, APRIL_2).get().changed().state();
    }

    static SlaContract confirmedByBoth(SlaContract contract, String claimId) {
        ClaimId id = ClaimId.of(claimId);
        return ok(contract.confirmClaim(id, new Confirmation(Side.CUSTOMER, "Li Wei", APR_3), APRIL_2)
                .flatMap(c -> c.state().confirmClaim(id, new Confirmation(Side.PROVIDER, "Zhang Min", APR_3), APRIL_2)));
    }

    @Nested
    class Drafting {

        @Test
        void aDraftRaisesItsCreationEventAndHasVersionOneFromTheFirstValidDay() {
            Changed<SlaContract, SlaContractEvent> drafted = SlaContract.draft(ID, CUSTOMER, ACCOUNT, YEAR_2026,
                    ContractTerms.defaults(ID), AT).get();
            assertEquals(List.of(new SlaContractEvent.ContractDrafted(ID, CUSTOMER, ACCOUNT, YEAR_2026, AT)), drafted.events());
            SlaContract d = drafted.state();
            assertInstanceOf(ContractStatus.Draft.class, d.status());
            assertEquals(List.of(new TermsVersion(1, LocalDate.of(2026, 1, 1), ContractTerms.defaults(ID))), d.termsVersions());
            assertTrue(d.circuits().isEmpty() && d.claims().isEmpty());
            assertTrue(!d.covers(LocalDate.of(2026, 3, 1)), "a draft answers for nothing");
        }

        @Test
        void termsOfAnotherContractAreRefused() {
            SlaContractRejection r = refused(SlaContract.draft(ID, CUSTOMER, ACCOUNT, YEAR_2026,
                    ContractTerms.defaults(SlaContractId.of("SLA-OTHER")), AT));
            assertEquals("terms.provisioning names contract SLA-OTHER, not SLA-T-1", r.message());
        }

        @Test
        void circuitsComeAndGoAndTheSameCircuitTwiceChangesNothing() {
            SlaContract d = draftWithCircuits();
            assertEquals(List.of(DDN, LEASED), d.circuits());
            assertTrue(d.addCircuit(DDN, AT).get().changedNothing());
            SlaContract without = ok(d.removeCircuit(DDN.id(), AT));
            assertEquals(List.of(LEASED), without.circuits());
            assertTrue(without.removeCircuit(DDN.id(), AT).get().changedNothing());
        }

        @Test
        void anotherCircuitWithTheSameNumberIsRefused() {
            Circuit other = new Circuit(DDN.id(), DDN.product(), DDN.aEnd(), DDN.zEnd(), DDN.bandwidth(),
                    DDN.provisioningClass(), DDN.qualityLevel(), DDN.standardOneTimeFee(), Money.ofYuan(1));
            assertInstanceOf(SlaContractRejection.DuplicateCircuit.class, refused(draftWithCircuits().addCircuit(other, AT)));
        }

        @Test
        void negativePricesAreRefusedNamingTheField() {
            Circuit negative = new Circuit(CircuitId.of("X"), DDN.product(), DDN.aEnd(), DDN.zEnd(), DDN.bandwidth(),
                    DDN.provisioningClass(), DDN.qualityLevel(), DDN.standardOneTimeFee(), Money.ofFen(-1));
            assertEquals("circuit X monthlyRental must not be negative, was -0.01",
                    refused(draft().addCircuit(negative, AT)).message());
        }

        @Test
        void theDraftsTermsCanBeRevisedBeforeSigning() {
            ContractTerms six = ddnExpressDeadline(ID, 6);
            SlaContract revised = ok(draft().reviseDraftTerms(six, AT));
            assertEquals(List.of(new TermsVersion(1, YEAR_2026.from(), six)), revised.termsVersions());
            assertTrue(revised.reviseDraftTerms(six, AT).get().changedNothing());
            assertInstanceOf(SlaContractRejection.NotInState.class, refused(active().reviseDraftTerms(six, AT)));
        }
    }

    @Nested
    class ActivationNeedsASigningACircuitAndCompleteTerms {

        @Test
        void activatedWithTheSigning() {
            Changed<SlaContract, SlaContractEvent> done = draftWithCircuits().activate(SIGNING, AT).get();
            assertEquals(new ContractStatus.Active(SIGNING), done.state().status());
            assertEquals(List.of(new SlaContractEvent.ContractActivated(ID, SIGNING, AT)), done.events());
            assertTrue(done.state().activate(SIGNING, AT).get().changedNothing(), "the same signing again");
        }

        @Test
        void noCircuit() {
            assertEquals("contract SLA-T-1 cannot be activated without a circuit",
                    refused(draft().activate(SIGNING, AT)).message());
        }

        @Test
        void aCircuitWhoseLevelTheTermsDoNotDefine() {
            Circuit platinum = new Circuit(CircuitId.of("P-1"), DDN.product(), DDN.aEnd(), DDN.zEnd(), DDN.bandwidth(),
                    DDN.provisioningClass(), QualityLevel.of("PLATINUM"), DDN.standardOneTimeFee(), DDN.monthlyRental());
            SlaContract d = ok(draftWithCircuits().addCircuit(platinum, AT));
            SlaContractRejection r = refused(d.activate(SIGNING, AT));
            assertInstanceOf(SlaContractRejection.IncompleteTerms.class, r);
            assertTrue(r.message().contains("circuit P-1's quality level PLATINUM is not in the quality-level table of terms version 1"),
                    r.message());
            assertEquals(r.message().substring(r.message().indexOf(": ") + 2), d.termsProblems().mkString("; "));
        }

        @Test
        void blankSignatoriesAndALateSigning() {
            SlaContract d = draftWithCircuits();
            assertEquals("signing.customerSignatory must not be blank",
                    refused(d.activate(new ContractSigning(" ", "Zhang Min", SIGNING.signedOn()), AT)).message());
            assertEquals("signing.providerSignatory must not be blank",
                    refused(d.activate(new ContractSigning("Li Wei", "", SIGNING.signedOn()), AT)).message());
            assertEquals("signing.signedOn 2027-01-01 must be on or before the validity's last day 2026-12-31",
                    refused(d.activate(new ContractSigning("Li Wei", "Zhang Min", LocalDate.of(2027, 1, 1)), AT)).message());
        }

        @Test
        void onlyADraftIsActivated() {
            SlaContractRejection r = refused(active().activate(new ContractSigning("Other", "Other", SIGNING.signedOn()), AT));
            assertEquals("contract SLA-T-1 is ACTIVE: activate is allowed only for a DRAFT contract", r.message());
        }

        @Test
        void circuitsAreFixedOnceSigned() {
            assertInstanceOf(SlaContractRejection.NotInState.class, refused(active().addCircuit(DDN, AT)));
            assertInstanceOf(SlaContractRejection.NotInState.class, refused(active().removeCircuit(DDN.id(), AT)));
        }
    }

    @Nested
    class SuspensionTerminationAndExpiry {

        @Test
        void suspendAndResume() {
            SlaContract suspended = ok(active().suspend(LocalDate.of(2026, 5, 1), "arrears", AT));
            assertEquals(new ContractStatus.Suspended(SIGNING, LocalDate.of(2026, 5, 1), "arrears"), suspended.status());
            assertTrue(suspended.suspend(LocalDate.of(2026, 5, 2), "again", AT).get().changedNothing());
            assertEquals("on 2026-04-30 must be on or after the suspension's start 2026-05-01",
                    refused(suspended.resume(LocalDate.of(2026, 4, 30), AT)).message());
            SlaContract resumed = ok(suspended.resume(LocalDate.of(2026, 5, 10), AT));
            assertEquals(new ContractStatus.Active(SIGNING), resumed.status());
            assertTrue(resumed.resume(LocalDate.of(2026, 5, 10), AT).get().changedNothing());
        }

        @Test
        void suspensionNeedsAReasonAndADayInsideTheContract() {
            assertEquals("reason must not be blank", refused(active().suspend(LocalDate.of(2026, 5, 1), " ", AT)).message());
            assertInstanceOf(SlaContractRejection.DateOutOfRange.class,
                    refused(active().suspend(LocalDate.of(2025, 12, 1), "early", AT)));
            assertInstanceOf(SlaContractRejection.NotInState.class, refused(draftWithCircuits().suspend(LocalDate.of(2026, 5, 1), "x", AT)));
        }

        @Test
        void terminationEndsTheCoverage() {
            SlaContract ended = ok(active().terminate(LocalDate.of(2026, 6, 30), "customer moved", AT));
            assertEquals(new ValidityPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30)), ended.coverage());
            assertTrue(ended.covers(LocalDate.of(2026, 6, 30)));
            assertTrue(!ended.covers(LocalDate.of(2026, 7, 1)));
            assertTrue(ended.terminate(LocalDate.of(2026, 7, 1), "again", AT).get().changedNothing());
            assertInstanceOf(SlaContractRejection.NotInState.class, refused(ended.resume(LocalDate.of(2026, 7, 1), AT)));
            assertInstanceOf(EvaluationError.NotCovered.class,
                    ended.evaluateOrder(order("SO-9", DDN, "2026-07-01", "2026-07-20"), CALENDAR).getLeft());
        }

        @Test
        void aSuspendedContractCanBeTerminated() {
            SlaContract suspended = ok(active().suspend(LocalDate.of(2026, 5, 1), "arrears", AT));
            assertEquals(ContractStatus.Kind.TERMINATED, ok(suspended.terminate(LocalDate.of(2026, 5, 31), "unpaid", AT)).status().kind());
        }

        @Test
        void expiryOnlyAfterTheValidityPeriod() {
            assertEquals("on 2026-12-31 must be after the validity's last day 2026-12-31",
                    refused(active().expire(LocalDate.of(2026, 12, 31), AT)).message());
            SlaContract expired = ok(active().expire(LocalDate.of(2027, 1, 1), AT));
            assertEquals(new ContractStatus.Expired(SIGNING, LocalDate.of(2027, 1, 1)), expired.status());
            assertTrue(expired.expire(LocalDate.of(2027, 1, 2), AT).get().changedNothing());
            assertInstanceOf(SlaContractRejection.NotInState.class, refused(expired.terminate(LocalDate.of(2026, 12, 1), "x", AT)));
        }
    }

    @Nested
    class AmendmentsAddVersionsAndEvaluationUsesTheOneInForce {

        final SlaContract amended = ok(active().amendTerms(ddnExpressDeadline(ID, 5), LocalDate.of(2026, 4, 1),
                LocalDate.of(2026, 3, 20), AT));

        @Test
        void anAmendmentIsTheNextVersionFromItsEffectiveDate() {
            assertEquals(2, amended.latestTerms().number());
            assertEquals(1, amended.termsInForceOn(LocalDate.of(2026, 3, 31)).get().number());
            assertEquals(2, amended.termsInForceOn(LocalDate.of(2026, 4, 1)).get().number());
            assertTrue(amended.termsInForceOn(LocalDate.of(2027, 1, 1)).isEmpty());
            assertTrue(amended.amendTerms(ddnExpressDeadline(ID, 5), LocalDate.of(2026, 4, 1), LocalDate.of(2026, 3, 20), AT)
                    .get().changedNothing());
        }

        @Test
        void anOrderAcceptedBeforeTheAmendmentKeepsTheOldTerms() {
            // Accepted Tue 03-31 under 8 days: 04-01..03 (3), [04-04..06 off], 04-07..10 (7), 04-13 (8).
            OrderEvaluation before = amended.evaluateOrder(order("SO-A", DDN, "2026-03-31", "2026-04-30"), CALENDAR).get();
            assertEquals(1, before.termsVersion());
            assertEquals(8, before.assessment().terms().deadlineWorkingDays().value());
            assertEquals(LocalDate.of(2026, 4, 13), before.assessment().dueOn());
            // Accepted Wed 04-01 under 5 days: 04-02, 04-03, 04-07, 04-08, 04-09.
            OrderEvaluation after = amended.evaluateOrder(order("SO-B", DDN, "2026-04-01", "2026-04-30"), CALENDAR).get();
            assertEquals(2, after.termsVersion());
            assertEquals(LocalDate.of(2026, 4, 9), after.assessment().dueOn());
        }

        @Test
        void aQualityMonthUsesTheVersionInForceOnItsFirstDay() {
            QualityLevelTerms strict = QualityLevelTable.SAMPLE.termsOf(QualityLevelTable.LEVEL_1).get();
            QualityLevelTable stricter = QualityLevelTable.of(List.of(new QualityLevelTerms(QualityLevelTable.LEVEL_1,
                    Rate.ONE, strict.responseLimit(), strict.restorationLimit(), strict.availabilityCredit(),
                    strict.responseCredit(), strict.restorationCredit(), strict.cap()),
                    QualityLevelTable.SAMPLE.termsOf(QualityLevelTable.LEVEL_2).get()), RoundingMode.HALF_UP).get();
            SlaContract c = ok(active().amendTerms(ContractTerms.defaults(ID).withQuality(stricter),
                    LocalDate.of(2026, 4, 15), LocalDate.of(2026, 4, 1), AT));
            assertEquals(1, c.evaluateQuality(DDN.id(), YearMonth.of(2026, 4), List.empty()).get().termsVersion());
            assertEquals(2, c.evaluateQuality(DDN.id(), YearMonth.of(2026, 5), List.empty()).get().termsVersion());
        }

        @Test
        void amendmentsAreNotRetroactiveAndComeInOrder() {
            assertEquals("effectiveFrom 2026-03-01 must be on or after agreedOn 2026-03-20: an amendment is not retroactive",
                    refused(active().amendTerms(ddnExpressDeadline(ID, 5), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 20), AT)).message());
            assertEquals("effectiveFrom 2026-04-01 must be after 2026-04-01, when terms version 2 took effect",
                    refused(amended.amendTerms(ddnExpressDeadline(ID, 4), LocalDate.of(2026, 4, 1), LocalDate.of(2026, 3, 1), AT)).message());
            assertInstanceOf(SlaContractRejection.DateOutOfRange.class,
                    refused(active().amendTerms(ddnExpressDeadline(ID, 5), LocalDate.of(2027, 2, 1), LocalDate.of(2026, 3, 1), AT)));
        }

        @Test
        void anAmendmentMustKeepTheTermsComplete() {
            QualityLevelTable onlyL2 = QualityLevelTable.of(List.of(QualityLevelTable.SAMPLE.termsOf(QualityLevelTable.LEVEL_2).get()),
                    RoundingMode.HALF_UP).get();
            SlaContractRejection r = refused(active().amendTerms(ContractTerms.defaults(ID).withQuality(onlyL2),
                    LocalDate.of(2026, 4, 1), LocalDate.of(2026, 3, 1), AT));
            assertTrue(r.message().contains("circuit DDN-1's quality level L1 is not in the quality-level table of terms version 2"),
                    r.message());
        }

        @Test
        void anAmendmentCannotReachBackBehindAClaimAlreadyRaised() {
            SlaContract claimed = raised(active(), "PF-1", lateBreach(active()));   // accepted 2026-03-02
            assertTrue(refused(claimed.amendTerms(ddnExpressDeadline(ID, 5), LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1), AT))
                    .message().contains("the date of claim PF-1"));
            assertEquals(2, ok(claimed.amendTerms(ddnExpressDeadline(ID, 5), LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 1), AT))
                    .latestTerms().number());
        }

        @Test
        void onlyASignedContractIsAmended() {
            assertEquals("contract SLA-T-1 is DRAFT: amendTerms is allowed only while ACTIVE or SUSPENDED",
                    refused(draftWithCircuits().amendTerms(ddnExpressDeadline(ID, 5), LocalDate.of(2026, 4, 1), LocalDate.of(2026, 3, 1), AT)).message());
        }
    }

    @Nested
    class Evaluation {

        @Test
        void aLateOrderIsABreachOnceCompleted() {
            OrderEvaluation e = active().evaluateOrder(lateDdnOrder(), CALENDAR).get();
            assertEquals(LocalDate.of(2026, 3, 12), e.assessment().dueOn());
            assertEquals(6, e.assessment().workingDaysLate());
            assertEquals(Money.ofYuan(3600), e.assessment().compensation());
            Breach b = e.breach().get();
            assertEquals(BreachId.lateProvisioning(DDN.id(), ProvisioningOrderId.of("SO-1")), b.id());
            assertEquals(Money.ofYuan(3600), b.amount());
            assertEquals(LocalDate.of(2026, 3, 2), b.termsDate());
        }

        @Test
        void anOpenOverdueOrderAccruesButIsNotYetABreach() {
            OrderEvaluation open = active().evaluateOrder(ProvisioningOrder.openAsOf(ProvisioningOrderId.of("SO-2"), DDN.id(),
                    LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 20)), CALENDAR).get();
            assertTrue(open.late());
            assertEquals(Money.ofYuan(3600), open.assessment().compensation());
            assertTrue(open.breach().isEmpty());
        }

        @Test
        void anOnTimeOrderIsNoBreach() {
            OrderEvaluation e = active().evaluateOrder(order("SO-3", LEASED, "2026-03-02", "2026-03-20"), CALENDAR).get();
            assertTrue(!e.late() && e.breach().isEmpty());
        }

        @Test
        void aBadMonthIsAQualityBreach() {
            // 5 h down of 744 h: 4.628 h below 99.95%, 7 started tenths x 10%; 3 h over the 2 h limit x 5%: 85% of 2000.00.
            QualityEvaluation e = active().evaluateQuality(DDN.id(), YearMonth.of(2026, 3), badMarch()).get();
            assertEquals(Money.ofYuan(1700), e.assessment().credit());
            assertEquals(BreachId.quality(DDN.id(), YearMonth.of(2026, 3)), e.breach().get().id());
            assertTrue(active().evaluateQuality(DDN.id(), YearMonth.of(2026, 4), List.empty()).get().breach().isEmpty());
        }

        @Test
        void onlyTheCoveredPartOfAMonthIsMeasured() {
            SlaContractId id = SlaContractId.of("SLA-MID");
            SlaContract midMonth = ok(SlaContract.draft(id, CUSTOMER, ACCOUNT,
                            new ValidityPeriod(LocalDate.of(2026, 3, 16), LocalDate.of(2027, 3, 15)), ContractTerms.defaults(id), AT)
                    .flatMap(c -> c.state().addCircuit(DDN, AT)).flatMap(c -> c.state().activate(SIGNING, AT)));
            QualityEvaluation e = midMonth.evaluateQuality(DDN.id(), YearMonth.of(2026, 3), badMarch()).get();
            assertEquals(Duration.ofDays(16), e.assessment().availability().period());
            assertEquals(Duration.ZERO, e.assessment().providerDowntime(), "the 03-10 outage is before the contract");
            assertEquals(LocalDate.of(2026, 3, 16), e.assessment().of().firstDay());
            assertTrue(e.breach().isEmpty());
        }

        @Test
        void whatCannotBeEvaluated() {
            assertInstanceOf(EvaluationError.NotActivated.class, draftWithCircuits().evaluateOrder(lateDdnOrder(), CALENDAR).getLeft());
            assertEquals("circuit NOPE is not covered by contract SLA-T-1",
                    active().evaluateQuality(CircuitId.of("NOPE"), YearMonth.of(2026, 3), List.empty()).getLeft().message());
            assertEquals("acceptedOn 2025-12-31 is outside the contract's coverage 2026-01-01 .. 2026-12-31",
                    active().evaluateOrder(order("SO-4", DDN, "2025-12-31", "2026-01-20"), CALENDAR).getLeft().message());
            assertEquals("month 2027-01 is outside the contract's coverage 2026-01-01 .. 2026-12-31",
                    active().evaluateQuality(DDN.id(), YearMonth.of(2027, 1), List.empty()).getLeft().message());
            assertInstanceOf(EvaluationError.Provisioning.class,
                    active().evaluateOrder(order("SO-5", DDN, "2026-03-02", "2026-03-01"), CALENDAR).getLeft());
        }
    }

    @Nested
    class OneClaimPerBreach {

        @Test
        void raisingAClaimRecordsItWithItsAmountAndResponsibility() {
            Breach b = lateBreach(active());
            ClaimRaising r = active().raiseClaim(ClaimId.of("PF-1"), b, BUREAU, APRIL_2).get();
            assertInstanceOf(ClaimRaising.Raised.class, r);
            assertEquals(List.of(new SlaContractEvent.ClaimRaised(ID, ClaimId.of("PF-1"), b.id(), Money.ofYuan(3600), BUREAU, APRIL_2)),
                    r.changed().events());
            CompensationClaim claim = r.changed().state().claim(ClaimId.of("PF-1")).get();
            assertEquals(ClaimStatus.Raised.unconfirmed(), claim.status());
            assertEquals(Money.ofYuan(3600), claim.amount());
            assertEquals(claim, r.changed().state().claimFor(b.id()).get());
        }

        @Test
        void raisingAgainForTheSameBreachIsANoOpThatSaysSo() {
            SlaContract once = raised(active(), "PF-1", lateBreach(active()));
            ClaimRaising again = once.raiseClaim(ClaimId.of("PF-2"), lateBreach(active()), BUREAU, APRIL_2).get();
            ClaimRaising.AlreadyRaised repeat = assertInstanceOf(ClaimRaising.AlreadyRaised.class, again);
            assertEquals("breach DDN-1/LATE_PROVISIONING/SO-1 already has claim PF-1; nothing changed", repeat.message());
            assertTrue(again.changed().changedNothing());
            assertEquals(once, again.changed().state());
        }

        @Test
        void aClaimIdIsNotReusedForAnotherBreach() {
            SlaContract once = raised(active(), "PF-1", lateBreach(active()));
            assertEquals("claim PF-1 already exists, for breach DDN-1/LATE_PROVISIONING/SO-1",
                    refused(once.raiseClaim(ClaimId.of("PF-1"), qualityBreach(active()), BUREAU, APRIL_2)).message());
        }

        @Test
        void theResponsibilityIsRequired() {
            assertEquals("responsibility.bureau must not be blank", refused(active().raiseClaim(ClaimId.of("PF-1"),
                    lateBreach(active()), new Responsibility(" ", "segment"), APRIL_2)).message());
            assertEquals("responsibility.segment must not be blank", refused(active().raiseClaim(ClaimId.of("PF-1"),
                    lateBreach(active()), new Responsibility("bureau", ""), APRIL_2)).message());
        }
    }

    @Nested
    class OnlyThisContractsFinalBreachesAreClaimed {

        @Test
        void aDraftTakesNoClaim() {
            assertInstanceOf(SlaContractRejection.NotInState.class,
                    refused(draftWithCircuits().raiseClaim(ClaimId.of("PF-1"), lateBreach(active()), BUREAU, APRIL_2)));
        }

        @Test
        void aBreachOfAnotherContract() {
            SlaContractId otherId = SlaContractId.of("SLA-OTHER");
            SlaContract other = ok(SlaContract.draft(otherId, CUSTOMER, ACCOUNT, YEAR_2026, ContractTerms.defaults(otherId), AT)
                    .flatMap(c -> c.state().addCircuit(DDN, AT)).flatMap(c -> c.state().activate(SIGNING, AT)));
            assertEquals("breach DDN-1/LATE_PROVISIONING/SO-1 cannot be claimed under this contract: it is a breach of contract SLA-OTHER",
                    refused(active().raiseClaim(ClaimId.of("PF-1"), lateBreach(other), BUREAU, APRIL_2)).message());
        }

        @Test
        void aBreachEvaluatedUnderTermsNoLongerInForceAtItsDate() {
            Breach underVersionOne = lateBreach(active());   // accepted 03-02
            SlaContract amended = ok(active().amendTerms(ddnExpressDeadline(ID, 5), LocalDate.of(2026, 3, 2),
                    LocalDate.of(2026, 3, 1), AT));
            SlaContractRejection r = refused(amended.raiseClaim(ClaimId.of("PF-1"), underVersionOne, BUREAU, APRIL_2));
            assertEquals(new SlaContractRejection.StaleTerms(underVersionOne.id(), 1, 2, LocalDate.of(2026, 3, 2)), r);
            assertInstanceOf(ClaimRaising.Raised.class,
                    amended.raiseClaim(ClaimId.of("PF-1"), lateBreach(amended), BUREAU, APRIL_2).get());
        }

        @Test
        void evidenceComputedUnderOtherTermsWithTheRightVersionNumber() {
            SlaContractId id = ID;
            SlaContract sixDays = ok(SlaContract.draft(id, CUSTOMER, ACCOUNT, YEAR_2026, ddnExpressDeadline(id, 6), AT)
                    .flatMap(c -> c.state().addCircuit(DDN, AT)).flatMap(c -> c.state().addCircuit(LEASED, AT))
                    .flatMap(c -> c.state().activate(SIGNING, AT)));
            SlaContractRejection r = refused(active().raiseClaim(ClaimId.of("PF-1"), lateBreach(sixDays), BUREAU, APRIL_2));
            assertEquals("breach DDN-1/LATE_PROVISIONING/SO-1 cannot be claimed under this contract: its assessment used "
                    + "other provisioning terms than version 1's", r.message());
        }

        @Test
        void anOpenOrderOrAMonthNotYetOver() {
            OrderEvaluation open = active().evaluateOrder(ProvisioningOrder.openAsOf(ProvisioningOrderId.of("SO-2"), DDN.id(),
                    LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 20)), CALENDAR).get();
            Breach accruing = new Breach.LateProvisioning(ID, DDN.id(), ProvisioningOrderId.of("SO-2"), 1, open.assessment());
            assertInstanceOf(SlaContractRejection.BreachNotFinal.class,
                    refused(active().raiseClaim(ClaimId.of("PF-1"), accruing, BUREAU, APRIL_2)));
            SlaContractRejection early = refused(active().raiseClaim(ClaimId.of("PF-2"), qualityBreach(active()), BUREAU,
                    bj("2026-03-31T23:59")));
            assertTrue(early.message().contains("the measured month ends at 2026-03-31T16:00:00Z"), early.message());
        }

        @Test
        void nothingOwed() {
            OrderEvaluation onTime = active().evaluateOrder(order("SO-3", DDN, "2026-03-02", "2026-03-05"), CALENDAR).get();
            Breach none = new Breach.LateProvisioning(ID, DDN.id(), ProvisioningOrderId.of("SO-3"), 1, onTime.assessment());
            assertEquals("breach DDN-1/LATE_PROVISIONING/SO-3 owes nothing: a claim needs a positive amount",
                    refused(active().raiseClaim(ClaimId.of("PF-1"), none, BUREAU, APRIL_2)).message());
        }
    }

    @Nested
    class ConfirmedByBothSidesThenSettledOrRejected {

        final SlaContract withClaim = raised(active(), "PF-1", lateBreach(active()));
        final ClaimId pf1 = ClaimId.of("PF-1");

        @Test
        void eachSideSignsOnceAndBothConfirm() {
            Confirmation customer = new Confirmation(Side.CUSTOMER, "Li Wei", APR_3);
            Changed<SlaContract, SlaContractEvent> one = withClaim.confirmClaim(pf1, customer, APRIL_2).get();
            assertEquals(List.of(new SlaContractEvent.ClaimSignedBy(ID, pf1, customer, APRIL_2)), one.events());
            assertTrue(one.state().confirmClaim(pf1, customer, APRIL_2).get().changedNothing());
            Confirmation provider = new Confirmation(Side.PROVIDER, "Zhang Min", APR_3);
            Changed<SlaContract, SlaContractEvent> both = one.state().confirmClaim(pf1, provider, APRIL_2).get();
            assertEquals(List.of(new SlaContractEvent.ClaimSignedBy(ID, pf1, provider, APRIL_2),
                    new SlaContractEvent.ClaimConfirmed(ID, pf1, APRIL_2)), both.events());
            assertEquals(new ClaimStatus.Confirmed(customer, provider), both.state().claim(pf1).get().status());
        }

        @Test
        void settlingCarriesTheCreditToPostOnce() {
            SlaContract confirmed = confirmedByBoth(withClaim, "PF-1");
            Changed<SlaContract, SlaContractEvent> settled = confirmed.settleClaim(pf1, LocalDate.of(2026, 4, 10), APRIL_2).get();
            SlaContractEvent.ClaimSettled event = assertInstanceOf(SlaContractEvent.ClaimSettled.class, settled.events().single());
            CompensationCredit credit = event.credit();
            assertEquals(new CompensationCredit(ACCOUNT, pf1, Money.ofYuan(3600), CUSTOMER, ID, lateBreach(active()).id(),
                    lateBreach(active()).basis()), credit);
            assertEquals(credit, settled.state().claim(pf1).get().credit(ACCOUNT, CUSTOMER).get());
            assertTrue(settled.state().settleClaim(pf1, LocalDate.of(2026, 4, 11), APRIL_2).get().changedNothing());
            assertTrue(settled.state().confirmClaim(pf1, new Confirmation(Side.CUSTOMER, "Li Wei", APR_3), APRIL_2).get().changedNothing());
            assertInstanceOf(SlaContractRejection.ClaimNotInState.class,
                    refused(settled.state().rejectClaim(pf1, Side.PROVIDER, "late", APR_3, APRIL_2)));
        }

        @Test
        void noSettlementBeforeBothSidesConfirm() {
            assertEquals("claim PF-1 is RAISED: settleClaim is allowed only once both sides have confirmed it (CONFIRMED)",
                    refused(withClaim.settleClaim(pf1, LocalDate.of(2026, 4, 10), APRIL_2)).message());
            assertEquals("settledOn 2026-04-02 must be on or after both sides' confirmations (the later on 2026-04-03)",
                    refused(confirmedByBoth(withClaim, "PF-1").settleClaim(pf1, LocalDate.of(2026, 4, 2), APRIL_2)).message());
        }

        @Test
        void aRejectionNeedsAReasonAndIsFinal() {
            assertEquals("reason must not be blank", refused(withClaim.rejectClaim(pf1, Side.PROVIDER, "", APR_3, APRIL_2)).message());
            Changed<SlaContract, SlaContractEvent> rejected = withClaim.rejectClaim(pf1, Side.PROVIDER,
                    "customer's equipment, not our segment", APR_3, APRIL_2).get();
            assertEquals(new ClaimStatus.Rejected(Side.PROVIDER, "customer's equipment, not our segment", APR_3),
                    rejected.state().claim(pf1).get().status());
            assertTrue(rejected.state().rejectClaim(pf1, Side.PROVIDER, "again", APR_3, APRIL_2).get().changedNothing());
            assertInstanceOf(SlaContractRejection.ClaimNotInState.class, refused(rejected.state().confirmClaim(pf1,
                    new Confirmation(Side.CUSTOMER, "Li Wei", APR_3), APRIL_2)));
            assertInstanceOf(ClaimRaising.AlreadyRaised.class,
                    rejected.state().raiseClaim(ClaimId.of("PF-9"), lateBreach(active()), BUREAU, APRIL_2).get(),
                    "a rejected breach is not claimed again");
        }

        @Test
        void aConfirmedClaimIsBindingAndCannotBeRejected() {
            assertEquals("claim PF-1 is CONFIRMED: rejectClaim is allowed only before both sides have confirmed it (RAISED)",
                    refused(confirmedByBoth(withClaim, "PF-1").rejectClaim(pf1, Side.PROVIDER, "no", APR_3, APRIL_2)).message());
        }

        @Test
        void unknownClaimsAndBlankSignatories() {
            assertEquals("claim PF-404 is not a claim of contract SLA-T-1",
                    refused(withClaim.settleClaim(ClaimId.of("PF-404"), APR_3, APRIL_2)).message());
            assertEquals("confirmation.signatory must not be blank",
                    refused(withClaim.confirmClaim(pf1, new Confirmation(Side.CUSTOMER, " ", APR_3), APRIL_2)).message());
        }

        @Test
        void liabilitySurvivesTermination() {
            SlaContract ended = ok(withClaim.terminate(LocalDate.of(2026, 3, 31), "moved", APRIL_2));
            SlaContract settled = ok(confirmedByBoth(ended, "PF-1").settleClaim(pf1, LocalDate.of(2026, 4, 10), APRIL_2));
            assertInstanceOf(ClaimStatus.Settled.class, settled.claim(pf1).get().status());
            assertTrue(refused(withClaim.terminate(LocalDate.of(2026, 3, 1), "moved", APRIL_2)).message()
                    .contains("the date of claim PF-1"));
        }
    }

    @Nested
    class RestorationIsSeparateFromCreation {

        @Test
        void restoringEveryFieldGivesTheSameContractAndNoEvent() {
            SlaContract c = confirmedByBoth(raised(raised(active(), "PF-1", lateBreach(active())), "PF-2", qualityBreach(active())), "PF-1");
            SlaContract restored = SlaContract.restore(c.id(), c.customer(), c.creditAccount(), c.validity(), c.status(),
                    c.circuits(), c.termsVersions(), c.claims()).get();
            assertEquals(c, restored);
            assertEquals(c.hashCode(), restored.hashCode());
            assertEquals(c.getId(), restored.getId());
            assertTrue(restored.toString().contains("2 claim(s)"), restored.toString());
        }

        private RestoreError refusedRestore(SlaContract c, ContractStatus status, Seq<Circuit> circuits,
                                            Seq<TermsVersion> versions, Seq<CompensationClaim> claims) {
            return SlaContract.restore(c.id(), c.customer(), c.creditAccount(), c.validity(), status, circuits,
                    versions, claims).getLeft();
        }

        @Test
        void aSignedContractWithoutCircuitsOrWithAnotherContractsTermsIsRefused() {
            RestoreError refused = refusedRestore(active(), new ContractStatus.Active(SIGNING), List.empty(),
                    List.of(new TermsVersion(1, YEAR_2026.from(), ContractTerms.defaults(ID)
                            .withProvisioning(PersonalisedTerms.none("ANOTHER")))), List.empty());
            assertEquals("SLA contract", refused.aggregate());
            assertEquals(List.of("termsVersions[0].terms", "circuits"), refused.problems().map(FieldProblem::field));
        }

        @Test
        void termsVersionsAreNumberedInOrderInsideTheValidity() {
            SlaContract c = active();
            TermsVersion first = c.termsVersions().head();
            assertEquals(List.of("termsVersions: a contract has at least its terms version 1"),
                    refusedRestore(c, c.status(), c.circuits(), List.empty(), List.empty()).messages());
            assertEquals(List.of("termsVersions[0].number: must be 1, was 2",
                            "termsVersions[0].effectiveFrom: version 1 takes effect on the first valid day "
                                    + YEAR_2026.from() + ", not on 2026-02-01"),
                    refusedRestore(c, c.status(), c.circuits(),
                            List.of(new TermsVersion(2, LocalDate.of(2026, 2, 1), first.terms())), List.empty())
                            .messages());
            assertEquals(List.of("termsVersions[1].effectiveFrom: " + YEAR_2026.from()
                            + " is not after the version before it (" + YEAR_2026.from() + ")",
                            "termsVersions[2].effectiveFrom: 2027-03-01 is after the validity's last day "
                                    + YEAR_2026.to()),
                    refusedRestore(c, c.status(), c.circuits(), List.of(first,
                            new TermsVersion(2, YEAR_2026.from(), first.terms()),
                            new TermsVersion(3, LocalDate.of(2027, 3, 1), first.terms())), List.empty()).messages());
        }

        @Test
        void aDraftHasNoClaimsAndClaimsAreOnePerBreach() {
            SlaContract claimed = raised(active(), "PF-1", lateBreach(active()));
            CompensationClaim claim = claimed.claims().head();
            assertEquals(List.of("claims: a draft has no claims, this one has 1"),
                    refusedRestore(claimed, new ContractStatus.Draft(), claimed.circuits(), claimed.termsVersions(),
                            claimed.claims()).messages());
            CompensationClaim again = new CompensationClaim(ClaimId.of("PF-2"), claim.breach(), claim.responsibility(),
                    claim.raisedAt(), claim.status());
            assertEquals(List.of("claims[1].breach: the breach " + claim.breach().id() + " already has claims[0]"),
                    refusedRestore(claimed, claimed.status(), claimed.circuits(), claimed.termsVersions(),
                            List.of(claim, again)).messages());
            assertEquals(List.of("claims[1].id: the claim PF-1 is already claims[0]",
                            "claims[1].breach: the breach " + claim.breach().id() + " already has claims[0]"),
                    refusedRestore(claimed, claimed.status(), claimed.circuits(), claimed.termsVersions(),
                            List.of(claim, claim)).messages());
        }

        @Test
        void aClaimRaiseClaimWouldHaveRefusedIsRefused() {
            SlaContract claimed = raised(active(), "PF-1", lateBreach(active()));
            CompensationClaim claim = claimed.claims().head();
            TermsVersion first = claimed.termsVersions().head();
            // an amendment in force before the breach's date: the claim's evidence is of stale terms
            RestoreError refused = refusedRestore(claimed, claimed.status(), claimed.circuits(),
                    List.of(first, new TermsVersion(2, YEAR_2026.from().plusDays(1), first.terms())), List.of(claim));
            assertEquals(List.of("claims[0].breach"), refused.problems().map(FieldProblem::field));
            RestoreError unknownCircuit = refusedRestore(claimed, claimed.status(),
                    List.of(claimed.circuits().head(), claimed.circuits().head()), claimed.termsVersions(),
                    claimed.claims());
            assertEquals(List.of("circuits[1].id: the circuit " + claimed.circuits().head().id()
                    + " is already in the contract"), unknownCircuit.messages());
        }

        @Test
        void aContractThatWouldThrowWhenUsedIsNeverRestored() {
            // before the restore rule: latestTerms() threw on no versions, evaluateQuality on a version after the day
            SlaContract c = active();
            assertTrue(SlaContract.restore(c.id(), c.customer(), c.creditAccount(), c.validity(), c.status(),
                    c.circuits(), List.empty(), List.empty()).isLeft());
            assertTrue(SlaContract.restore(c.id(), c.customer(), c.creditAccount(), c.validity(), c.status(),
                    c.circuits(), List.of(new TermsVersion(1, YEAR_2026.from().plusDays(10),
                            c.termsVersions().head().terms())), List.empty()).isLeft());
        }
    }
}
