package org.telecrm.sla.contract;

import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.jmolecules.ddd.types.Entity;
import org.telecrm.account.AccountId;
import org.telecrm.customer.CustomerId;
import org.telecrm.kernel.Changed;
import org.telecrm.money.Money;
import org.telecrm.sla.SlaContractId;
import org.telecrm.sla.claim.Breach;
import org.telecrm.sla.claim.ClaimId;
import org.telecrm.sla.claim.ClaimStatus;
import org.telecrm.sla.claim.CompensationCredit;
import org.telecrm.sla.claim.Confirmation;
import org.telecrm.sla.claim.Responsibility;
import org.telecrm.sla.claim.Side;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A compensation claim (the SLA compensation form, SLA 赔付单): raised from a breach with its amount and audit basis,
 * charged to a responsible bureau and segment, confirmed by both sides, then settled as a credit to the customer's
 * account, or rejected with a reason ({@link ClaimStatus}).
 *
 * <h2>Why claims are entities of the contract, not an aggregate of their own</h2>
 * <ul>
 *   <li><b>One claim per breach</b> is an invariant over all of a contract's claims. Inside the contract it is
 *       decided in the same command, on one version of one aggregate, so it holds without a unique index or a
 *       cross-aggregate check in the host's storage.</li>
 *   <li>Whether a claim may be raised depends on the contract: the circuit must be one it covers, the breach must
 *       fall inside its coverage, and the evidence must have been computed under the terms version in force at the
 *       breach's date. The contract holds all of that.</li>
 *   <li>A claim is short-lived (weeks from raising to settlement) and few (at most one per circuit per month for
 *       quality, one per late order), so the aggregate stays small; and claim handling on a contract is rare
 *       enough that serialising it with amendments on the contract's version costs nothing in practice.</li>
 *   <li>The credit itself belongs to another aggregate (the billing account), referenced by {@link AccountId}
 *       only: settling emits a {@link CompensationCredit} that the host posts there, idempotently by claim id. No
 *       transaction spans the two.</li>
 * </ul>
 *
 * <pre>{@code
 * CompensationClaim claim = contract.claim(ClaimId.of("PF-2026-03-0007")).get();
 * claim.amount();             // read from the breach's evidence
 * claim.breach().basis();     // the audit basis
 * claim.status().kind();      // RAISED, CONFIRMED, SETTLED or REJECTED
 * }</pre>
 *
 * @param id             the claim (form) number, also the credit's posting reference
 * @param breach         the breach and its evidence
 * @param responsibility the responsible bureau and responsibility segment
 * @param raisedAt       when it was raised
 * @param status         where it is in its life
 */
public record CompensationClaim(ClaimId id, Breach breach, Responsibility responsibility, Instant raisedAt,
                                ClaimStatus status) implements Entity<SlaContract, ClaimId> {

    public CompensationClaim {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(breach, "breach");
        Objects.requireNonNull(responsibility, "responsibility");
        Objects.requireNonNull(raisedAt, "raisedAt");
        Objects.requireNonNull(status, "status");
    }

    @Override
    public ClaimId getId() {
        return id;
    }

    /** The amount claimed: what the breach's evidence says is owed. */
    public Money amount() {
        return breach.amount();
    }

    /** The credit to post, once the claim is settled. */
    public Option<CompensationCredit> credit(AccountId account, CustomerId customer) {
        return status instanceof ClaimStatus.Settled
                ? Option.some(new CompensationCredit(account, id, amount(), customer, breach.contract(), breach.id(),
                breach.basis()))
                : Option.none();
    }

    CompensationClaim withStatus(ClaimStatus newStatus) {
        return new CompensationClaim(id, breach, responsibility, raisedAt, newStatus);
    }

    // ---- the claim's life, as the contract's commands run it --------------------------------------------------

    /**
     * One side's signature on the compensation form; with both, the claim is confirmed. A side that has already
     * signed signing again changes nothing. A rejected claim cannot be confirmed.
     */
    Either<SlaContractRejection, Changed<CompensationClaim, SlaContractEvent>> confirm(
            SlaContractId contract, Confirmation confirmation, Instant at) {
        if (status instanceof ClaimStatus.Confirmed || status instanceof ClaimStatus.Settled) {
            return Either.right(Changed.nothing(this));
        }
        if (!(status instanceof ClaimStatus.Raised raised)) {
            return Either.left(new SlaContractRejection.ClaimNotInState(id, status.kind(), "confirmClaim",
                    "while RAISED"));
        }
        if (raised.of(confirmation.side()).isDefined()) {
            return Either.right(Changed.nothing(this));
        }
        if (confirmation.signatory().isBlank()) {
            return Either.left(new SlaContractRejection.BlankText("confirmation.signatory"));
        }
        Option<Confirmation> customerSide = confirmation.side() == Side.CUSTOMER ? Option.some(confirmation) : raised.customer();
        Option<Confirmation> providerSide = confirmation.side() == Side.PROVIDER ? Option.some(confirmation) : raised.provider();
        SlaContractEvent signed = new SlaContractEvent.ClaimSignedBy(contract, id, confirmation, at);
        if (customerSide.isDefined() && providerSide.isDefined()) {
            return Either.right(Changed.of(withStatus(new ClaimStatus.Confirmed(customerSide.get(), providerSide.get())),
                    List.of(signed, new SlaContractEvent.ClaimConfirmed(contract, id, at))));
        }
        return Either.right(Changed.of(withStatus(new ClaimStatus.Raised(customerSide, providerSide)), List.of(signed)));
    }

    /**
     * Settled, once both sides confirmed it, on a day not before the later confirmation; the event carries the credit
     * to post to {@code account}. Settling a settled claim changes nothing, so the credit is announced once.
     */
    Either<SlaContractRejection, Changed<CompensationClaim, SlaContractEvent>> settle(
            SlaContractId contract, AccountId account, CustomerId customer, LocalDate settledOn, Instant at) {
        if (status instanceof ClaimStatus.Settled) {
            return Either.right(Changed.nothing(this));
        }
        if (!(status instanceof ClaimStatus.Confirmed confirmed)) {
            return Either.left(new SlaContractRejection.ClaimNotInState(id, status.kind(), "settleClaim",
                    "once both sides have confirmed it (CONFIRMED)"));
        }
        LocalDate lastSigned = confirmed.customer().on().isAfter(confirmed.provider().on())
                ? confirmed.customer().on() : confirmed.provider().on();
        if (settledOn.isBefore(lastSigned)) {
            return Either.left(new SlaContractRejection.DateOutOfRange("settledOn", settledOn,
                    "on or after both sides' confirmations (the later on " + lastSigned + ")"));
        }
        CompensationClaim settled = withStatus(
                new ClaimStatus.Settled(confirmed.customer(), confirmed.provider(), settledOn));
        return Either.right(Changed.of(settled, List.of(new SlaContractEvent.ClaimSettled(contract, id,
                settled.credit(account, customer).get(), settledOn, at))));
    }

    /** Rejected, with a reason, before both sides confirmed it. Rejecting a rejected claim changes nothing. */
    Either<SlaContractRejection, Changed<CompensationClaim, SlaContractEvent>> reject(
            SlaContractId contract, Side by, String reason, LocalDate on, Instant at) {
        if (status instanceof ClaimStatus.Rejected) {
            return Either.right(Changed.nothing(this));
        }
        if (!(status instanceof ClaimStatus.Raised)) {
            return Either.left(new SlaContractRejection.ClaimNotInState(id, status.kind(), "rejectClaim",
                    "before both sides have confirmed it (RAISED)"));
        }
        if (reason.isBlank()) {
            return Either.left(new SlaContractRejection.BlankText("reason"));
        }
        return Either.right(Changed.of(withStatus(new ClaimStatus.Rejected(by, reason, on)),
                List.of(new SlaContractEvent.ClaimRejected(contract, id, by, reason, on, at))));
    }
}
