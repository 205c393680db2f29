package org.telecrm.sla.contract;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.telecrm.account.AccountId;
import org.telecrm.customer.CustomerId;
import org.telecrm.sla.CircuitId;
import org.telecrm.sla.SlaContractId;
import org.telecrm.sla.claim.BreachId;
import org.telecrm.sla.claim.ClaimId;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What an {@link SlaContract} holds and how it reads: its fields, accessors, the terms in force and the coverage,
 * equality and rendering. The contract's commands live in {@link SlaContract}, the only subclass; the rules they
 * apply in {@link StatusMoves}, {@link TermsRules}, {@link ClaimEligibility}, {@link CompensationClaim},
 * {@link ContractEvaluation} and {@link ContractInvariants}.
 */
abstract sealed class SlaContractState permits SlaContract {

    final SlaContractId id;
    final CustomerId customer;
    final AccountId creditAccount;
    final ValidityPeriod validity;
    final ContractStatus status;
    final Seq<Circuit> circuits;
    final Seq<TermsVersion> termsVersions;
    final Seq<CompensationClaim> claims;

    SlaContractState(SlaContractId id, CustomerId customer, AccountId creditAccount, ValidityPeriod validity,
                             ContractStatus status, Seq<Circuit> circuits, Seq<TermsVersion> termsVersions,
                             Seq<CompensationClaim> claims) {
        this.id = Objects.requireNonNull(id, "id");
        this.customer = Objects.requireNonNull(customer, "customer");
        this.creditAccount = Objects.requireNonNull(creditAccount, "creditAccount");
        this.validity = Objects.requireNonNull(validity, "validity");
        this.status = Objects.requireNonNull(status, "status");
        this.circuits = Objects.requireNonNull(circuits, "circuits");
        this.termsVersions = Objects.requireNonNull(termsVersions, "termsVersions");
        this.claims = Objects.requireNonNull(claims, "claims");
    }

    /** The contract's identity, for the domain (equality is of the whole state). */
    public SlaContractId getId() {
        return id;
    }

    public SlaContractId id() {
        return id;
    }

    public CustomerId customer() {
        return customer;
    }

    /** The customer's billing account that compensation credits are posted to. */
    public AccountId creditAccount() {
        return creditAccount;
    }

    public ValidityPeriod validity() {
        return validity;
    }

    public ContractStatus status() {
        return status;
    }

    public Seq<Circuit> circuits() {
        return circuits;
    }

    public Option<Circuit> circuit(CircuitId circuit) {
        return circuits.find(c -> c.id().equals(circuit));
    }

    /** Every terms version, oldest first. */
    public Seq<TermsVersion> termsVersions() {
        return termsVersions;
    }

    /** The latest terms version (the draft's terms before signing). */
    public TermsVersion latestTerms() {
        return termsVersions.last();
    }

    /** The terms version in force on a day of the validity period: the last one effective on or before it. */
    public Option<TermsVersion> termsInForceOn(LocalDate day) {
        return validity.contains(day)
                ? termsVersions.filter(v -> !v.effectiveFrom().isAfter(day)).lastOption()
                : Option.none();
    }

    public Seq<CompensationClaim> claims() {
        return claims;
    }

    public Option<CompensationClaim> claim(ClaimId claim) {
        return claims.find(c -> c.id().equals(claim));
    }

    /** The claim raised for a breach, if any (there is at most one). */
    public Option<CompensationClaim> claimFor(BreachId breach) {
        return claims.find(c -> c.breach().id().equals(breach));
    }

    /**
     * The days the contract answers for: its validity period, ending on the termination day once terminated. A draft
     * answers for nothing yet ({@link #covers}).
     */
    public ValidityPeriod coverage() {
        return status instanceof ContractStatus.Terminated t ? new ValidityPeriod(validity.from(), t.on()) : validity;
    }

    /** Whether the contract, signed, answers for this day. */
    public boolean covers(LocalDate day) {
        return !(status instanceof ContractStatus.Draft) && coverage().contains(day);
    }

    /** What keeps the terms from being complete for the circuits (empty when complete). */
    public Seq<String> termsProblems() {
        return TermsRules.incompleteness(circuits, termsVersions);
    }

    /** Equal when every field is equal: two snapshots of the same contract in the same state. */
    @Override
    public boolean equals(Object o) {
        return o instanceof SlaContractState other && id.equals(other.id) && customer.equals(other.customer)
                && creditAccount.equals(other.creditAccount) && validity.equals(other.validity)
                && status.equals(other.status) && circuits.equals(other.circuits)
                && termsVersions.equals(other.termsVersions) && claims.equals(other.claims);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, customer, creditAccount, validity, status, circuits, termsVersions, claims);
    }

    @Override
    public String toString() {
        return "SlaContract[" + id + ", " + status.kind() + ", customer " + customer + ", " + circuits.size()
                + " circuit(s), " + termsVersions.size() + " terms version(s), " + claims.size() + " claim(s)]";
    }
}
