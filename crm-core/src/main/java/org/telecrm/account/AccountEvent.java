package org.telecrm.account;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.telecrm.customer.CustomerId;
import org.telecrm.kernel.AggregateEvent;
import org.telecrm.money.Money;

import java.time.Instant;
import java.util.Objects;

/**
 * What happened to a billing account. Every accepted change raises one or more of these, oldest first, in
 * {@link org.telecrm.kernel.Changed#events()}; a host forwards them through its outbox. {@link SuspendedForArrears}
 * and {@link ReopenedAfterArrears} are the ones network provisioning acts on (stop and restore service).
 *
 * <pre>{@code
 * account.postPayment(EntryReference.of("PAY-77"), Money.ofYuan(300), at).get().events();
 * // [PaymentPosted(...), ReopenedAfterArrears(...)] when the payment clears the arrears
 * }</pre>
 */
public sealed interface AccountEvent extends AggregateEvent<AccountId> {

    /** The account it happened to. */
    AccountId account();

    /** {@link #account()}, under the name every aggregate's events share. */
    @Override
    default AccountId aggregateId() {
        return account();
    }

    /** When it happened (the instant passed to the command). */
    Instant occurredAt();

    /** An account was opened for a customer on these terms. */
    record AccountOpened(AccountId account, CustomerId owner, AccountTerms terms, Instant occurredAt)
            implements AccountEvent {
        public AccountOpened {
            Objects.requireNonNull(account, "account");
            Objects.requireNonNull(owner, "owner");
            Objects.requireNonNull(terms, "terms");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }
    }

    /** A new ledger entry, with the balance owed after it; it occurred when the entry was posted. */
    sealed interface EntryPosted extends AccountEvent {
        LedgerEntry entry();

        /** The balance owed after the entry. */
        Money balanceOwed();
    }

    record ChargePosted(AccountId account, LedgerEntry.Charge entry, Money balanceOwed, Instant occurredAt)
            implements EntryPosted {
    }

    record PaymentPosted(AccountId account, LedgerEntry.Payment entry, Money balanceOwed, Instant occurredAt)
            implements EntryPosted {
    }

    record AdjustmentPosted(AccountId account, LedgerEntry.Adjustment entry, Money balanceOwed,
                            Instant occurredAt) implements EntryPosted {
    }

    /** An SLA compensation claim was credited; {@code entry().reference()} is the claim's id. */
    record CompensationCredited(AccountId account, LedgerEntry.CompensationCredit entry, Money balanceOwed,
                                Instant occurredAt)
            implements EntryPosted {
    }

    /**
     * The spend charged in a billing cycle reached a configured threshold; raised once per threshold and cycle, by
     * the charge that reached it.
     *
     * @param threshold the threshold reached
     * @param cycle     the billing cycle
     * @param spend     the cycle's spend with that charge
     */
    record SpendAlertRaised(AccountId account, Money threshold, CyclePeriod cycle, Money spend, Instant occurredAt)
            implements AccountEvent {
    }

    /**
     * The account was suspended for arrears (欠费停机): the balance owed has been above the credit limit since
     * {@code overLimitSince}, for at least the grace period. Forward to network provisioning: stop service.
     */
    record SuspendedForArrears(AccountId account, CustomerId owner, Money balanceOwed, Money creditLimit,
                               Instant overLimitSince, Instant occurredAt) implements AccountEvent {
    }

    /**
     * The arrears cleared and the account re-opened on its own (交费后自动开机, seed 000): the balance owed is no
     * longer above the credit limit. Forward to network provisioning: restore service.
     *
     * @param clearedBy the reference of the entry (a payment, as a rule) that cleared the arrears; none when a
     *                  review found them already cleared (only possible for an account restored in that state)
     */
    record ReopenedAfterArrears(AccountId account, CustomerId owner, Option<EntryReference> clearedBy,
                                Money balanceOwed, Instant occurredAt) implements AccountEvent {
    }

    /**
     * A step of staged dunning (催缴) that stopped no service: the account was reminded of its arrears, the balance
     * owed above the credit limit since {@code overLimitSince}. Forward to the customer's contacts.
     */
    record RemindedOfArrears(AccountId account, CustomerId owner, Money balanceOwed, Money creditLimit,
                             Instant overLimitSince, Instant occurredAt) implements AccountEvent {
    }

    /**
     * The account was partially suspended for arrears (单停): the grace period is over and its schedule has a
     * partial suspension before the full one. Forward to network provisioning: stop outgoing service.
     */
    record PartiallySuspendedForArrears(AccountId account, CustomerId owner, Money balanceOwed, Money creditLimit,
                                        Instant overLimitSince, Instant occurredAt) implements AccountEvent {
    }

    /**
     * A reminded account's arrears cleared before any service was stopped: it is {@code ACTIVE} again, nothing to
     * restore.
     *
     * @param clearedBy the reference of the entry that cleared them; none when a review found them cleared
     */
    record ArrearsCleared(AccountId account, CustomerId owner, Option<EntryReference> clearedBy, Money balanceOwed,
                          Instant occurredAt) implements AccountEvent {
    }

    /** A payment plan was agreed for the arrears: dunning holds while its instalments are paid. */
    record PaymentPlanAgreed(AccountId account, CustomerId owner, PaymentPlan plan, Money balanceOwed,
                             Instant occurredAt) implements AccountEvent {
    }

    /**
     * An instalment of the payment plan was missed: the plan ends and dunning resumes (a suspension may follow at
     * the same instant).
     */
    record PaymentPlanBroken(AccountId account, CustomerId owner, EntryReference plan,
                             PaymentPlan.Instalment missed, Instant occurredAt) implements AccountEvent {
    }

    /**
     * The payment plan's last instalment passed, every instalment paid, and the account is still over its limit (new
     * charges came): the plan ends and dunning resumes.
     */
    record PaymentPlanLapsed(AccountId account, CustomerId owner, EntryReference plan, Instant occurredAt)
            implements AccountEvent {
    }

    /** The arrears cleared while a payment plan was in force: the plan has done its work and ends. */
    record PaymentPlanFulfilled(AccountId account, EntryReference plan, Option<EntryReference> clearedBy,
                                Instant occurredAt) implements AccountEvent {
    }

    /**
     * The credit limit was changed: the arrears are judged against the new one from now on, and an over-limit run
     * starts its grace period afresh.
     */
    record CreditLimitChanged(AccountId account, CustomerId owner, Money before, Money after, Instant occurredAt)
            implements AccountEvent {
    }

    /** The spend-alert thresholds were changed: charges from now on are alerted against the new ones. */
    record SpendAlertThresholdsChanged(AccountId account, Seq<Money> before, Seq<Money> after, Instant occurredAt)
            implements AccountEvent {
    }

    /** The dunning schedule was changed (a key account's contract term, say): its steps apply from now on. */
    record DunningScheduleChanged(AccountId account, DunningSchedule before, DunningSchedule after,
                                  Instant occurredAt) implements AccountEvent {
    }

    /** The account was closed with a settled balance. */
    record AccountClosed(AccountId account, CustomerId owner, Instant occurredAt) implements AccountEvent {
    }
}
