package org.telecrm.account.group;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import org.telecrm.account.Account;
import org.telecrm.account.AccountId;
import org.telecrm.account.AccountState;
import org.telecrm.account.LedgerEntry;
import org.telecrm.money.Money;

import java.time.Instant;
import java.util.Objects;

/**
 * A group's statement for a period {@code [from, to)}: one line per account (the headquarters' first, then each
 * branch: its own statement) and the group's totals, read from the accounts' ledgers. A pure function: the host
 * hands in the group's accounts as loaded.
 *
 * <pre>{@code
 * GroupStatement s = GroupStatement.of(group, accounts, from, to).get();
 * s.lineOf(AccountId.of("A-SZ")).get().closing();   // what the branch owes at the end of the period
 * s.closing();                                      // what the group owes, all its accounts together
 * }</pre>
 *
 * @param group the group
 * @param from  the period's first instant
 * @param to    the instant after its last
 * @param lines one per account of the group, in {@link BillingGroup#accounts()} order
 */
public record GroupStatement(BillingGroupId group, Instant from, Instant to, Seq<Line> lines) {

    /**
     * One account's statement for the period.
     *
     * @param account  the account
     * @param branch   false for the headquarters' account
     * @param opening  the balance owed before {@code from}
     * @param charged  the debits posted in the period (charges, debit adjustments)
     * @param credited the credits posted in the period (payments, its shares of unified payments, credit
     *                 adjustments, compensation credits)
     * @param closing  the balance owed before {@code to}: {@code opening + charged - credited}
     * @param state    the account's state now
     */
    public record Line(AccountId account, boolean branch, Money opening, Money charged, Money credited, Money closing,
                       AccountState state) {
    }

    /**
     * The statement of the group's accounts for {@code [from, to)}; refused with a message when an account of the
     * group is not among {@code accounts}, one is given that the group does not pay for, or {@code to} is not after
     * {@code from}.
     */
    public static Either<String, GroupStatement> of(BillingGroup group, Seq<Account> accounts, Instant from,
                                                    Instant to) {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(accounts, "accounts");
        if (!to.isAfter(from)) {
            return Either.left("to must be after from, was " + from + ".." + to);
        }
        Seq<AccountId> given = accounts.map(Account::getId);
        Seq<AccountId> missing = group.accounts().filter(a -> !given.contains(a));
        Seq<AccountId> foreign = given.filter(a -> !group.accounts().contains(a));
        if (missing.nonEmpty() || foreign.nonEmpty() || given.distinct().size() != given.size()) {
            return Either.left("group " + group.getId() + ": the accounts must be its accounts, each once; missing "
                    + missing.mkString(", ") + "; not in the group " + foreign.mkString(", "));
        }
        return Either.right(new GroupStatement(group.getId(), from, to, group.accounts().map(id ->
                line(accounts.find(a -> a.getId().equals(id)).get(), !id.equals(group.headquarters()), from, to))));
    }

    private static Line line(Account account, boolean branch, Instant from, Instant to) {
        Money opening = Money.ZERO;
        Money charged = Money.ZERO;
        Money credited = Money.ZERO;
        for (LedgerEntry entry : account.ledger().entries()) {
            if (entry.postedAt().isBefore(from)) {
                opening = opening.plus(entry.owed());
            } else if (entry.postedAt().isBefore(to)) {
                if (entry.kind().isDebit()) {
                    charged = charged.plus(entry.amount());
                } else {
                    credited = credited.plus(entry.amount());
                }
            }
        }
        return new Line(account.getId(), branch, opening, charged, credited, opening.plus(charged).minus(credited),
                account.status().state());
    }

    /** The line of one account of the group. */
    public io.vavr.control.Option<Line> lineOf(AccountId account) {
        return lines.find(l -> l.account().equals(account));
    }

    /** What the group owed before the period: the sum of the openings. */
    public Money opening() {
        return lines.foldLeft(Money.ZERO, (sum, l) -> sum.plus(l.opening()));
    }

    /** What the group was charged in the period. */
    public Money charged() {
        return lines.foldLeft(Money.ZERO, (sum, l) -> sum.plus(l.charged()));
    }

    /** What the group was credited in the period. */
    public Money credited() {
        return lines.foldLeft(Money.ZERO, (sum, l) -> sum.plus(l.credited()));
    }

    /** What the group owes at the end of the period: the sum of the closings. */
    public Money closing() {
        return lines.foldLeft(Money.ZERO, (sum, l) -> sum.plus(l.closing()));
    }
}
