package org.telecrm.account;

import org.telecrm.kernel.Reversible;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.jmolecules.ddd.annotation.ValueObject;
import org.telecrm.money.Money;

import java.time.Instant;
import java.util.Objects;

/**
 * One dated change of an account's terms after its opening, with the value before and after it: the credit limit, the
 * spend-alert thresholds or the dunning schedule ({@link Account#changeCreditLimit} and the others). It holds from
 * {@link #at()}, the instant the command was given, which its event carries too. The account keeps its changes in the
 * order made ({@link Account#termsHistory()}); its terms as of a moment are the current ones with every change made
 * after that moment undone, newest first ({@link Account#termsAsOf}), the same as replaying the changes made by then
 * over the opening's terms.
 *
 * <pre>{@code
 * account.termsHistory().head();   // CreditLimitChange[before=CNY 500.00, after=CNY 2000.00, at=2026-07-10T02:00:00Z]
 * }</pre>
 */
public sealed interface TermsChange extends Reversible<AccountTerms> {

    /** From when the change holds. */
    Instant at();

    /** What it changes: {@code creditLimit}, {@code spendAlertThresholds} or {@code dunning}. */
    String aspect();

    /** {@code terms} with this change's value after it. */
    AccountTerms applyTo(AccountTerms terms);

    /** The credit limit changed. */
    @ValueObject
    record CreditLimitChange(Money before, Money after, Instant at) implements TermsChange {
        public CreditLimitChange {
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
            Objects.requireNonNull(at, "at");
        }

        public String aspect() {
            return "creditLimit";
        }

        public AccountTerms applyTo(AccountTerms terms) {
            return terms.withLimit(after);
        }

        public AccountTerms undo(AccountTerms terms) {
            return terms.withLimit(before);
        }

        public boolean madeState(AccountTerms terms) {
            return terms.creditLimit().equals(after);
        }
    }

    /** The spend-alert thresholds changed (lowest first). */
    @ValueObject
    record SpendAlertsChange(Seq<Money> before, Seq<Money> after, Instant at) implements TermsChange {
        public SpendAlertsChange {
            before = List.ofAll(Objects.requireNonNull(before, "before"));
            after = List.ofAll(Objects.requireNonNull(after, "after"));
            Objects.requireNonNull(at, "at");
        }

        public String aspect() {
            return "spendAlertThresholds";
        }

        public AccountTerms applyTo(AccountTerms terms) {
            return terms.withSpendAlertThresholds(after);
        }

        public AccountTerms undo(AccountTerms terms) {
            return terms.withSpendAlertThresholds(before);
        }

        public boolean madeState(AccountTerms terms) {
            return List.ofAll(terms.spendAlertThresholds()).equals(after);
        }
    }

    /** The dunning schedule changed (a key account's contract term, say). */
    @ValueObject
    record DunningScheduleChange(DunningSchedule before, DunningSchedule after, Instant at) implements TermsChange {
        public DunningScheduleChange {
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
            Objects.requireNonNull(at, "at");
        }

        public String aspect() {
            return "dunning";
        }

        public AccountTerms applyTo(AccountTerms terms) {
            return terms.withDunning(after);
        }

        public AccountTerms undo(AccountTerms terms) {
            return terms.withDunning(before);
        }

        public boolean madeState(AccountTerms terms) {
            return terms.dunning().equals(after);
        }
    }
}
