package org.telecrm.sla.contract;

import io.vavr.control.Option;
import org.jmolecules.ddd.types.Entity;
import org.telecrm.account.AccountId;
import org.telecrm.customer.CustomerId;
import org.telecrm.money.Money;
import org.telecrm.sla.claim.Breach;
import org.telecrm.sla.claim.ClaimId;
import org.telecrm.sla.claim.ClaimStatus;
import org.telecrm.sla.claim.CompensationCredit;
import org.telecrm.sla.claim.Responsibility;

import java.time.Instant;
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
}
