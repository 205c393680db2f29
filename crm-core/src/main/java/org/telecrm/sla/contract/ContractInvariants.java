package org.telecrm.sla.contract;

import io.vavr.collection.Seq;
import org.telecrm.kernel.RestoreCheck;
import org.telecrm.sla.CircuitId;
import org.telecrm.sla.claim.BreachId;
import org.telecrm.sla.claim.ClaimId;
import org.telecrm.sla.claim.ClaimStatus;

import java.time.LocalDate;

/**
 * The invariants of an {@link SlaContract} (listed in its class comment) as {@link SlaContract#restore} checks stored
 * state against them, each broken one a problem at its field: the terms versions, the circuits, the status and its
 * dates, the claims (each one that {@link SlaContract#raiseClaim} would have accepted when it was raised).
 */
final class ContractInvariants {

    private ContractInvariants() {
    }

    /** Every problem of {@code contract}; the claims only when the rest is sound (they are checked against it). */
    static void check(SlaContract contract, RestoreCheck check) {
        checkTerms(contract, check);
        checkCircuits(contract, check);
        checkStatus(contract, check);
        if (check.clean()) {   // a claim is checked against the terms in force, which the checks above proved sound
            checkClaims(contract, check);
        }
    }

    private static void checkTerms(SlaContract c, RestoreCheck check) {
        Seq<TermsVersion> termsVersions = c.termsVersions();
        ValidityPeriod validity = c.validity();
        check.when(termsVersions.isEmpty(), "termsVersions", () -> "a contract has at least its terms version 1");
        LocalDate previous = null;
        int i = 0;
        for (TermsVersion v : termsVersions) {
            String at = "termsVersions[" + i + "]";
            int expected = i + 1;
            check.when(v.number() != expected, at + ".number", () -> "must be " + expected + ", was " + v.number());
            if (i == 0) {
                check.when(!v.effectiveFrom().equals(validity.from()), at + ".effectiveFrom",
                        () -> "version 1 takes effect on the first valid day " + validity.from() + ", not on "
                                + v.effectiveFrom());
            } else {
                LocalDate before = previous;
                check.when(!v.effectiveFrom().isAfter(before), at + ".effectiveFrom",
                        () -> v.effectiveFrom() + " is not after the version before it (" + before + ")");
            }
            check.when(v.effectiveFrom().isAfter(validity.to()), at + ".effectiveFrom",
                    () -> v.effectiveFrom() + " is after the validity's last day " + validity.to());
            TermsRules.ofAnotherContract(c.getId(), v.terms()).forEach(r -> check.problem(at + ".terms", r.message()));
            previous = v.effectiveFrom();
            i++;
        }
    }

    private static void checkCircuits(SlaContract contract, RestoreCheck check) {
        Seq<Circuit> circuits = contract.circuits();
        java.util.Set<CircuitId> seen = new java.util.HashSet<>();
        int i = 0;
        for (Circuit c : circuits) {
            String at = "circuits[" + i + "]";
            check.when(!seen.add(c.id()), at + ".id", () -> "the circuit " + c.id() + " is already in the contract");
            check.when(c.standardOneTimeFee().isNegative(), at + ".standardOneTimeFee",
                    () -> "must not be negative, was " + c.standardOneTimeFee().toPlainString());
            check.when(c.monthlyRental().isNegative(), at + ".monthlyRental",
                    () -> "must not be negative, was " + c.monthlyRental().toPlainString());
            i++;
        }
    }

    private static void checkStatus(SlaContract c, RestoreCheck check) {
        ContractStatus status = c.status();
        Seq<CompensationClaim> claims = c.claims();
        ValidityPeriod validity = c.validity();
        Seq<Circuit> circuits = c.circuits();
        if (status instanceof ContractStatus.Draft) {
            check.when(claims.nonEmpty(), "claims", () -> "a draft has no claims, this one has " + claims.size());
            return;
        }
        check.when(circuits.isEmpty(), "circuits", () -> "a signed contract has at least one circuit");
        c.termsProblems().forEach(p -> check.problem("termsVersions", p));
        ContractSigning signing = status.signing().get();
        check.when(signing.customerSignatory().isBlank(), "status.signed.customerSignatory", () -> "must not be blank");
        check.when(signing.providerSignatory().isBlank(), "status.signed.providerSignatory", () -> "must not be blank");
        check.when(signing.signedOn().isAfter(validity.to()), "status.signed.signedOn",
                () -> signing.signedOn() + " is after the validity's last day " + validity.to());
        if (status instanceof ContractStatus.Suspended s) {   // as suspend checks it
            check.when(s.since().isBefore(signing.signedOn()) || s.since().isAfter(validity.to()), "status.since",
                    () -> s.since() + " is not between the signing date " + signing.signedOn()
                            + " and the validity's last day " + validity.to());
        } else if (status instanceof ContractStatus.Terminated t) {   // as terminate checks it
            LocalDate earliest = signing.signedOn().isAfter(validity.from()) ? signing.signedOn() : validity.from();
            check.when(t.on().isBefore(earliest) || t.on().isAfter(validity.to()), "status.on",
                    () -> t.on() + " is not between " + earliest + " (signing and first valid day) and the"
                            + " validity's last day " + validity.to());
        } else if (status instanceof ContractStatus.Expired e) {
            check.when(!e.on().isAfter(validity.to()), "status.on",
                    () -> e.on() + " is not after the validity's last day " + validity.to());
        }
    }

    private static void checkClaims(SlaContract contract, RestoreCheck check) {
        Seq<CompensationClaim> claims = contract.claims();
        java.util.Map<ClaimId, Integer> ids = new java.util.HashMap<>();
        java.util.Map<BreachId, Integer> breaches = new java.util.HashMap<>();
        int i = 0;
        for (CompensationClaim claim : claims) {
            String at = "claims[" + i + "]";
            Integer sameId = ids.putIfAbsent(claim.id(), i);
            check.when(sameId != null, at + ".id", () -> "the claim " + claim.id() + " is already claims[" + sameId
                    + "]");
            Integer sameBreach = breaches.putIfAbsent(claim.breach().id(), i);
            check.when(sameBreach != null, at + ".breach", () -> "the breach " + claim.breach().id()
                    + " already has claims[" + sameBreach + "]");
            ClaimEligibility.unclaimable(contract, claim.breach(), claim.raisedAt()).forEach(r -> check.problem(at + ".breach", r.message()));
            check.when(claim.responsibility().bureau().isBlank(), at + ".responsibility.bureau",
                    () -> "must not be blank");
            check.when(claim.responsibility().segment().isBlank(), at + ".responsibility.segment",
                    () -> "must not be blank");
            if (claim.status() instanceof ClaimStatus.Settled settled) {
                LocalDate lastSigned = settled.customer().on().isAfter(settled.provider().on())
                        ? settled.customer().on() : settled.provider().on();
                check.when(settled.settledOn().isBefore(lastSigned), at + ".status.settledOn",
                        () -> settled.settledOn() + " is before both sides' confirmations (the later on "
                                + lastSigned + ")");
            } else if (claim.status() instanceof ClaimStatus.Rejected rejected) {
                check.when(rejected.reason().isBlank(), at + ".status.reason", () -> "must not be blank");
            }
            i++;
        }
    }
}
