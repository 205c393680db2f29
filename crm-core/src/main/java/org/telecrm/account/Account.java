package org.telecrm.account;

import org.telecrm.kernel.Reversible;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.jmolecules.ddd.types.AggregateRoot;
import org.telecrm.customer.CustomerId;
import org.telecrm.kernel.Changed;
import org.telecrm.kernel.RestoreError;
import org.telecrm.money.Money;

import java.time.Instant;
import java.util.Objects;

/**
 * A billing account (账户): the customer's ledger, the arrears rule that suspends the account and re-opens it on
 * payment without any staff step (欠费停机, 交费后自动开机: rules.md section 7, seed 000), and spend alerts.
 *
 * <h2>Lifecycle</h2>
 * {@link AccountState}: {@code ACTIVE} (on {@link #open}) &rarr; the dunning stages &rarr; {@code ACTIVE} &rarr; ...
 * &rarr; {@code CLOSED}. Dunning and re-opening are not commands: the arrears rule makes them, evaluated by every
 * posting and by {@link #reviewArrears(Instant)} (which a host calls, e.g. daily).
 * {@link #close(Instant)} needs a settled balance; a closed account is final and refuses every posting.
 *
 * <h2>Sign convention</h2>
 * The balance is what the customer <b>owes</b>: positive is a debt, negative a credit in the customer's favour.
 * Every amount posted is positive; the entry's {@link EntryKind} gives the direction (charges and debit adjustments
 * raise the balance, payments, credit adjustments and compensation credits lower it). A zero or negative amount is
 * refused with {@link AccountRejection.NotPositive} naming {@code amount}.
 *
 * <h2>Invariants</h2>
 * <ul>
 *   <li><b>Append-only ledger.</b> A command only ever appends one entry to the {@link Ledger}; no entry is changed
 *       or removed. A correction is a new {@link LedgerEntry.Adjustment} naming the entry it corrects, which must be
 *       in the ledger.</li>
 *   <li><b>Derived balance.</b> {@link #balanceOwed()} is the sum of the entries' signed amounts, nothing else.</li>
 *   <li><b>Idempotent by reference.</b> Within the ledger a reference stands for one entry of any kind. Posting an
 *       entry whose reference is already there changes nothing: the same facts (kind, amount, correction; the
 *       instant does not matter) are answered with {@link AccountRejection.AlreadyPosted}, which carries the entry
 *       posted first and {@link AccountRejection#isRepeat() is a repeat}, not a failure; other facts are a
 *       {@link AccountRejection.ReferenceConflict}. A compensation credit's reference is its claim's id, so a claim
 *       is credited at most once.</li>
 *   <li><b>Time moves forward.</b> Instants are passed in. A posting, a review or a closing earlier than the latest
 *       instant the account recorded (opening, last posting, last change of state or of the terms, a plan's
 *       agreement) is refused with {@link AccountRejection.OutOfOrder}; a repeat is recognised whatever its
 *       instant.</li>
 *   <li><b>Arrears rule with staged dunning.</b> The account is <em>over the limit</em> when the balance owed is
 *       strictly above the credit limit. {@link #overLimitSince()} is the instant the current over-limit run began:
 *       the posting instant of the earliest entry after which the balance stayed above the limit up to now (derived
 *       from the ledger), never before the credit limit took effect ({@link #creditLimitSince()}). The steps of the
 *       terms' {@link DunningSchedule} fall due as their delays from it pass: reminder ({@link AccountState#REMINDED}),
 *       partial suspension when the grace period ends ({@link AccountState#PARTIALLY_SUSPENDED}), suspension
 *       ({@link AccountState#SUSPENDED_FOR_ARREARS}; with the default schedule, when the grace period ends). Whenever
 *       the rule is evaluated at {@code at} (by a posting at its instant, or a review): an account over the limit
 *       rises to the stage due at {@code at} (never falls: a skipped step raises no event), unless a kept
 *       {@link PaymentPlan} holds it; an account no longer over the limit is re-opened
 *       ({@link AccountEvent.ReopenedAfterArrears}, or {@link AccountEvent.ArrearsCleared} from a reminder). So the
 *       arrears <em>clear</em> exactly when the balance owed is no longer above the credit limit (the debt need not be
 *       paid in full), by a payment or any other credit, with no staff step; and no step of dunning is ever taken
 *       while the balance is within the limit.</li>
 *   <li><b>Spend alerts.</b> A cycle's spend is the sum of the charges posted in it ({@link BillingCycle}: by the
 *       local date of the posting instant). A charge that takes it from below a threshold to the threshold or above
 *       raises {@link AccountEvent.SpendAlertRaised}, once per threshold per cycle (the spend only grows within a
 *       cycle, so nothing else needs remembering); the next cycle starts from zero, re-arming every threshold.
 *       Credits do not lower the spend.</li>
 * </ul>
 *
 * <p>Every command returns the new account and its events, oldest first (the entry's event, then any spend alerts,
 * then a suspension or re-opening), or a typed {@link AccountRejection}; it never changes {@code this}. The owner is
 * referenced by {@link CustomerId} only. {@link #restore} rebuilds an account from stored state without any event,
 * refusing state that breaks the invariants; every field has a public accessor for a mapper.
 *
 * <pre>{@code
 * Instant t0 = Instant.parse("2026-07-01T01:00:00Z");
 * Account account = Account.open(AccountId.of("A-0755-1"), CustomerId.of("C-1"),
 *         AccountTerms.withCreditLimit(Money.ofYuan(100)), t0).get().state();
 * account = account.postCharge(EntryReference.of("B-2026-06"), Money.ofYuan(300), t0).get().state();
 * account = account.reviewArrears(t0.plus(Duration.ofDays(3))).get().state();   // suspended: 3 days' grace over
 * Changed<Account, AccountEvent> paid = account.postPayment(EntryReference.of("PAY-1"), Money.ofYuan(300),
 *         t0.plus(Duration.ofDays(4))).get();
 * paid.state().status().state();   // ACTIVE, with no staff step
 * paid.events();                   // PaymentPosted, ReopenedAfterArrears
 * }</pre>
 */
public final class Account implements AggregateRoot<Account, AccountId> {

    private final AccountId id;
    private final CustomerId owner;
    private final AccountTerms terms;
    private final Instant openedAt;
    private final Ledger ledger;
    private final AccountStatus status;
    /** When the credit limit in force took effect: the opening, or the last change of the limit. */
    private final Instant creditLimitSince;
    private final Option<PaymentPlan> paymentPlan;
    /** The changes of the terms since the opening, in the order made. */
    private final Seq<TermsChange> termsHistory;

    Account(AccountId id, CustomerId owner, AccountTerms terms, Instant openedAt, Ledger ledger, AccountStatus status,
            Instant creditLimitSince, Option<PaymentPlan> paymentPlan, Seq<TermsChange> termsHistory) {
        this.id = Objects.requireNonNull(id, "id");
        this.owner = Objects.requireNonNull(owner, "owner");
        this.terms = Objects.requireNonNull(terms, "terms");
        this.openedAt = Objects.requireNonNull(openedAt, "openedAt");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.status = Objects.requireNonNull(status, "status");
        this.creditLimitSince = Objects.requireNonNull(creditLimitSince, "creditLimitSince");
        this.paymentPlan = Objects.requireNonNull(paymentPlan, "paymentPlan");
        this.termsHistory = List.ofAll(Objects.requireNonNull(termsHistory, "termsHistory"));
    }

    // ---- creation and restoration -------------------------------------------------------------------------------

    /**
     * Opens an account for a customer, active from {@code at} with an empty ledger, raising
     * {@link AccountEvent.AccountOpened}; refused with {@link AccountRejection.InvalidTerms} naming every problem of
     * the terms.
     */
    public static Either<AccountRejection, Changed<Account, AccountEvent>> open(AccountId id, CustomerId owner,
                                                                                AccountTerms terms, Instant at) {
        Objects.requireNonNull(terms, "terms");
        Seq<TermProblem> problems = terms.problems();
        if (problems.nonEmpty()) {
            return Either.left(new AccountRejection.InvalidTerms(problems));
        }
        Account account = new Account(id, owner, terms, at, Ledger.empty(), AccountStatus.of(AccountState.ACTIVE, at),
                at, Option.none(), List.empty());
        return Either.right(Changed.of(account, List.of(new AccountEvent.AccountOpened(id, owner, terms, at))));
    }

    /**
     * Rebuilds an account from stored state, raising no event, after checking it against the account's invariants
     * (the one restore rule, see {@link RestoreError}): the terms are valid; the ledger's entries have positive
     * amounts, distinct references, non-blank adjustment reasons and corrections of earlier entries, and are in
     * posting order, none before the opening; the balance fits in an amount; the status is not older than the
     * opening; no billing cycle's spend is beyond the largest amount (posting refuses a charge that would take it
     * there, {@link AccountRejection.TooLarge}); a closed account owes nothing and has no entry after its closing; and every entry matches its stored
     * {@link LedgerSeal} (sequence numbers 1, 2, 3, ..., each hash chained to the one before it), so an entry altered,
     * removed or moved in storage is refused. Anything else is a {@link RestoreError} naming every problem. The
     * entries and seals are {@code ledger().entries()} and {@code ledger().seals()} as stored.
     */
    public static Either<RestoreError, Account> restore(AccountId id, CustomerId owner, AccountTerms terms,
                                                        Instant openedAt, Seq<LedgerEntry> entries,
                                                        Seq<LedgerSeal> seals, AccountStatus status) {
        return restore(id, owner, terms, openedAt, Ledger.empty(), entries, seals, status);
    }

    /**
     * As {@link #restore(AccountId, CustomerId, AccountTerms, Instant, Seq, Seq, AccountStatus)}, for a ledger of
     * which {@code verified}, a prefix of a ledger this class built (restored or posted to: its seals are sound), is
     * already held, and {@code more} with {@code moreSeals} follow it as stored. Only the chain of {@code more} is
     * recomputed, so a store that caches accounts reads a long ledger back at the cost of what it adds; every other
     * invariant is checked over the whole ledger, as always.
     */
    public static Either<RestoreError, Account> restore(AccountId id, CustomerId owner, AccountTerms terms,
                                                        Instant openedAt, Ledger verified, Seq<LedgerEntry> more,
                                                        Seq<LedgerSeal> moreSeals, AccountStatus status) {
        return AccountRestore.restore(id, owner, terms, openedAt, verified, more, moreSeals, status, openedAt,
                Option.none(), List.empty());
    }

    /**
     * As {@link #restore(AccountId, CustomerId, AccountTerms, Instant, Seq, Seq, AccountStatus)}, with the state of
     * staged dunning: when the credit limit in force took effect ({@link #creditLimitSince()}, not before the opening)
     * and the payment plan in force ({@link #paymentPlan()}: a valid plan, none on a closed account).
     */
    public static Either<RestoreError, Account> restore(AccountId id, CustomerId owner, AccountTerms terms,
                                                        Instant openedAt, Ledger verified, Seq<LedgerEntry> more,
                                                        Seq<LedgerSeal> moreSeals, AccountStatus status,
                                                        Instant creditLimitSince, Option<PaymentPlan> paymentPlan) {
        return restore(id, owner, terms, openedAt, verified, more, moreSeals, status, creditLimitSince, paymentPlan,
                List.empty());
    }

    /**
     * As above, with the history of the terms ({@link #termsHistory()}): changes in the order made, none before the
     * opening nor after a closing, each starting from the value the one before it left and the last of each aspect
     * ending at the current terms, the last change of the limit at {@link #creditLimitSince()}. An empty history
     * (an account stored before its changes were kept) reads the current terms back to the opening.
     */
    public static Either<RestoreError, Account> restore(AccountId id, CustomerId owner, AccountTerms terms,
                                                        Instant openedAt, Ledger verified, Seq<LedgerEntry> more,
                                                        Seq<LedgerSeal> moreSeals, AccountStatus status,
                                                        Instant creditLimitSince, Option<PaymentPlan> paymentPlan,
                                                        Seq<TermsChange> termsHistory) {
        return AccountRestore.restore(id, owner, terms, openedAt, verified, more, moreSeals, status,
                creditLimitSince, paymentPlan, termsHistory);
    }

    /**
     * Rebuilds an account from entries kept without seals, sealing them afresh: for importing a ledger from a system
     * that kept none (a migration). A store reading back what it wrote uses the restore with the seals, which
     * detects tampering; this one cannot. Otherwise the same checks.
     */
    public static Either<RestoreError, Account> restore(AccountId id, CustomerId owner, AccountTerms terms,
                                                        Instant openedAt, Seq<LedgerEntry> entries,
                                                        AccountStatus status) {
        return AccountRestore.unsealed(id, owner, terms, openedAt, entries, status);
    }

    // ---- commands -----------------------------------------------------------------------------------------------

    /** Posts a charge from a bill; {@code billNumber} is its reference. See {@link #post(LedgerEntry)}. */
    public Either<AccountRejection, Changed<Account, AccountEvent>> postCharge(EntryReference billNumber, Money amount,
                                                                               Instant at) {
        return post(new LedgerEntry.Charge(billNumber, amount, at));
    }

    /** Posts a payment; {@code transactionId} is its reference. See {@link #post(LedgerEntry)}. */
    public Either<AccountRejection, Changed<Account, AccountEvent>> postPayment(EntryReference transactionId,
                                                                                Money amount, Instant at) {
        return post(new LedgerEntry.Payment(transactionId, amount, at));
    }

    /**
     * Credits an SLA compensation claim; {@code claimId} is the reference, so posting the same claim again is
     * answered with {@link AccountRejection.AlreadyPosted} and credits nothing. See {@link #post(LedgerEntry)}.
     */
    public Either<AccountRejection, Changed<Account, AccountEvent>> postCompensationCredit(EntryReference claimId,
                                                                                           Money amount, Instant at) {
        return post(new LedgerEntry.CompensationCredit(claimId, amount, at));
    }

    /** Posts a correction of the entry {@code corrects}. See {@link #post(LedgerEntry)}. */
    public Either<AccountRejection, Changed<Account, AccountEvent>> postAdjustment(
            EntryReference reference, LedgerEntry.Adjustment.Direction direction, Money amount,
            EntryReference corrects, String reason, Instant at) {
        return post(new LedgerEntry.Adjustment(reference, direction, amount, corrects, reason, at));
    }

    /**
     * Posts an entry at its {@code postedAt}, then raises any spend alerts it triggers and evaluates the arrears
     * rule at that instant. Refused, in this order of checks, when: the amount is not positive
     * ({@link AccountRejection.NotPositive}) or an adjustment's reason is blank ({@link AccountRejection.Blank});
     * the reference is already in the ledger ({@link AccountRejection.AlreadyPosted} for the same facts,
     * {@link AccountRejection.ReferenceConflict} for others); the account is closed
     * ({@link AccountRejection.AccountIsClosed}); the entry is older than the account's latest instant
     * ({@link AccountRejection.OutOfOrder}); an adjustment corrects an entry not in the ledger
     * ({@link AccountRejection.UnknownEntry}).
     */
    public Either<AccountRejection, Changed<Account, AccountEvent>> post(LedgerEntry entry) {
        return Posting.post(this, entry);
    }

    /**
     * Evaluates the arrears rule at {@code at}: suspends an active account whose arrears are due, re-opens a
     * suspended one that is no longer over the limit, and otherwise changes nothing ({@link Changed#nothing}). A
     * host calls it regularly (e.g. daily) so that the grace period ends even when nothing is posted. A closed
     * account has nothing to review. Refused with {@link AccountRejection.OutOfOrder} when {@code at} is before the
     * account's latest instant.
     */
    public Either<AccountRejection, Changed<Account, AccountEvent>> reviewArrears(Instant at) {
        Objects.requireNonNull(at, "at");
        if (status.is(AccountState.CLOSED)) {
            return Either.right(Changed.nothing(this));
        }
        if (at.isBefore(latestInstant())) {
            return Either.left(new AccountRejection.OutOfOrder("at", at, latestInstant()));
        }
        return Either.right(Dunning.apply(this, at, Option.none(), List.empty()));
    }

    /**
     * Agrees a payment plan for the arrears at {@code at}, raising {@link AccountEvent.PaymentPlanAgreed}: while its
     * instalments are paid when due, dunning takes no further step; the account is re-opened on its own when the
     * arrears clear, which ends the plan; a missed instalment breaks it and dunning resumes. Refused when the account
     * is closed ({@link AccountRejection.AccountIsClosed}), {@code at} is before its latest instant
     * ({@link AccountRejection.OutOfOrder}), it is not over its limit ({@link AccountRejection.NotOverLimit}), a plan
     * is in force ({@link AccountRejection.PaymentPlanInForce}), or the plan is invalid or its total short of the
     * amount above the limit ({@link AccountRejection.InvalidPaymentPlan}).
     */
    public Either<AccountRejection, Changed<Account, AccountEvent>> agreePaymentPlan(
            EntryReference reference, Seq<PaymentPlan.Instalment> instalments, Instant at) {
        return Dunning.agree(this, PaymentPlan.of(reference, at, instalments), at);
    }

    /**
     * Changes the credit limit from {@code at}, raising {@link AccountEvent.CreditLimitChanged}, then evaluates the
     * arrears rule: a limit the balance is now within re-opens the account on its own; an over-limit run starts its
     * grace period afresh ({@link #creditLimitSince()}), the stage reached is kept. The same limit changes nothing.
     * Refused when closed ({@link AccountRejection.TermsOfClosedAccount}), out of order
     * ({@link AccountRejection.OutOfOrder}) or negative ({@link AccountRejection.InvalidTerms}).
     */
    public Either<AccountRejection, Changed<Account, AccountEvent>> changeCreditLimit(Money limit, Instant at) {
        return TermCommands.creditLimit(this, limit, at);
    }

    /**
     * Changes the spend-alert thresholds from {@code at}, raising {@link AccountEvent.SpendAlertThresholdsChanged}:
     * the charges posted from then on raise an alert for each new threshold they reach from below, none for one the
     * cycle's spend is already at. Refused as {@link #changeCreditLimit}, and for thresholds not positive and rising.
     */
    public Either<AccountRejection, Changed<Account, AccountEvent>> changeSpendAlertThresholds(Seq<Money> thresholds,
                                                                                              Instant at) {
        return TermCommands.spendAlerts(this, thresholds, at);
    }

    /**
     * Changes the dunning schedule from {@code at} (a key account's contract term, say), raising
     * {@link AccountEvent.DunningScheduleChanged}, then evaluates the arrears rule: a step the new schedule has due
     * already is taken at once. Refused as {@link #changeCreditLimit}, and for steps that do not fit the grace period.
     */
    public Either<AccountRejection, Changed<Account, AccountEvent>> changeDunningSchedule(DunningSchedule schedule,
                                                                                         Instant at) {
        return TermCommands.dunning(this, schedule, at);
    }

    /**
     * Closes the account at {@code at}, raising {@link AccountEvent.AccountClosed}. Refused when it is already closed
     * ({@link AccountRejection.TransitionRefused}), when {@code at} is before its latest instant
     * ({@link AccountRejection.OutOfOrder}), or when the balance is not settled, i.e. not exactly zero
     * ({@link AccountRejection.BalanceNotSettled}): a debt is paid, a credit refunded (a debit adjustment) first.
     */
    public Either<AccountRejection, Changed<Account, AccountEvent>> close(Instant at) {
        Objects.requireNonNull(at, "at");
        if (!status.state().canBecome(AccountState.CLOSED)) {
            return Either.left(new AccountRejection.TransitionRefused(id, status.state(), AccountState.CLOSED));
        }
        if (at.isBefore(latestInstant())) {
            return Either.left(new AccountRejection.OutOfOrder("at", at, latestInstant()));
        }
        if (!balanceOwed().isZero()) {
            return Either.left(new AccountRejection.BalanceNotSettled(id, balanceOwed()));
        }
        return Either.right(Changed.of(withStatus(AccountState.CLOSED, at),
                List.of(new AccountEvent.AccountClosed(id, owner, at))));
    }

    // ---- the rules ----------------------------------------------------------------------------------------------

    private Account withStatus(AccountState state, Instant since) {
        return with(AccountStatus.of(state, since), paymentPlan);
    }

    /** This account on the terms {@code change} makes, its limit in force since {@code limitSince}. */
    Account withTerms(TermsChange change, Instant limitSince) {
        return new Account(id, owner, change.applyTo(terms), openedAt, ledger, status, limitSince, paymentPlan,
                termsHistory.append(change));
    }

    /** This account with another status and plan. */
    Account with(AccountStatus newStatus, Option<PaymentPlan> plan) {
        return new Account(id, owner, terms, openedAt, ledger, newStatus, creditLimitSince, plan, termsHistory);
    }

    /** This account with {@code entry} appended to its ledger. */
    Account with(LedgerEntry entry) {
        return new Account(id, owner, terms, openedAt, ledger.append(entry), status, creditLimitSince, paymentPlan,
                termsHistory);
    }

    // ---- derived state ------------------------------------------------------------------------------------------

    /** What the customer owes, from the ledger: positive = a debt, negative = a credit. */
    public Money balanceOwed() {
        return ledger.balanceOwed();
    }

    /** True when the balance owed is strictly above the credit limit. */
    public boolean isOverLimit() {
        return balanceOwed().isGreaterThan(terms.creditLimit());
    }

    /**
     * When the current over-limit run began: the posting instant of the earliest entry after which the balance owed
     * has stayed above the credit limit up to the latest entry, but not before {@link #creditLimitSince()} (a new limit
     * gives a new grace period); none when it is not over the limit now.
     */
    public Option<Instant> overLimitSince() {
        return Dunning.overLimitSince(this);
    }

    /**
     * When the grace period ends if nothing changes, and the first step that stops service (partial suspension, or
     * suspension with the default schedule) is due: {@link #overLimitSince()} plus the grace period.
     */
    public Option<Instant> arrearsDueAt() {
        return overLimitSince().map(since -> since.plus(terms.arrearsGracePeriod()));
    }

    /** When the full suspension is due if nothing changes: after the grace period and any partial suspension. */
    public Option<Instant> suspensionDueAt() {
        return overLimitSince().map(since -> since.plus(terms.dunning().suspensionAfter(terms.arrearsGracePeriod())));
    }

    /** Over the limit, for at least the grace period by {@code at}: a step that stops service is due. */
    public boolean isArrearsDue(Instant at) {
        return arrearsDueAt().exists(due -> !at.isBefore(due));
    }

    /**
     * The stage of dunning the schedule gives at {@code at}, whatever the account's state: {@code ACTIVE} when not
     * over the limit or before the first step; a payment plan is not considered.
     */
    public AccountState dunningStageDue(Instant at) {
        return overLimitSince().map(since -> Dunning.stageDue(terms, since, at)).getOrElse(AccountState.ACTIVE);
    }

    /**
     * The spend of a billing cycle: the sum of the charges posted in it (by local date in the cycle's zone). Reads
     * the ledger from the newest entry back to the cycle's start only, as postings are in time order. Always an
     * amount: posting refuses a charge that would take a cycle's spend beyond {@link Money#MAX}
     * ({@link AccountRejection.TooLarge}) and restoring refuses a ledger holding one ({@link RestoreError}), so no
     * account has such a cycle.
     */
    public Money spendIn(CyclePeriod cycle) {
        return Posting.spendIn(this, cycle);
    }

    /**
     * The latest instant the account has recorded: its opening, its last posting, its last change of state or of its
     * terms. No command may be dated before it.
     */
    public Instant latestInstant() {
        Instant latest = openedAt.isAfter(status.since()) ? openedAt : status.since();
        latest = creditLimitSince.isAfter(latest) ? creditLimitSince : latest;
        Instant changed = termsHistory.lastOption().map(TermsChange::at).getOrElse(latest);
        latest = changed.isAfter(latest) ? changed : latest;
        Instant planned = paymentPlan.map(PaymentPlan::agreedAt).getOrElse(latest);
        latest = planned.isAfter(latest) ? planned : latest;
        Option<Instant> lastPosting = ledger.last().map(LedgerEntry::postedAt);
        return lastPosting.filter(latest::isBefore).getOrElse(latest);
    }

    // ---- accessors ----------------------------------------------------------------------------------------------

    @Override
    public AccountId getId() {
        return id;
    }

    /** The customer who owns the account, by identifier. */
    public CustomerId owner() {
        return owner;
    }

    public AccountTerms terms() {
        return terms;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Ledger ledger() {
        return ledger;
    }

    public AccountStatus status() {
        return status;
    }

    /** When the credit limit in force took effect: the opening, or the latest change of the limit. */
    public Instant creditLimitSince() {
        return creditLimitSince;
    }

    /** The payment plan in force, if any. */
    public Option<PaymentPlan> paymentPlan() {
        return paymentPlan;
    }

    /** The changes of the terms since the opening, in the order made, each dated; see {@link TermsChange}. */
    public Seq<TermsChange> termsHistory() {
        return termsHistory;
    }

    /**
     * The terms in force at {@code at}: the current terms with every change made after it undone; none before the
     * opening. The same as replaying the changes made by then over the opening's terms.
     */
    public Option<AccountTerms> termsAsOf(Instant at) {
        return at.isBefore(openedAt) ? Option.none()
                : Option.some(Reversible.undone(terms, termsHistory, c -> c.at().isAfter(at)));
    }

    /** Equal when the whole state is equal (an account is an immutable snapshot); identity is {@link #getId()}. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Account that && id.equals(that.id) && owner.equals(that.owner)
                && terms.equals(that.terms) && openedAt.equals(that.openedAt) && ledger.equals(that.ledger)
                && status.equals(that.status) && creditLimitSince.equals(that.creditLimitSince)
                && paymentPlan.equals(that.paymentPlan) && termsHistory.equals(that.termsHistory);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, owner, terms, openedAt, ledger, status, creditLimitSince, paymentPlan, termsHistory);
    }

    @Override
    public String toString() {
        return "Account[" + id + " of " + owner + ", " + status + ", balance owed " + balanceOwed() + ", limit "
                + terms.creditLimit() + ", " + ledger.size() + " entries]";
    }
}
