package org.telecrm.sla.claim;

import io.vavr.collection.Seq;
import org.jmolecules.ddd.annotation.ValueObject;
import org.telecrm.account.AccountId;
import org.telecrm.customer.CustomerId;
import org.telecrm.money.Money;
import org.telecrm.sla.SlaContractId;

import java.util.Objects;

/**
 * Everything a host needs to post a settled claim's credit to the customer's billing account, carried by the
 * {@code ClaimSettled} event: the account, the amount, the posting reference and the audit basis.
 *
 * <p><b>Posting.</b> The SLA contract does not touch the account (another aggregate). The host posts this credit
 * with the Account aggregate's compensation-credit command, using {@link #reference()} (the claim id) as the
 * entry's external reference. Posting is idempotent there by that reference: delivering the same
 * {@code ClaimSettled} event twice credits the customer once.
 *
 * <pre>{@code
 * CompensationCredit credit = settled.credit();
 * credit.account();      // A-0755-88001234
 * credit.reference();    // PF-2026-03-0007: the claim id, the ledger entry's reference
 * credit.amount();       // CNY 1800.00
 * credit.basis();        // the audit lines the ledger entry keeps
 * }</pre>
 *
 * @param account   the billing account credited (the contract's credit account)
 * @param reference the claim id: the posting's idempotency reference
 * @param amount    the credit, positive
 * @param customer  the contract's customer
 * @param contract  the contract the claim belongs to
 * @param breach    the breach the claim was raised for
 * @param basis     the audit basis: what decided the amount
 */
@ValueObject
public record CompensationCredit(AccountId account, ClaimId reference, Money amount, CustomerId customer,
                                 SlaContractId contract, BreachId breach, Seq<String> basis) {

    public CompensationCredit {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(breach, "breach");
        Objects.requireNonNull(basis, "basis");
    }
}
