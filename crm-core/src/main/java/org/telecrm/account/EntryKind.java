package org.telecrm.account;

import org.telecrm.money.Money;

/**
 * The kind of a ledger entry, which gives the direction of its amount (the amount itself is always positive).
 *
 * <p>Sign convention of the whole account: the balance is the amount the customer <b>owes</b>. A positive
 * balance is a debt, a negative one a credit in the customer's favour (e.g. a prepayment). Debits (charges,
 * debit adjustments) raise it; credits (payments, credit adjustments, compensation credits) lower it.
 *
 * <pre>{@code
 * EntryKind.PAYMENT.owedBy(Money.ofYuan(100));   // CNY -100.00: a payment lowers what is owed
 * }</pre>
 */
public enum EntryKind {
    /** A bill or usage charge: the customer owes more. */
    CHARGE("charge", 1),
    /** A payment received: the customer owes less. */
    PAYMENT("payment", -1),
    /** A correction that raises what is owed (e.g. an undercharged bill, a refund of an overpayment). */
    DEBIT_ADJUSTMENT("debit adjustment", 1),
    /** A correction that lowers what is owed (e.g. an overcharged bill). */
    CREDIT_ADJUSTMENT("credit adjustment", -1),
    /** An SLA compensation settled as a credit (SLA 赔付, rules.md section 5), referenced by its claim's id. */
    COMPENSATION_CREDIT("compensation credit", -1);

    private final String label;
    private final int sign;

    EntryKind(String label, int sign) {
        this.label = label;
        this.sign = sign;
    }

    /** The kind in words, for messages: {@code "compensation credit"}. */
    public String label() {
        return label;
    }

    /** True when entries of this kind raise what the customer owes. */
    public boolean isDebit() {
        return sign > 0;
    }

    /** The change an entry of this kind and amount makes to the balance owed. */
    public Money owedBy(Money amount) {
        return sign > 0 ? amount : amount.negate();
    }
}
