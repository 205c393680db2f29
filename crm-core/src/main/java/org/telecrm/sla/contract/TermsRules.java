package org.telecrm.sla.contract;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.telecrm.sla.SlaContractId;

import java.time.LocalDate;

/**
 * The rules of a contract's terms versions: terms name their own contract, are complete for the circuits (every
 * circuit's quality level in the quality-level table), and an amendment is a new version in force after the latest
 * one, not before the day it was agreed, within the coverage and after every claim's date.
 */
final class TermsRules {

    private TermsRules() {
    }

    /** Refused when the terms name another contract than {@code id}. */
    static Option<SlaContractRejection> ofAnotherContract(SlaContractId id, ContractTerms terms) {
        String reference = terms.provisioning().contractReference();
        return reference.equals(id.value())
                ? Option.none()
                : Option.some(new SlaContractRejection.TermsOfAnotherContract(id, reference));
    }

    /** What keeps these versions from being complete for the circuits (empty when complete). */
    static Seq<String> incompleteness(Seq<Circuit> circuits, Seq<TermsVersion> versions) {
        return versions.flatMap(v -> circuits.filter(c -> !v.terms().quality().defines(c.qualityLevel()))
                .map(c -> "circuit " + c.id() + "'s quality level " + c.qualityLevel()
                        + " is not in the quality-level table of terms version " + v.number()));
    }

    /**
     * The version {@code contract}'s amendment adds, none when it is its latest version already (the same amendment
     * again), or why it is refused.
     */
    static Either<SlaContractRejection, Option<TermsVersion>> amendment(SlaContract contract, ContractTerms terms,
                                                                         LocalDate effectiveFrom, LocalDate agreedOn) {
        TermsVersion latest = contract.latestTerms();
        if (latest.effectiveFrom().equals(effectiveFrom) && latest.terms().equals(terms)) {
            return Either.right(Option.none());
        }
        for (SlaContractRejection r : ofAnotherContract(contract.getId(), terms)) {
            return Either.left(r);
        }
        if (!effectiveFrom.isAfter(latest.effectiveFrom())) {
            return Either.left(new SlaContractRejection.DateOutOfRange("effectiveFrom", effectiveFrom,
                    "after " + latest.effectiveFrom() + ", when terms version " + latest.number() + " took effect"));
        }
        if (effectiveFrom.isBefore(agreedOn)) {
            return Either.left(new SlaContractRejection.DateOutOfRange("effectiveFrom", effectiveFrom,
                    "on or after agreedOn " + agreedOn + ": an amendment is not retroactive"));
        }
        if (!contract.coverage().contains(effectiveFrom)) {
            return Either.left(new SlaContractRejection.DateOutOfRange("effectiveFrom", effectiveFrom,
                    "within the contract's coverage " + contract.coverage()));
        }
        for (CompensationClaim claimed : contract.claims().find(c -> !c.breach().termsDate().isBefore(effectiveFrom))) {
            return Either.left(new SlaContractRejection.DateOutOfRange("effectiveFrom", effectiveFrom,
                    "after " + claimed.breach().termsDate() + ", the date of claim " + claimed.id()
                            + ", which was evaluated under terms version " + claimed.breach().termsVersion()));
        }
        TermsVersion version = new TermsVersion(latest.number() + 1, effectiveFrom, terms);
        Seq<String> problems = incompleteness(contract.circuits(), List.of(version));
        if (!problems.isEmpty()) {
            return Either.left(new SlaContractRejection.IncompleteTerms(contract.getId(), problems));
        }
        return Either.right(Option.some(version));
    }
}
