package org.telecrm.account.group;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import org.jmolecules.ddd.annotation.Service;
import org.telecrm.account.AccountId;
import org.telecrm.money.Money;

import java.math.BigInteger;
import java.util.Comparator;
import java.util.Objects;

/**
 * The allocation of a group's unified payment (统一付费) among the accounts it pays for: a pure function of the
 * payment, each account's debt and the group's {@link AllocationRule}. It never loses or creates a fen: the shares add
 * up to the payment exactly, no account gets more than it owes, and what is beyond every debt goes to the
 * headquarters' account.
 *
 * <pre>{@code
 * Allocation a = GroupAllocation.allocate(Money.ofYuan(1_000), AccountId.of("A-HQ"), List.of(
 *         new GroupAllocation.Debt(AccountId.of("A-HQ"), Money.ofYuan(300)),
 *         new GroupAllocation.Debt(AccountId.of("A-SZ"), Money.ofYuan(900))), AllocationRule.PRO_RATA).get();
 * a.shares();   // A-HQ CNY 250.00, A-SZ CNY 750.00
 * }</pre>
 */
@Service
public final class GroupAllocation {

    private GroupAllocation() {
    }

    /**
     * What one account owes when the payment is allocated: its balance owed, or zero when it is in credit.
     *
     * @param account the account
     * @param owed    its balance owed (a credit counts as nothing owed)
     */
    public record Debt(AccountId account, Money owed) {
        public Debt {
            Objects.requireNonNull(account, "account");
            Objects.requireNonNull(owed, "owed");
        }

        Money due() {
            return owed.isNegative() ? Money.ZERO : owed;
        }
    }

    /**
     * Allocates {@code payment} among the {@code debts} by {@code rule}; the part beyond them all goes to
     * {@code headquarters}. Refused with a message when the payment is not positive, an account is listed twice, or
     * the headquarters' account is not among the debts.
     */
    public static Either<String, Allocation> allocate(Money payment, AccountId headquarters, Seq<Debt> debts,
                                                      AllocationRule rule) {
        Objects.requireNonNull(payment, "payment");
        Objects.requireNonNull(headquarters, "headquarters");
        Objects.requireNonNull(debts, "debts");
        Objects.requireNonNull(rule, "rule");
        if (!payment.isGreaterThan(Money.ZERO)) {
            return Either.left("payment must be positive, was " + payment);
        }
        if (debts.map(Debt::account).distinct().size() != debts.size()) {
            return Either.left("debts list an account twice: " + debts.map(Debt::account).mkString(", "));
        }
        if (!debts.exists(d -> d.account().equals(headquarters))) {
            return Either.left("the headquarters' account " + headquarters + " is not among the debts");
        }
        BigInteger total = debts.map(d -> BigInteger.valueOf(d.due().fen())).fold(BigInteger.ZERO, BigInteger::add);
        BigInteger paid = BigInteger.valueOf(payment.fen());
        Seq<Tuple2<AccountId, Long>> shares;
        if (paid.compareTo(total) >= 0) {
            shares = debts.map(d -> Tuple.of(d.account(), d.due().fen()));
        } else if (rule instanceof AllocationRule.InOrder inOrder) {
            shares = inOrder(payment.fen(), debts, inOrder);
        } else {
            shares = proRata(paid, total, debts);
        }
        long allocated = shares.map(Tuple2::_2).sum().longValue();
        long beyond = payment.fen() - allocated;
        Seq<Tuple2<AccountId, Long>> withRest = shares.map(s -> s._1.equals(headquarters)
                ? Tuple.of(s._1, s._2 + beyond) : s);
        return Either.right(new Allocation(payment, rule, withRest.map(s -> new Share(s._1, Money.ofFen(s._2))),
                Money.ofFen(beyond)));
    }

    private static Seq<Tuple2<AccountId, Long>> inOrder(long payment, Seq<Debt> debts, AllocationRule.InOrder rule) {
        Seq<Debt> ordered = debts.sortBy(Comparator.comparing((Debt d) -> {
            int at = rule.order().indexOf(d.account());
            return at < 0 ? Integer.MAX_VALUE : at;
        }).thenComparing(Debt::account), d -> d);
        long left = payment;
        List<Tuple2<AccountId, Long>> paid = List.empty();
        for (Debt debt : ordered) {
            long share = Math.min(left, debt.due().fen());
            paid = paid.append(Tuple.of(debt.account(), share));
            left -= share;
        }
        // back in the order the debts were given
        List<Tuple2<AccountId, Long>> byAccount = paid;
        return debts.map(d -> byAccount.find(p -> p._1.equals(d.account())).get());
    }

    private static Seq<Tuple2<AccountId, Long>> proRata(BigInteger paid, BigInteger total, Seq<Debt> debts) {
        // floor(paid x due / total) each, then one fen more to the largest remainders (ties by account)
        Seq<Tuple2<Debt, BigInteger[]>> split = debts.map(d -> Tuple.of(d,
                paid.multiply(BigInteger.valueOf(d.due().fen())).divideAndRemainder(total)));
        long floorSum = split.map(s -> s._2[0].longValueExact()).sum().longValue();
        long leftOver = paid.longValueExact() - floorSum;
        Seq<AccountId> bonus = split.sortBy(Comparator.comparing((Tuple2<Debt, BigInteger[]> s) -> s._2[1])
                        .reversed().thenComparing(s -> s._1.account()), s -> s)
                .take((int) leftOver).map(s -> s._1.account());
        return split.map(s -> Tuple.of(s._1.account(), s._2[0].longValueExact()
                + (bonus.contains(s._1.account()) ? 1 : 0)));
    }

    /**
     * One account's share of a payment.
     *
     * @param account the account
     * @param amount  its share, zero or more
     */
    public record Share(AccountId account, Money amount) {
    }

    /**
     * A payment allocated: a share per account (the headquarters' including what is beyond every debt), adding up to
     * the payment.
     *
     * @param payment the payment
     * @param rule    the rule it was allocated by
     * @param shares  one per account, in the order the debts were given
     * @param beyond  the part beyond every debt, in the headquarters' share (a credit on its account)
     */
    public record Allocation(Money payment, AllocationRule rule, Seq<Share> shares, Money beyond) {

        /** The share of one account: zero when it is not in the allocation. */
        public Money shareOf(AccountId account) {
            return shares.find(s -> s.account().equals(account)).map(Share::amount).getOrElse(Money.ZERO);
        }
    }
}
