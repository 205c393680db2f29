package org.telecrm.sla.contract;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.jmolecules.ddd.types.AggregateRoot;
import org.telecrm.account.AccountId;
import org.telecrm.calendar.WorkingDayCalendar;
import org.telecrm.customer.CustomerId;
import org.telecrm.kernel.Changed;
import org.telecrm.kernel.RestoreCheck;
import org.telecrm.kernel.RestoreError;
import org.telecrm.sla.CircuitId;
import org.telecrm.sla.SlaContractId;
import org.telecrm.sla.claim.Breach;
import org.telecrm.sla.claim.BreachId;
import org.telecrm.sla.claim.ClaimId;
import org.telecrm.sla.claim.ClaimStatus;
import org.telecrm.sla.claim.Confirmation;
import org.telecrm.sla.claim.Responsibility;
import org.telecrm.sla.claim.Side;
import org.telecrm.sla.quality.Measurement;
import org.telecrm.sla.quality.Outage;
import org.telecrm.sla.quality.QualityCompensation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.function.Function;

/**
 * An SLA contract (SLA 协议, rules.md section 5): a legally binding agreement with a key-account customer on the
 * provisioning and quality of its leased circuits, and on the compensation the operator pays when it breaks it.
 * Immutable: every command returns a typed rejection or the new contract with the events that happened
 * ({@link Changed}), and never changes the contract it is called on.
 *
 * <h2>Lifecycle</h2>
 * <pre>{@code
 * draft(...) --> DRAFT --activate(signing)--> ACTIVE <--suspend / resume--> SUSPENDED
 *                                 ACTIVE, SUSPENDED --terminate(on, reason)--> TERMINATED
 *                                 ACTIVE, SUSPENDED --expire(on, after the validity period)--> EXPIRED
 * }</pre>
 * <ul>
 *   <li>In DRAFT, circuits are added and removed and the terms (version 1) revised; nothing is evaluated or owed.</li>
 *   <li>{@link #activate} records the signing by both sides with its date. It requires at least one circuit and
 *       complete terms (every circuit's quality level defined by the terms' quality-level table).</li>
 *   <li>Once signed, the circuits are fixed; the terms change only by {@link #amendTerms amendment}, which adds a
 *       version in force from its effective date (never before the day it was agreed: no retroactive amendment).</li>
 *   <li>Claims can be raised, confirmed, settled and rejected in every state after the draft: liability for a
 *       breach incurred while the contract was in force survives its suspension, termination or expiry. Claims are
 *       entities of this aggregate, not an aggregate of their own; {@link CompensationClaim} says why.</li>
 *   <li>Repeating a command that is already in effect (activating with the same signing, suspending a suspended
 *       contract, adding the same circuit, settling a settled claim, ...) is accepted and changes nothing
 *       ({@link Changed#nothing}); raising a claim for a breach that has one says so ({@link ClaimRaising.AlreadyRaised}).</li>
 * </ul>
 *
 * <h2>Invariants</h2>
 * <ol>
 *   <li>Past the draft, the contract carries its signing, at least one circuit, and complete terms in every version.</li>
 *   <li>Circuit identifiers are unique; circuits never change after signing.</li>
 *   <li>Terms versions are numbered 1, 2, 3, ... with strictly increasing effective dates, version 1 taking effect on
 *       the first valid day, all within the validity period. The version in force on a day is the last one effective
 *       on or before it; evaluation always uses it.</li>
 *   <li>At most one claim per breach ({@link BreachId}); claim identifiers are unique; a draft has no claim.</li>
 *   <li>Every claim is for a positive amount, about a covered circuit, dated inside the coverage, and evaluated under
 *       the terms version in force at its date; an amendment or a termination that would contradict a claim already
 *       raised is refused.</li>
 *   <li>A settled claim was confirmed by both sides; settled and rejected claims are final.</li>
 * </ol>
 *
 * <h2>Example</h2>
 * <pre>{@code
 * SlaContractId id = SlaContractId.of("SLA-2026-0042");
 * SlaContract draft = SlaContract.draft(id, CustomerId.of("C-440300-000123"), AccountId.of("A-0755-88001234"),
 *         new ValidityPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)),
 *         ContractTerms.defaults(id), at).get().state();
 * SlaContract active = draft.addCircuit(ddnCircuit, at).get().state()
 *         .activate(new ContractSigning("Li Wei, CIO", "Zhang Min, key-account department",
 *                 LocalDate.of(2025, 12, 20)), at).get().state();
 * OrderEvaluation late = active.evaluateOrder(order, WorkingDayCalendar.official()).get();
 * ClaimRaising raised = active.raiseClaim(ClaimId.of("PF-1"), late.breach().get(),
 *         new Responsibility("Futian bureau", "A-end access"), at).get();
 * }</pre>
 * Storage restores a contract with {@link #restore}, which raises no event and refuses state that breaks these
 * invariants.
 */
public final class SlaContract extends SlaContractState implements AggregateRoot<SlaContract, SlaContractId> {

    private SlaContract(SlaContractId id, CustomerId customer, AccountId creditAccount, ValidityPeriod validity,
                        ContractStatus status, Seq<Circuit> circuits, Seq<TermsVersion> termsVersions,
                        Seq<CompensationClaim> claims) {
        super(id, customer, creditAccount, validity, status, circuits, termsVersions, claims);
    }

    // ---- creation and restoration -------------------------------------------------------------------

    /**
     * Drafts a contract: its customer, the billing account compensation is credited to, the validity period, and
     * the terms (version 1, in force from the first valid day). Refused when the terms name another contract.
     */
    public static Either<SlaContractRejection, Changed<SlaContract, SlaContractEvent>> draft(
            SlaContractId id, CustomerId customer, AccountId creditAccount, ValidityPeriod validity,
            ContractTerms terms, Instant at) {
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(at, "at");
        for (SlaContractRejection r : TermsRules.ofAnotherContract(id, terms)) {
            return Either.left(r);
        }
        SlaContract contract = new SlaContract(id, customer, creditAccount, validity, new ContractStatus.Draft(),
                List.empty(), List.of(new TermsVersion(1, validity.from(), terms)), List.empty());
        return Either.right(Changed.of(contract,
                List.of(new SlaContractEvent.ContractDrafted(id, customer, creditAccount, validity, at))));
    }

    /**
     * Rebuilds a contract from stored state, raising no event, after checking it against the contract's invariants
     * (the one restore rule, see {@link RestoreError}): terms versions numbered 1, 2, 3, ... with strictly increasing
     * effective dates inside the validity period, version 1 on its first day, every version this contract's; distinct
     * circuits with no negative amount; a signed contract with circuits and terms complete for them, its status dated
     * inside the validity period (an expiry after it); a draft without claims; distinct claims, at most one per
     * breach, each one that {@link #raiseClaim} would have accepted when it was raised, a settlement not before both
     * confirmations, a rejection with a reason. Anything else is a {@link RestoreError} naming every problem.
     */
    public static Either<RestoreError, SlaContract> restore(SlaContractId id, CustomerId customer,
                                                            AccountId creditAccount, ValidityPeriod validity,
                                                            ContractStatus status, Seq<Circuit> circuits,
                                                            Seq<TermsVersion> termsVersions,
                                                            Seq<CompensationClaim> claims) {
        SlaContract contract = new SlaContract(id, customer, creditAccount, validity, status, List.ofAll(circuits),
                List.ofAll(termsVersions), List.ofAll(claims));
        RestoreCheck check = RestoreCheck.of("SLA contract", id.value());
        ContractInvariants.check(contract, check);
        return check.restore(() -> contract);
    }

    // ---- drafting -----------------------------------------------------------------------------------

    /** Adds a circuit to a draft. Adding the same circuit again changes nothing. */
    public Either<SlaContractRejection, Changed<SlaContract, SlaContractEvent>> addCircuit(Circuit circuit, Instant at) {
        if (!(status instanceof ContractStatus.Draft)) {
            return notIn("addCircuit", "while the contract is a DRAFT");
        }
        if (circuit.standardOneTimeFee().isNegative()) {
            return refuse(new SlaContractRejection.NegativeAmount("circuit " + circuit.id() + " standardOneTimeFee",
                    circuit.standardOneTimeFee()));
        }
        if (circuit.monthlyRental().isNegative()) {
            return refuse(new SlaContractRejection.NegativeAmount("circuit " + circuit.id() + " monthlyRental",
                    circuit.monthlyRental()));
        }
        for (Circuit existing : circuit(circuit.id())) {
            return existing.equals(circuit) ? unchanged() : refuse(new SlaContractRejection.DuplicateCircuit(circuit.id()));
        }
        return changed(withCircuits(circuits.append(circuit)), new SlaContractEvent.CircuitAdded(id, circuit, at));
    }

    /** Removes a circuit from a draft. Removing a circuit the draft does not have changes nothing. */
    public Either<SlaContractRejection, Changed<SlaContract, SlaContractEvent>> removeCircuit(CircuitId circuit, Instant at) {
        if (!(status instanceof ContractStatus.Draft)) {
            return notIn("removeCircuit", "while the contract is a DRAFT");
        }
        if (circuit(circuit).isEmpty()) {
            return unchanged();
        }
        return changed(withCircuits(circuits.filter(c -> !c.id().equals(circuit))),
                new SlaContractEvent.CircuitRemoved(id, circuit, at));
    }

    /** Replaces a draft's terms (its version 1). The same terms again change nothing. */
    public Either<SlaContractRejection, Changed<SlaContract, SlaContractEvent>> reviseDraftTerms(ContractTerms terms, Instant at) {
        if (!(status instanceof ContractStatus.Draft)) {
            return notIn("reviseDraftTerms", "while the contract is a DRAFT; a signed contract is amended");
        }
        for (SlaContractRejection r : TermsRules.ofAnotherContract(id, terms)) {
            return refuse(r);
        }
        if (latestTerms().terms().equals(terms)) {
            return unchanged();
        }
        return changed(withTerms(List.of(new TermsVersion(1, validity.from(), terms))),
                new SlaContractEvent.DraftTermsRevised(id, terms, at));
    }

    // ---- lifecycle ----------------------------------------------------------------------------------

    /**
     * Activates a draft signed by both sides. Requires at least one circuit and complete terms, named signatories,
     * and a signing date no later than the validity's last day. Activating again with the same signing changes nothing.
     */
    public Either<SlaContractRejection, Changed<SlaContract, SlaContractEvent>> activate(ContractSigning signing, Instant at) {
        return move(StatusMoves.activate(this, signing), new SlaContractEvent.ContractActivated(id, signing, at));
    }

    /**
     * Amends a signed contract's terms: a new version, agreed on {@code agreedOn}, in force from {@code effectiveFrom}.
     * The effective date must be after the latest version's, not before the day it was agreed (amendments are not
     * retroactive), within the coverage, and after the date of every claim already raised; the new terms must be
     * complete for the circuits. The same amendment again changes nothing.
     */
    public Either<SlaContractRejection, Changed<SlaContract, SlaContractEvent>> amendTerms(
            ContractTerms terms, LocalDate effectiveFrom, LocalDate agreedOn, Instant at) {
        if (!(status instanceof ContractStatus.Active || status instanceof ContractStatus.Suspended)) {
            return notIn("amendTerms", "while ACTIVE or SUSPENDED");
        }
        return TermsRules.amendment(this, terms, effectiveFrom, agreedOn).map(version -> version.isEmpty()
                ? Changed.nothing(this) : Changed.of(withTerms(termsVersions.append(version.get())),
                List.of(new SlaContractEvent.TermsAmended(id, version.get(), agreedOn, at))));
    }

    /** Suspends an active contract from a day, for a reason. Suspending a suspended contract changes nothing. */
    public Either<SlaContractRejection, Changed<SlaContract, SlaContractEvent>> suspend(LocalDate on, String reason, Instant at) {
        return move(StatusMoves.suspend(this, on, reason), new SlaContractEvent.ContractSuspended(id, on, reason, at));
    }

    /** Resumes a suspended contract on a day. Resuming an active contract changes nothing. */
    public Either<SlaContractRejection, Changed<SlaContract, SlaContractEvent>> resume(LocalDate on, Instant at) {
        return move(StatusMoves.resume(this, on), new SlaContractEvent.ContractResumed(id, on, at));
    }

    /**
     * Terminates an active or suspended contract on a day, for a reason: it covers nothing after that day. The day
     * must be inside the validity period, not before the signing, and not before the date of a claim already raised.
     * Terminating a terminated contract changes nothing.
     */
    public Either<SlaContractRejection, Changed<SlaContract, SlaContractEvent>> terminate(LocalDate on, String reason, Instant at) {
        return move(StatusMoves.terminate(this, on, reason), new SlaContractEvent.ContractTerminated(id, on, reason, at));
    }

    /** Records that an active or suspended contract ran out, on a day after its validity period. Idempotent. */
    public Either<SlaContractRejection, Changed<SlaContract, SlaContractEvent>> expire(LocalDate on, Instant at) {
        return move(StatusMoves.expire(this, on), new SlaContractEvent.ContractExpired(id, on, at));
    }

    // ---- evaluation (queries) -----------------------------------------------------------------------

    /**
     * Evaluates a provisioning order of one of the circuits under the terms version in force on its acceptance date,
     * on a working-day calendar where the days the customer held the order ({@link ProvisioningOrder#heldDays()})
     * are days off: the due date, days late and compensation, and the breach if one can be claimed.
     */
    public Either<EvaluationError, OrderEvaluation> evaluateOrder(ProvisioningOrder order, WorkingDayCalendar calendar) {
        return ContractEvaluation.order(this, order, calendar);
    }

    /**
     * Evaluates one circuit's month of outage records under the terms version in force on the month's first covered
     * day, measuring only the days of the month the contract covers: availability, overruns, credit, and the breach if
     * a credit is owed.
     */
    public Either<EvaluationError, QualityEvaluation> evaluateQuality(CircuitId circuitId, YearMonth month, Seq<Outage> outages) {
        return ContractEvaluation.quality(this, circuitId, month, outages);
    }

    /**
     * Evaluates one circuit's month of outages and measurements (latency, packet loss, jitter) under the terms version
     * in force on the month's first covered day: the outages as {@link #evaluateQuality} does, then what the level's
     * measured commitments add to the credit, the level's cap bounding the month's whole credit
     * ({@link QualityCompensation#assessMeasured}), and the breaches a claim can be raised for
     * ({@link MeasuredEvaluation#breach()}, {@link MeasuredEvaluation#qualityBreach()}).
     */
    public Either<EvaluationError, MeasuredEvaluation> evaluateMeasured(CircuitId circuitId, YearMonth month,
                                                                        Seq<Outage> outages,
                                                                        Seq<Measurement> measurements) {
        return ContractEvaluation.measured(this, circuitId, month, outages, measurements);
    }

    // ---- claims -------------------------------------------------------------------------------------

    /**
     * Raises a compensation claim for a breach, charged to a responsible bureau and segment. One claim per breach:
     * if the breach already has a claim, whatever its state (a rejected claim included) and whatever claim id is
     * given now, nothing changes and the answer is {@link ClaimRaising.AlreadyRaised}, naming it. Otherwise the breach must be this contract's, about one of its circuits, dated inside its coverage,
     * evaluated under the terms version in force at its date, for a positive amount, and final (a completed order; a
     * month that is over at {@code at}).
     */
    public Either<SlaContractRejection, ClaimRaising> raiseClaim(ClaimId claimId, Breach breach,
                                                                 Responsibility responsibility, Instant at) {
        if (status instanceof ContractStatus.Draft) {
            return notIn("raiseClaim", "once the contract is signed");
        }
        for (CompensationClaim existing : claimFor(breach.id())) {
            return Either.right(new ClaimRaising.AlreadyRaised(Changed.nothing(this), existing.id(), breach.id()));
        }
        for (CompensationClaim sameId : claim(claimId)) {
            return refuse(new SlaContractRejection.ClaimIdInUse(claimId, sameId.breach().id()));
        }
        if (responsibility.bureau().isBlank()) {
            return refuse(new SlaContractRejection.BlankText("responsibility.bureau"));
        }
        if (responsibility.segment().isBlank()) {
            return refuse(new SlaContractRejection.BlankText("responsibility.segment"));
        }
        for (SlaContractRejection r : ClaimEligibility.unclaimable(this, breach, at)) {
            return refuse(r);
        }
        CompensationClaim claim = new CompensationClaim(claimId, breach, responsibility, at, ClaimStatus.Raised.unconfirmed());
        return Either.right(new ClaimRaising.Raised(Changed.of(withClaims(claims.append(claim)), List.of(
                new SlaContractEvent.ClaimRaised(id, claimId, breach.id(), breach.amount(), responsibility, at))), claimId));
    }

    /**
     * Records one side's signature on a claim's compensation form; with both, the claim is confirmed. A side that has
     * already signed signing again changes nothing. A rejected claim cannot be confirmed.
     */
    public Either<SlaContractRejection, Changed<SlaContract, SlaContractEvent>> confirmClaim(
            ClaimId claimId, Confirmation confirmation, Instant at) {
        return onClaim(claimId, claim -> claim.confirm(id, confirmation, at));
    }

    /**
     * Settles a claim both sides have confirmed: the {@link SlaContractEvent.ClaimSettled} event carries the credit
     * for the host to post to {@link #creditAccount()} (idempotently there, by the claim id). Settling a settled claim
     * changes nothing, so the credit is announced once.
     */
    public Either<SlaContractRejection, Changed<SlaContract, SlaContractEvent>> settleClaim(
            ClaimId claimId, LocalDate settledOn, Instant at) {
        return onClaim(claimId, claim -> claim.settle(id, creditAccount, customer, settledOn, at));
    }

    /**
     * Rejects a claim, with a reason, before both sides have confirmed it (a confirmed compensation form is binding).
     * Rejecting a rejected claim changes nothing.
     */
    public Either<SlaContractRejection, Changed<SlaContract, SlaContractEvent>> rejectClaim(
            ClaimId claimId, Side by, String reason, LocalDate on, Instant at) {
        return onClaim(claimId, claim -> claim.reject(id, by, reason, on, at));
    }

    /** The contract with the claim as {@code command} changed it; an unknown claim is refused. */
    private Either<SlaContractRejection, Changed<SlaContract, SlaContractEvent>> onClaim(
            ClaimId claimId, Function<CompensationClaim, Either<SlaContractRejection,
            Changed<CompensationClaim, SlaContractEvent>>> command) {
        Option<CompensationClaim> found = claim(claimId);
        if (found.isEmpty()) {
            return refuse(new SlaContractRejection.UnknownClaim(id, claimId));
        }
        return command.apply(found.get()).map(c -> c.changedNothing() ? Changed.nothing(this)
                : Changed.of(replacing(c.state()), c.events()));
    }

    // ---- helpers ------------------------------------------------------------------------------------

    private <T> Either<SlaContractRejection, T> notIn(String command, String allowed) {
        return Either.left(new SlaContractRejection.NotInState(id, command, status.kind(), allowed));
    }

    private static <T> Either<SlaContractRejection, T> refuse(SlaContractRejection rejection) {
        return Either.left(rejection);
    }

    /** The contract in the status {@code next} says, announced by {@code event}; none: nothing changes. */
    private Either<SlaContractRejection, Changed<SlaContract, SlaContractEvent>> move(
            Either<SlaContractRejection, Option<ContractStatus>> next, SlaContractEvent event) {
        return next.map(s -> s.isEmpty() ? Changed.nothing(this) : Changed.of(with(s.get()), List.of(event)));
    }

    private Either<SlaContractRejection, Changed<SlaContract, SlaContractEvent>> unchanged() {
        return Either.right(Changed.nothing(this));
    }

    private static Either<SlaContractRejection, Changed<SlaContract, SlaContractEvent>> changed(
            SlaContract next, SlaContractEvent... events) {
        return Either.right(Changed.of(next, List.of(events)));
    }

    private SlaContract with(ContractStatus newStatus) {
        return new SlaContract(id, customer, creditAccount, validity, newStatus, circuits, termsVersions, claims);
    }

    private SlaContract withCircuits(Seq<Circuit> newCircuits) {
        return new SlaContract(id, customer, creditAccount, validity, status, newCircuits, termsVersions, claims);
    }

    private SlaContract withTerms(Seq<TermsVersion> newVersions) {
        return new SlaContract(id, customer, creditAccount, validity, status, circuits, newVersions, claims);
    }

    private SlaContract withClaims(Seq<CompensationClaim> newClaims) {
        return new SlaContract(id, customer, creditAccount, validity, status, circuits, termsVersions, newClaims);
    }

    private SlaContract replacing(CompensationClaim claim) {
        return withClaims(claims.map(c -> c.id().equals(claim.id()) ? claim : c));
    }

}
