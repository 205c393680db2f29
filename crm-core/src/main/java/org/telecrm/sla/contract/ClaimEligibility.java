package org.telecrm.sla.contract;

import io.vavr.control.Option;
import org.telecrm.sla.SlaContractId;
import org.telecrm.sla.claim.Breach;
import org.telecrm.sla.claim.BreachId;
import org.telecrm.sla.claim.BreachKind;
import org.telecrm.sla.provisioning.ProvisioningCase;
import org.telecrm.sla.quality.MeasuredAssessment;
import org.telecrm.sla.quality.QualityAssessment;
import org.telecrm.sla.quality.QualityCase;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Whether a breach can be claimed under a contract (rules.md section 5): the rule {@link SlaContract#raiseClaim}
 * applies to a new claim and {@link SlaContract#restore} to every stored one.
 */
final class ClaimEligibility {

    private ClaimEligibility() {
    }

    /**
     * Why {@code breach} cannot be claimed under {@code contract} at {@code at}, if it cannot: another contract's, not
     * about one of its circuits, dated outside its coverage, evaluated under another terms version than the one in
     * force at its date or on other evidence, nothing owed, not final (an open order; a month not over), or on
     * other outage records than the claim of the same circuit-month's other breach (quality or measured).
     */
    static Option<SlaContractRejection> unclaimable(SlaContract contract, Breach breach, Instant at) {
        SlaContractId id = contract.getId();
        BreachId breachId = breach.id();
        if (!breach.contract().equals(id)) {
            return Option.some(new SlaContractRejection.NotThisContractsBreach(breachId,
                    "it is a breach of contract " + breach.contract()));
        }
        Option<Circuit> circuit = contract.circuit(breach.circuit());
        if (circuit.isEmpty()) {
            return Option.some(new SlaContractRejection.UnknownCircuit(id, breach.circuit()));
        }
        LocalDate date = breach.termsDate();
        if (!contract.coverage().contains(date)) {
            return Option.some(new SlaContractRejection.NotThisContractsBreach(breachId,
                    "its date " + date + " is outside the coverage " + contract.coverage()));
        }
        TermsVersion version = contract.termsInForceOn(date).get();
        if (version.number() != breach.termsVersion()) {
            return Option.some(new SlaContractRejection.StaleTerms(breachId, breach.termsVersion(), version.number(), date));
        }
        Option<String> mismatch = evidenceMismatch(breach, circuit.get(), version);
        if (mismatch.isDefined()) {
            return Option.some(new SlaContractRejection.NotThisContractsBreach(breachId, mismatch.get()));
        }
        if (breach.amount().isNegative() || breach.amount().isZero()) {
            return Option.some(new SlaContractRejection.NothingOwed(breachId));
        }
        if (breach instanceof Breach.LateProvisioning late
                && !(late.assessment().of().progress() instanceof ProvisioningCase.Progress.CompletedOn)) {
            return Option.some(new SlaContractRejection.BreachNotFinal(breachId,
                    "order " + late.order() + " is still open, and its compensation still grows"));
        }
        Option<QualityAssessment> outages = outagesOf(breach);
        if (outages.isDefined() && at.isBefore(outages.get().periodEnd())) {
            return Option.some(new SlaContractRejection.BreachNotFinal(breachId,
                    "the measured month ends at " + outages.get().periodEnd() + ", after " + at));
        }
        return otherOutageEvidence(contract, breach, outages);
    }

    /** The outages' assessment a quality or measured breach rests on; none for a late provisioning. */
    private static Option<QualityAssessment> outagesOf(Breach breach) {
        if (breach instanceof Breach.QualityBreach quality) {
            return Option.some(quality.assessment());
        }
        if (breach instanceof Breach.MeasuredBreach measured) {
            return Option.some(measured.assessment().outages());
        }
        return Option.none();
    }

    /**
     * One circuit-month, one outage record: a quality breach and a measured breach of the same circuit and month rest on
     * the same assessment of its outages (the measured breach's credit is what the measurements add to that
     * assessment's credit within the level's cap, so two different assessments could together exceed the cap). The
     * claim of the other breach, if the contract has one (in any state), decides.
     */
    private static Option<SlaContractRejection> otherOutageEvidence(SlaContract contract, Breach breach,
                                                                    Option<QualityAssessment> outages) {
        if (outages.isEmpty()) {
            return Option.none();
        }
        BreachId id = breach.id();
        BreachKind other = id.kind() == BreachKind.QUALITY ? BreachKind.MEASURED : BreachKind.QUALITY;
        BreachId sibling = new BreachId(id.circuit(), other, id.subject());
        return contract.claimFor(sibling).filter(claim -> !outagesOf(claim.breach()).contains(outages.get()))
                .map(claim -> new SlaContractRejection.OtherOutageEvidence(id, claim.id(), sibling));
    }

    /** Whether the evidence was computed for this circuit, under this version's terms. */
    private static Option<String> evidenceMismatch(Breach breach, Circuit circuit, TermsVersion version) {
        if (breach instanceof Breach.LateProvisioning late) {
            ProvisioningCase c = late.assessment().of();
            if (c.product() != circuit.product() || c.provisioningClass() != circuit.provisioningClass()
                    || !c.standardOneTimeFee().equals(circuit.standardOneTimeFee())) {
                return Option.some("its order was assessed as " + c.product() + "/" + c.provisioningClass() + " with fee "
                        + c.standardOneTimeFee().toPlainString() + ", but circuit " + circuit.id() + " is "
                        + circuit.product() + "/" + circuit.provisioningClass() + " with fee "
                        + circuit.standardOneTimeFee().toPlainString());
            }
            if (!late.assessment().terms().equals(version.terms().tariff().termsFor(c.product(), c.provisioningClass()))) {
                return Option.some("its assessment used other provisioning terms than version " + version.number() + "'s");
            }
        } else if (breach instanceof Breach.QualityBreach quality) {
            return outagesMismatch(quality.assessment(), quality.month(), circuit, version);
        } else if (breach instanceof Breach.MeasuredBreach measured) {
            Option<String> outages = outagesMismatch(measured.assessment().outages(), measured.month(), circuit, version);
            if (outages.isDefined()) {
                return outages;
            }
            if (!measured.assessment().commitments().map(MeasuredAssessment.CommitmentResult::commitment).toList()
                    .equals(measured.assessment().outages().terms().measured().toList())) {
                return Option.some("its measurements were assessed against other commitments than its level's in version "
                        + version.number());
            }
        }
        return Option.none();
    }

    /** Whether a month's outages were assessed for this circuit and month, under this version's quality terms. */
    private static Option<String> outagesMismatch(QualityAssessment assessment, java.time.YearMonth month,
                                                  Circuit circuit, TermsVersion version) {
        QualityCase c = assessment.of();
        if (!c.circuit().equals(circuit.id()) || !c.month().equals(month)
                || !c.level().equals(circuit.qualityLevel()) || !c.monthlyRental().equals(circuit.monthlyRental())) {
            return Option.some("its assessment is of circuit " + c.circuit() + " in " + c.month() + " at level "
                    + c.level() + " with rental " + c.monthlyRental().toPlainString() + ", but circuit "
                    + circuit.id() + " is at level " + circuit.qualityLevel() + " with rental "
                    + circuit.monthlyRental().toPlainString());
        }
        if (!version.terms().quality().termsOf(c.level()).contains(assessment.terms())
                || !version.terms().measurementZone().equals(assessment.zone())) {
            return Option.some("its assessment used other quality terms than version " + version.number() + "'s");
        }
        return Option.none();
    }
}
