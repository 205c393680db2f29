package org.telecrm.sla.contract;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.jmolecules.ddd.types.AggregateRoot;
import org.telecrm.account.AccountId;
import org.telecrm.calendar.CalendarError;
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
import org.telecrm.sla.provisioning.AssessmentError;
import org.telecrm.sla.provisioning.ProvisioningCase;
import org.telecrm.sla.provisioning.ProvisioningCompensation;
import org.telecrm.sla.quality.Outage;
import org.telecrm.sla.quality.QualityCase;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

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
public final class SlaContract implements AggregateRoot<SlaContract, SlaContractId> {

    private final SlaContractId id;
    private final CustomerId customer;
    private final AccountId creditAccount;
    private final ValidityPeriod validity;
    private final ContractStatus status;
    private final Seq<Circuit> circuits;
    private final Seq<TermsVersion> termsVersions;
    private final Seq<CompensationClaim> claims;

    private SlaContract(SlaContractId id, CustomerId customer, AccountId creditAccount, ValidityPeriod validity,
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
        for (SlaContractRejection r : termsOfAnotherContract(id, terms)) {
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
        contract.checkTerms(check);
        contract.checkCircuits(check);
        contract.checkStatus(check);
        if (check.clean()) {   // a claim is checked against the terms in force, which the checks above proved sound
            contract.checkClaims(check);
        }
        return check.restore(() -> contract);
    }

    private void checkTerms(RestoreCheck check) {
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
            termsOfAnotherContract(id, v.terms()).forEach(r -> check.problem(at + ".terms", r.message()));
            previous = v.effectiveFrom();
            i++;
        }
    }

    private void checkCircuits(RestoreCheck check) {
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

    private void checkStatus(RestoreCheck check) {
        if (status instanceof ContractStatus.Draft) {
            check.when(claims.nonEmpty(), "claims", () -> "a draft has no claims, this one has " + claims.size());
            return;
        }
        check.when(circuits.isEmpty(), "circuits", () -> "a signed contract has at least one circuit");
        termsProblems().forEach(p -> check.problem("termsVersions", p));
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

    private void checkClaims(RestoreCheck check) {
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
            unclaimable(claim.breach(), claim.raisedAt()).forEach(r -> check.problem(at + ".breach", r.message()));
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

    // ---- state --------------------------------------------------------------------------------------

    @Override
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
        return incompleteness(circuits, termsVersions);
    }

    private static Seq<String> incompleteness(Seq<Circuit> circuits, Seq<TermsVersion> versions) {
        return versions.flatMap(v -> circuits.filter(c -> !v.terms().quality().defines(c.qualityLevel()))
                .map(c -> "circuit " + c.id() + "'s quality level " + c.qualityLevel()
                        + " is not in the quality-level table of terms version " + v.number()));
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
        for (SlaContractRejection r : termsOfAnotherContract(id, terms)) {
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
        if (status instanceof ContractStatus.Active a && a.signed().equals(signing)) {
            return unchanged();
        }
        if (!(status instanceof ContractStatus.Draft)) {
            return notIn("activate", "for a DRAFT contract");
        }
        if (signing.customerSignatory().isBlank()) {
            return refuse(new SlaContractRejection.BlankText("signing.customerSignatory"));
        }
        if (signing.providerSignatory().isBlank()) {
            return refuse(new SlaContractRejection.BlankText("signing.providerSignatory"));
        }
        if (signing.signedOn().isAfter(validity.to())) {
            return refuse(new SlaContractRejection.DateOutOfRange("signing.signedOn", signing.signedOn(),
                    "on or before the validity's last day " + validity.to()));
        }
        if (circuits.isEmpty()) {
            return refuse(new SlaContractRejection.NoCircuits(id));
        }
        Seq<String> problems = termsProblems();
        if (!problems.isEmpty()) {
            return refuse(new SlaContractRejection.IncompleteTerms(id, problems));
        }
        return changed(with(new ContractStatus.Active(signing)), new SlaContractEvent.ContractActivated(id, signing, at));
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
        TermsVersion latest = latestTerms();
        if (latest.effectiveFrom().equals(effectiveFrom) && latest.terms().equals(terms)) {
            return unchanged();
        }
        for (SlaContractRejection r : termsOfAnotherContract(id, terms)) {
            return refuse(r);
        }
        if (!effectiveFrom.isAfter(latest.effectiveFrom())) {
            return refuse(new SlaContractRejection.DateOutOfRange("effectiveFrom", effectiveFrom,
                    "after " + latest.effectiveFrom() + ", when terms version " + latest.number() + " took effect"));
        }
        if (effectiveFrom.isBefore(agreedOn)) {
            return refuse(new SlaContractRejection.DateOutOfRange("effectiveFrom", effectiveFrom,
                    "on or after agreedOn " + agreedOn + ": an amendment is not retroactive"));
        }
        if (!coverage().contains(effectiveFrom)) {
            return refuse(new SlaContractRejection.DateOutOfRange("effectiveFrom", effectiveFrom,
                    "within the contract's coverage " + coverage()));
        }
        for (CompensationClaim claimed : claims.find(c -> !c.breach().termsDate().isBefore(effectiveFrom))) {
            return refuse(new SlaContractRejection.DateOutOfRange("effectiveFrom", effectiveFrom,
                    "after " + claimed.breach().termsDate() + ", the date of claim " + claimed.id()
                            + ", which was evaluated under terms version " + claimed.breach().termsVersion()));
        }
        TermsVersion version = new TermsVersion(latest.number() + 1, effectiveFrom, terms);
        Seq<String> problems = incompleteness(circuits, List.of(version));
        if (!problems.isEmpty()) {
            return refuse(new SlaContractRejection.IncompleteTerms(id, problems));
        }
        return changed(withTerms(termsVersions.append(version)),
                new SlaContractEvent.TermsAmended(id, version, agreedOn, at));
    }

    /** Suspends an active contract from a day, for a reason. Suspending a suspended contract changes nothing. */
    public Either<SlaContractRejection, Changed<SlaContract, SlaContractEvent>> suspend(LocalDate on, String reason, Instant at) {
        if (status instanceof ContractStatus.Suspended) {
            return unchanged();
        }
        if (!(status instanceof ContractStatus.Active active)) {
            return notIn("suspend", "while ACTIVE");
        }
        if (reason.isBlank()) {
            return refuse(new SlaContractRejection.BlankText("reason"));
        }
        LocalDate signedOn = active.signed().signedOn();
        if (on.isBefore(signedOn) || on.isAfter(validity.to())) {
            return refuse(new SlaContractRejection.DateOutOfRange("on", on,
                    "between the signing date " + signedOn + " and the validity's last day " + validity.to()));
        }
        return changed(with(new ContractStatus.Suspended(active.signed(), on, reason)),
                new SlaContractEvent.ContractSuspended(id, on, reason, at));
    }

    /** Resumes a suspended contract on a day. Resuming an active contract changes nothing. */
    public Either<SlaContractRejection, Changed<SlaContract, SlaContractEvent>> resume(LocalDate on, Instant at) {
        if (status instanceof ContractStatus.Active) {
            return unchanged();
        }
        if (!(status instanceof ContractStatus.Suspended suspended)) {
            return notIn("resume", "while SUSPENDED");
        }
        if (on.isBefore(suspended.since())) {
            return refuse(new SlaContractRejection.DateOutOfRange("on", on,
                    "on or after the suspension's start " + suspended.since()));
        }
        return changed(with(new ContractStatus.Active(suspended.signed())), new SlaContractEvent.ContractResumed(id, on, at));
    }

    /**
     * Terminates an active or suspended contract on a day, for a reason: it covers nothing after that day. The day
     * must be inside the validity period, not before the signing, and not before the date of a claim already raised.
     * Terminating a terminated contract changes nothing.
     */
    public Either<SlaContractRejection, Changed<SlaContract, SlaContractEvent>> terminate(LocalDate on, String reason, Instant at) {
        if (status instanceof ContractStatus.Terminated) {
            return unchanged();
        }
        if (!(status instanceof ContractStatus.Active || status instanceof ContractStatus.Suspended)) {
            return notIn("terminate", "while ACTIVE or SUSPENDED");
        }
        if (reason.isBlank()) {
            return refuse(new SlaContractRejection.BlankText("reason"));
        }
        ContractSigning signing = status.signing().get();
        LocalDate earliest = signing.signedOn().isAfter(validity.from()) ? signing.signedOn() : validity.from();
        if (on.isBefore(earliest) || on.isAfter(validity.to())) {
            return refuse(new SlaContractRejection.DateOutOfRange("on", on,
                    "between " + earliest + " (signing and first valid day) and the validity's last day " + validity.to()));
        }
        for (CompensationClaim claimed : claims.find(c -> c.breach().termsDate().isAfter(on))) {
            return refuse(new SlaContractRejection.DateOutOfRange("on", on,
                    "on or after " + claimed.breach().termsDate() + ", the date of claim " + claimed.id()));
        }
        return changed(with(new ContractStatus.Terminated(signing, on, reason)),
                new SlaContractEvent.ContractTerminated(id, on, reason, at));
    }

    /** Records that an active or suspended contract ran out, on a day after its validity period. Idempotent. */
    public Either<SlaContractRejection, Changed<SlaContract, SlaContractEvent>> expire(LocalDate on, Instant at) {
        if (status instanceof ContractStatus.Expired) {
            return unchanged();
        }
        if (!(status instanceof ContractStatus.Active || status instanceof ContractStatus.Suspended)) {
            return notIn("expire", "while ACTIVE or SUSPENDED");
        }
        if (!on.isAfter(validity.to())) {
            return refuse(new SlaContractRejection.DateOutOfRange("on", on,
                    "after the validity's last day " + validity.to()));
        }
        return changed(with(new ContractStatus.Expired(status.signing().get(), on)),
                new SlaContractEvent.ContractExpired(id, on, at));
    }

    // ---- evaluation (queries) -----------------------------------------------------------------------

    /**
     * Evaluates a provisioning order of one of the circuits under the terms version in force on its acceptance date,
     * on a working-day calendar where the days the customer held the order ({@link ProvisioningOrder#heldDays()})
     * are days off: the due date, days late and compensation, and the breach if one can be claimed.
     */
    public Either<EvaluationError, OrderEvaluation> evaluateOrder(ProvisioningOrder order, WorkingDayCalendar calendar) {
        if (status instanceof ContractStatus.Draft) {
            return Either.left(new EvaluationError.NotActivated(id));
        }
        Option<Circuit> found = circuit(order.circuit());
        if (found.isEmpty()) {
            return Either.left(new EvaluationError.UnknownCircuit(id, order.circuit()));
        }
        if (!coverage().contains(order.acceptedOn())) {
            return Either.left(new EvaluationError.NotCovered("acceptedOn", order.acceptedOn().toString(),
                    coverage().toString()));
        }
        Circuit circuit = found.get();
        TermsVersion version = termsInForceOn(order.acceptedOn()).get();
        ProvisioningCase c = new ProvisioningCase(circuit.product(), circuit.provisioningClass(),
                circuit.standardOneTimeFee(), order.acceptedOn(), order.progress());
        // the days the customer held the order are days off (rules.md section 6): the one place this rule applies
        Either<CalendarError, WorkingDayCalendar> net = calendar.withDaysOff(order.heldDays());
        if (net.isLeft()) {
            return Either.left(new EvaluationError.Provisioning(new AssessmentError.OutsideCalendar("heldDays",
                    net.getLeft())));
        }
        return ProvisioningCompensation.of(net.get(), version.terms().tariff()).assess(c)
                .<EvaluationError>mapLeft(EvaluationError.Provisioning::new)
                .map(assessment -> new OrderEvaluation(id, order, version.number(), assessment));
    }

    /**
     * Evaluates one circuit's month of outage records under the terms version in force on the month's first covered
     * day, measuring only the days of the month the contract covers: availability, overruns, credit, and the breach if
     * a credit is owed.
     */
    public Either<EvaluationError, QualityEvaluation> evaluateQuality(CircuitId circuitId, YearMonth month, Seq<Outage> outages) {
        if (status instanceof ContractStatus.Draft) {
            return Either.left(new EvaluationError.NotActivated(id));
        }
        Option<Circuit> found = circuit(circuitId);
        if (found.isEmpty()) {
            return Either.left(new EvaluationError.UnknownCircuit(id, circuitId));
        }
        ValidityPeriod coverage = coverage();
        if (!coverage.overlaps(month)) {
            return Either.left(new EvaluationError.NotCovered("month", month.toString(), coverage.toString()));
        }
        Circuit circuit = found.get();
        QualityCase c = QualityCase.forMonth(circuitId, circuit.qualityLevel(), circuit.monthlyRental(), month, outages)
                .coveredBetween(coverage.from(), coverage.to());
        TermsVersion version = termsInForceOn(c.firstDay()).get();
        return version.terms().qualityEngine().assess(c)
                .<EvaluationError>mapLeft(EvaluationError.Quality::new)
                .map(assessment -> new QualityEvaluation(id, circuitId, month, version.number(), assessment));
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
        for (SlaContractRejection r : unclaimable(breach, at)) {
            return refuse(r);
        }
        CompensationClaim claim = new CompensationClaim(claimId, breach, responsibility, at, ClaimStatus.Raised.unconfirmed());
        return Either.right(new ClaimRaising.Raised(Changed.of(withClaims(claims.append(claim)), List.of(
                new SlaContractEvent.ClaimRaised(id, claimId, breach.id(), breach.amount(), responsibility, at))), claimId));
    }

    private Option<SlaContractRejection> unclaimable(Breach breach, Instant at) {
        BreachId breachId = breach.id();
        if (!breach.contract().equals(id)) {
            return Option.some(new SlaContractRejection.NotThisContractsBreach(breachId,
                    "it is a breach of contract " + breach.contract()));
        }
        Option<Circuit> circuit = circuit(breach.circuit());
        if (circuit.isEmpty()) {
            return Option.some(new SlaContractRejection.UnknownCircuit(id, breach.circuit()));
        }
        LocalDate date = breach.termsDate();
        if (!coverage().contains(date)) {
            return Option.some(new SlaContractRejection.NotThisContractsBreach(breachId,
                    "its date " + date + " is outside the coverage " + coverage()));
        }
        TermsVersion version = termsInForceOn(date).get();
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

    /**
     * Records one side's signature on a claim's compensation form; with both, the claim is confirmed. A side that has
     * already signed signing again changes nothing. A rejected claim cannot be confirmed.
     */
    public Either<SlaContractRejection, Changed<SlaContract, SlaContractEvent>> confirmClaim(
            ClaimId claimId, Confirmation confirmation, Instant at) {
        Option<CompensationClaim> found = claim(claimId);
        if (found.isEmpty()) {
            return refuse(new SlaContractRejection.UnknownClaim(id, claimId));
        }
        CompensationClaim claim = found.get();
        if (claim.status() instanceof ClaimStatus.Confirmed || claim.status() instanceof ClaimStatus.Settled) {
            return unchanged();
        }
        if (!(claim.status() instanceof ClaimStatus.Raised raised)) {
            return refuse(new SlaContractRejection.ClaimNotInState(claimId, claim.status().kind(), "confirmClaim",
                    "while RAISED"));
        }
        if (raised.of(confirmation.side()).isDefined()) {
            return unchanged();
        }
        if (confirmation.signatory().isBlank()) {
            return refuse(new SlaContractRejection.BlankText("confirmation.signatory"));
        }
        Option<Confirmation> customerSide = confirmation.side() == Side.CUSTOMER ? Option.some(confirmation) : raised.customer();
        Option<Confirmation> providerSide = confirmation.side() == Side.PROVIDER ? Option.some(confirmation) : raised.provider();
        SlaContractEvent signed = new SlaContractEvent.ClaimSignedBy(id, claimId, confirmation, at);
        if (customerSide.isDefined() && providerSide.isDefined()) {
            return changed(replacing(claim.withStatus(new ClaimStatus.Confirmed(customerSide.get(), providerSide.get()))),
                    signed, new SlaContractEvent.ClaimConfirmed(id, claimId, at));
        }
        return changed(replacing(claim.withStatus(new ClaimStatus.Raised(customerSide, providerSide))), signed);
    }

    /**
     * Settles a claim both sides have confirmed: the {@link SlaContractEvent.ClaimSettled} event carries the credit
     * for the host to post to {@link #creditAccount()} (idempotently there, by the claim id). Settling a settled claim
     * changes nothing, so the credit is announced once.
     */
    public Either<SlaContractRejection, Changed<SlaContract, SlaContractEvent>> settleClaim(
            ClaimId claimId, LocalDate settledOn, Instant at) {
        Option<CompensationClaim> found = claim(claimId);
        if (found.isEmpty()) {
            return refuse(new SlaContractRejection.UnknownClaim(id, claimId));
        }
        CompensationClaim claim = found.get();
        if (claim.status() instanceof ClaimStatus.Settled) {
            return unchanged();
        }
        if (!(claim.status() instanceof ClaimStatus.Confirmed confirmed)) {
            return refuse(new SlaContractRejection.ClaimNotInState(claimId, claim.status().kind(), "settleClaim",
                    "once both sides have confirmed it (CONFIRMED)"));
        }
        LocalDate lastSigned = confirmed.customer().on().isAfter(confirmed.provider().on())
                ? confirmed.customer().on() : confirmed.provider().on();
        if (settledOn.isBefore(lastSigned)) {
            return refuse(new SlaContractRejection.DateOutOfRange("settledOn", settledOn,
                    "on or after both sides' confirmations (the later on " + lastSigned + ")"));
        }
        CompensationClaim settled = claim.withStatus(
                new ClaimStatus.Settled(confirmed.customer(), confirmed.provider(), settledOn));
        return changed(replacing(settled), new SlaContractEvent.ClaimSettled(id, claimId,
                settled.credit(creditAccount, customer).get(), settledOn, at));
    }

    /**
     * Rejects a claim, with a reason, before both sides have confirmed it (a confirmed compensation form is binding).
     * Rejecting a rejected claim changes nothing.
     */
    public Either<SlaContractRejection, Changed<SlaContract, SlaContractEvent>> rejectClaim(
            ClaimId claimId, Side by, String reason, LocalDate on, Instant at) {
        Option<CompensationClaim> found = claim(claimId);
        if (found.isEmpty()) {
            return refuse(new SlaContractRejection.UnknownClaim(id, claimId));
        }
        CompensationClaim claim = found.get();
        if (claim.status() instanceof ClaimStatus.Rejected) {
            return unchanged();
        }
        if (!(claim.status() instanceof ClaimStatus.Raised)) {
            return refuse(new SlaContractRejection.ClaimNotInState(claimId, claim.status().kind(), "rejectClaim",
                    "before both sides have confirmed it (RAISED)"));
        }
        if (reason.isBlank()) {
            return refuse(new SlaContractRejection.BlankText("reason"));
        }
        return changed(replacing(claim.withStatus(new ClaimStatus.Rejected(by, reason, on))),
                new SlaContractEvent.ClaimRejected(id, claimId, by, reason, on, at));
    }

    // ---- helpers ------------------------------------------------------------------------------------

    private static Option<SlaContractRejection> termsOfAnotherContract(SlaContractId id, ContractTerms terms) {
        String reference = terms.provisioning().contractReference();
        return reference.equals(id.value())
                ? Option.none()
                : Option.some(new SlaContractRejection.TermsOfAnotherContract(id, reference));
    }

    private <T> Either<SlaContractRejection, T> notIn(String command, String allowed) {
        return Either.left(new SlaContractRejection.NotInState(id, command, status.kind(), allowed));
    }

    private static <T> Either<SlaContractRejection, T> refuse(SlaContractRejection rejection) {
        return Either.left(rejection);
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

    /** Equal when every field is equal: two snapshots of the same contract in the same state. */
    @Override
    public boolean equals(Object o) {
        return o instanceof SlaContract other && id.equals(other.id) && customer.equals(other.customer)
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
