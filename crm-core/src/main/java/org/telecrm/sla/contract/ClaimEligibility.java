package org.telecrm.sla.contract;

import io.vavr.control.Option;
import org.telecrm.sla.SlaContractId;
import org.telecrm.sla.claim.Breach;
import org.telecrm.sla.claim.BreachId;
import org.telecrm.sla.provisioning.ProvisioningCase;
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
     * force at its date or on other evidence, nothing owed, or not final (an open order; a month not over).
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
        if (breach instanceof Breach.QualityBreach quality && at.isBefore(quality.assessment().periodEnd())) {
            return Option.some(new SlaContractRejection.BreachNotFinal(breachId,
                    "the measured month ends at " + quality.assessment().periodEnd() + ", after " + at));
        }
        return Option.none();
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
            QualityCase c = quality.assessment().of();
            if (!c.circuit().equals(circuit.id()) || !c.month().equals(quality.month())
                    || !c.level().equals(circuit.qualityLevel()) || !c.monthlyRental().equals(circuit.monthlyRental())) {
                return Option.some("its assessment is of circuit " + c.circuit() + " in " + c.month() + " at level "
                        + c.level() + " with rental " + c.monthlyRental().toPlainString() + ", but circuit "
                        + circuit.id() + " is at level " + circuit.qualityLevel() + " with rental "
                        + circuit.monthlyRental().toPlainString());
            }
            if (!version.terms().quality().termsOf(c.level()).contains(quality.assessment().terms())
                    || !version.terms().measurementZone().equals(quality.assessment().zone())) {
                return Option.some("its assessment used other quality terms than version " + version.number() + "'s");
            }
        }
        return Option.none();
    }
}
