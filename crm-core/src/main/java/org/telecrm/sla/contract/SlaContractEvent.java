package org.telecrm.sla.contract;

import org.telecrm.account.AccountId;
import org.telecrm.customer.CustomerId;
import org.telecrm.kernel.AggregateEvent;
import org.telecrm.money.Money;
import org.telecrm.sla.CircuitId;
import org.telecrm.sla.SlaContractId;
import org.telecrm.sla.claim.BreachId;
import org.telecrm.sla.claim.ClaimId;
import org.telecrm.sla.claim.CompensationCredit;
import org.telecrm.sla.claim.Confirmation;
import org.telecrm.sla.claim.Responsibility;
import org.telecrm.sla.claim.Side;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What happened to an SLA contract, for the host to forward (through its outbox). Every event names the contract and
 * the instant it happened (passed in by the command's caller).
 *
 * <pre>{@code
 * contract.settleClaim(claimId, LocalDate.of(2026, 4, 10), at).get().events().forEach(event -> {
 *     if (event instanceof SlaContractEvent.ClaimSettled settled) {
 *         host.postCompensationCredit(settled.credit());   // idempotent by settled.credit().reference()
 *     }
 * });
 * }</pre>
 */
public sealed interface SlaContractEvent extends AggregateEvent<SlaContractId> {

    SlaContractId contract();

    /** {@link #contract()}, under the name every aggregate's events share. */
    @Override
    default SlaContractId aggregateId() {
        return contract();
    }

    Instant occurredAt();

    record ContractDrafted(SlaContractId contract, CustomerId customer, AccountId creditAccount, ValidityPeriod validity,
                           Instant occurredAt) implements SlaContractEvent {
    }

    record CircuitAdded(SlaContractId contract, Circuit circuit, Instant occurredAt) implements SlaContractEvent {
    }

    record CircuitRemoved(SlaContractId contract, CircuitId circuit, Instant occurredAt) implements SlaContractEvent {
    }

    /** The draft's terms (its version 1) were replaced before signing. */
    record DraftTermsRevised(SlaContractId contract, ContractTerms terms, Instant occurredAt) implements SlaContractEvent {
    }

    record ContractActivated(SlaContractId contract, ContractSigning signing, Instant occurredAt) implements SlaContractEvent {
    }

    /** A new terms version, agreed on a day and in force from its effective date. */
    record TermsAmended(SlaContractId contract, TermsVersion version, LocalDate agreedOn, Instant occurredAt)
            implements SlaContractEvent {
    }

    record ContractSuspended(SlaContractId contract, LocalDate since, String reason, Instant occurredAt)
            implements SlaContractEvent {
    }

    record ContractResumed(SlaContractId contract, LocalDate on, Instant occurredAt) implements SlaContractEvent {
    }

    record ContractTerminated(SlaContractId contract, LocalDate on, String reason, Instant occurredAt)
            implements SlaContractEvent {
    }

    record ContractExpired(SlaContractId contract, LocalDate on, Instant occurredAt) implements SlaContractEvent {
    }

    record ClaimRaised(SlaContractId contract, ClaimId claim, BreachId breach, Money amount, Responsibility responsibility,
                       Instant occurredAt) implements SlaContractEvent {
    }

    /** One side signed the compensation form. */
    record ClaimSignedBy(SlaContractId contract, ClaimId claim, Confirmation confirmation, Instant occurredAt)
            implements SlaContractEvent {
    }

    /** Both sides have now signed: the claim is confirmed and awaits settlement. */
    record ClaimConfirmed(SlaContractId contract, ClaimId claim, Instant occurredAt) implements SlaContractEvent {
    }

    /**
     * The claim is settled: the host posts {@link #credit()} to the account it names, with the account's
     * compensation-credit command and the claim id as the reference (idempotent there).
     */
    record ClaimSettled(SlaContractId contract, ClaimId claim, CompensationCredit credit, LocalDate settledOn,
                        Instant occurredAt) implements SlaContractEvent {
    }

    record ClaimRejected(SlaContractId contract, ClaimId claim, Side by, String reason, LocalDate on, Instant occurredAt)
            implements SlaContractEvent {
    }
}
