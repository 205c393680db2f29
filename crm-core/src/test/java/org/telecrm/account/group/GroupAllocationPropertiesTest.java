package org.telecrm.account.group;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.telecrm.account.AccountId;
import org.telecrm.money.Money;

import java.math.BigInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The allocation of a unified payment, for any payment, debts and rule. */
class GroupAllocationPropertiesTest {

    private static final AccountId HQ = AccountId.of("A-HQ");

    record Case(Money payment, Seq<GroupAllocation.Debt> debts, AllocationRule rule) {
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Long> fen = Arbitraries.oneOf(Arbitraries.longs().between(-10_000, 1_000_000),
                Arbitraries.longs().between(Long.MAX_VALUE / 4, Long.MAX_VALUE / 2));
        Arbitrary<Seq<GroupAllocation.Debt>> debts = fen.list().ofMinSize(0).ofMaxSize(8).map(owed -> {
            List<GroupAllocation.Debt> all = List.empty();
            for (int i = 0; i < owed.size(); i++) {
                all = all.append(new GroupAllocation.Debt(AccountId.of("A-" + (char) ('A' + i)), Money.ofFen(owed.get(i))));
            }
            return all.prepend(new GroupAllocation.Debt(HQ, Money.ofFen(owed.isEmpty() ? 0 : owed.get(0) / 3)));
        });
        Arbitrary<AllocationRule> rules = Arbitraries.oneOf(Arbitraries.just(AllocationRule.PRO_RATA),
                Arbitraries.of("A-C", "A-A", "A-HQ", "A-Z").list().ofMaxSize(3)
                        .map(order -> new AllocationRule.InOrder(List.ofAll(order).map(AccountId::of))));
        Arbitrary<Money> payment = Arbitraries.oneOf(Arbitraries.longs().between(1, 2_000_000),
                Arbitraries.longs().between(1, Long.MAX_VALUE)).map(Money::ofFen);
        return Combinators.combine(payment, debts, rules).as(Case::new);
    }

    @Property
    void allocationNeverLosesOrCreatesAFen(@ForAll("cases") Case c) {
        GroupAllocation.Allocation a = GroupAllocation.allocate(c.payment(), HQ, c.debts(), c.rule()).get();
        BigInteger sum = a.shares().map(s -> BigInteger.valueOf(s.amount().fen())).fold(BigInteger.ZERO, BigInteger::add);
        assertEquals(BigInteger.valueOf(c.payment().fen()), sum);
        assertEquals(c.debts().map(GroupAllocation.Debt::account), a.shares().map(GroupAllocation.Share::account));
    }

    @Property
    void noAccountGetsMoreThanItOwesButTheHeadquartersTheRest(@ForAll("cases") Case c) {
        GroupAllocation.Allocation a = GroupAllocation.allocate(c.payment(), HQ, c.debts(), c.rule()).get();
        BigInteger owed = BigInteger.ZERO;
        for (GroupAllocation.Debt d : c.debts()) {
            Money due = d.owed().isNegative() ? Money.ZERO : d.owed();
            owed = owed.add(BigInteger.valueOf(due.fen()));
            Money share = a.shareOf(d.account());
            assertTrue(!share.isNegative());
            Money cap = d.account().equals(HQ) ? due.plus(a.beyond()) : due;
            assertTrue(!share.isGreaterThan(cap), () -> d + " got " + share);
        }
        BigInteger paid = BigInteger.valueOf(c.payment().fen());
        assertEquals(paid.compareTo(owed) > 0 ? paid.subtract(owed).longValueExact() : 0L, a.beyond().fen(),
                "only what is beyond every debt goes to the headquarters as a credit");
    }

    @Property
    void proRataSharesAreWithinAFenOfTheExactProportion(@ForAll("cases") Case c) {
        GroupAllocation.Allocation a = GroupAllocation.allocate(c.payment(), HQ, c.debts(), AllocationRule.PRO_RATA)
                .get();
        BigInteger total = c.debts().map(d -> BigInteger.valueOf(Math.max(0, d.owed().fen())))
                .fold(BigInteger.ZERO, BigInteger::add);
        BigInteger paid = BigInteger.valueOf(c.payment().fen());
        if (paid.compareTo(total) >= 0) {
            return;
        }
        for (GroupAllocation.Debt d : c.debts()) {
            BigInteger exactTimesTotal = paid.multiply(BigInteger.valueOf(Math.max(0, d.owed().fen())));
            BigInteger share = BigInteger.valueOf(a.shareOf(d.account()).fen());
            BigInteger diff = share.multiply(total).subtract(exactTimesTotal).abs();
            assertTrue(diff.compareTo(total) < 0, () -> d + " got " + share + " of " + paid);
        }
    }

    @Property
    void inOrderPaysALaterAccountOnlyOnceTheEarlierArePaidInFull(@ForAll("cases") Case c) {
        AllocationRule.InOrder rule = new AllocationRule.InOrder(List.of(AccountId.of("A-C"), HQ));
        GroupAllocation.Allocation a = GroupAllocation.allocate(c.payment(), HQ, c.debts(), rule).get();
        Seq<GroupAllocation.Debt> ordered = c.debts().sortBy(d -> {
            int at = rule.order().indexOf(d.account());
            return (at < 0 ? "~" : Integer.toString(at)) + d.account().value();
        });
        boolean shortSeen = false;
        for (GroupAllocation.Debt d : ordered) {
            Money due = d.owed().isNegative() ? Money.ZERO : d.owed();
            Money share = a.shareOf(d.account()).minus(d.account().equals(HQ) ? a.beyond() : Money.ZERO);
            if (shortSeen) {
                assertEquals(Money.ZERO, share, () -> d + " paid before an earlier account was paid in full");
            }
            shortSeen |= share.isLessThan(due);
        }
    }
}
