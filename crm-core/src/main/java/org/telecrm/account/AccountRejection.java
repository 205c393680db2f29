package org.telecrm.account;

import io.vavr.collection.Seq;
import org.telecrm.money.Money;

import java.time.Instant;

/**
 * Why a command on an account was refused. Each is a named domain fact; {@link #message()} says what and where.
 * A refused command changes nothing.
 *
 * <p>One of them is not a failure: {@link AlreadyPosted} answers a repeated posting (same reference, same facts),
 * so that a host's retry is told plainly that the entry is already in the ledger (and which one) instead of being
 * posted twice; {@link #isRepeat()} tells it apart.
 *
 * <pre>{@code
 * account.postPayment(EntryReference.of("PAY-77"), Money.ZERO, at).getLeft().message();
 * // "amount must be positive, was CNY 0.00 (the entry kind gives the direction)"
 * }</pre>
 */
public sealed interface AccountRejection {

    /** A sentence that says what is wrong and where, fit for an operator. */
    String message();

    /** True for the answer to a repeated posting, which is not a failure: the entry is already there. */
    default boolean isRepeat() {
        return false;
    }

    /** The terms to open an account on are unusable; every problem names its field. */
    record InvalidTerms(Seq<TermProblem> problems) implements AccountRejection {
        public String message() {
            return "the account terms are invalid: " + problems.map(TermProblem::message).mkString("; ");
        }
    }

    /** An amount that must be positive was zero or negative. */
    record NotPositive(String field, Money was) implements AccountRejection {
        public String message() {
            return field + " must be positive, was " + was + " (the entry kind gives the direction)";
        }
    }

    /** A text that must say something was blank (an adjustment's reason). */
    record Blank(String field) implements AccountRejection {
        public String message() {
            return field + " must not be blank";
        }
    }

    /** The same entry was posted before under this reference: nothing changed. Not a failure. */
    record AlreadyPosted(AccountId account, LedgerEntry posted) implements AccountRejection {
        public String message() {
            return "account " + account + " already has " + posted.describe() + "; nothing was posted again";
        }

        @Override
        public boolean isRepeat() {
            return true;
        }
    }

    /** The reference is already used by an entry with other facts (kind, amount, correction). */
    record ReferenceConflict(AccountId account, LedgerEntry posted, LedgerEntry attempted) implements AccountRejection {
        public String message() {
            return "reference " + posted.reference() + " on account " + account + " is already " + posted.describe()
                    + "; refused " + attempted.describe() + ": a posted entry never changes, a correction is a new"
                    + " adjustment with its own reference";
        }
    }

    /** An adjustment names an entry the ledger does not have. */
    record UnknownEntry(String field, EntryReference reference) implements AccountRejection {
        public String message() {
            return field + " names " + reference + ", which is not in the ledger";
        }
    }

    /** An instant earlier than what the account already recorded: time only moves forward on an account. */
    record OutOfOrder(String field, Instant was, Instant notBefore) implements AccountRejection {
        public String message() {
            return field + " must not be before " + notBefore + " (the account's latest recorded instant), was " + was;
        }
    }

    /** A closed account takes no postings. */
    record AccountIsClosed(AccountId account, Instant closedAt, EntryReference attempted) implements AccountRejection {
        public String message() {
            return "account " + account + " was closed at " + closedAt + " and takes no postings; refused " + attempted;
        }
    }

    /** A closed account's terms no longer change (credit limit, spend-alert thresholds, dunning schedule). */
    record TermsOfClosedAccount(AccountId account, Instant closedAt, String change) implements AccountRejection {
        public String message() {
            return "account " + account + " was closed at " + closedAt + " and its terms no longer change; refused "
                    + change;
        }
    }

    /** The lifecycle does not allow this change of state. */
    record TransitionRefused(AccountId account, AccountState from, AccountState to) implements AccountRejection {
        public String message() {
            return "account " + account + " cannot go from " + from.label() + " to " + to.label();
        }
    }

    /** An account closes only with a settled balance (zero owed, zero in credit). */
    record BalanceNotSettled(AccountId account, Money balanceOwed) implements AccountRejection {
        public String message() {
            return "account " + account + " cannot close: balanceOwed must be zero, was " + balanceOwed;
        }
    }

    /**
     * An entry that would take a sum past the largest amount ({@link Money#MAX}): the balance owed
     * ({@code "balanceOwed"}) or the spend of the charge's billing cycle ({@code "spend"}). Nothing is posted.
     */
    record TooLarge(AccountId account, String field, LedgerEntry attempted) implements AccountRejection {
        public String message() {
            return "account " + account + " cannot post " + attempted.describe() + ": its " + field
                    + " would be beyond the largest amount, " + Money.MAX;
        }
    }

    /** A payment plan is for arrears: this account is not over its credit limit. */
    record NotOverLimit(AccountId account, Money balanceOwed, Money creditLimit) implements AccountRejection {
        public String message() {
            return "account " + account + " owes " + balanceOwed + ", not above its credit limit " + creditLimit
                    + ": there are no arrears to plan the payment of";
        }
    }

    /** A payment plan that cannot be agreed; every problem names its field. */
    record InvalidPaymentPlan(Seq<TermProblem> problems) implements AccountRejection {
        public String message() {
            return "the payment plan is invalid: " + problems.map(TermProblem::message).mkString("; ");
        }
    }

    /** One payment plan at a time: another is in force. */
    record PaymentPlanInForce(AccountId account, EntryReference plan) implements AccountRejection {
        public String message() {
            return "account " + account + " already has payment plan " + plan + " in force";
        }
    }
}
