package org.telecrm.account;

import io.vavr.collection.List;
import io.vavr.control.Either;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.telecrm.customer.CustomerId;
import org.telecrm.kernel.Changed;
import org.telecrm.money.Money;

import java.math.BigInteger;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Posting over the whole range of amounts (issue 17): no amount makes posting throw. An entry whose balance owed or
 * cycle spend would be beyond the largest amount is refused with {@link AccountRejection.TooLarge} and changes
 * nothing; every other is posted, and the balance is the exact sum.
 */
class ChargesExtremesPropertiesTest {

    private static final Instant T0 = Instant.parse("2026-07-01T01:00:00Z");

    @Property(tries = 300)
    void anyAmountIsPostedOrRefusedTypedAndTheBalanceStaysExact(@ForAll("amounts") java.util.List<Long> fen,
                                                               @ForAll("kinds") java.util.List<EntryKind> kinds) {
        Account account = Account.open(AccountId.of("A-1"), CustomerId.of("C-1"),
                AccountTerms.withCreditLimit(Money.ofYuan(100)).withSpendAlerts(Money.MAX), T0).get().state();
        BigInteger exact = BigInteger.ZERO;
        BigInteger spend = BigInteger.ZERO;   // all postings fall in one cycle
        for (int i = 0; i < fen.size(); i++) {
            Money amount = Money.ofFen(Math.max(1, Math.abs(fen.get(i) == Long.MIN_VALUE ? Long.MAX_VALUE : fen.get(i))));
            EntryKind kind = kinds.get(i % kinds.size());
            EntryReference ref = EntryReference.of("E-" + i);
            Instant at = T0.plusSeconds(i);
            LedgerEntry entry = kind == EntryKind.CHARGE ? new LedgerEntry.Charge(ref, amount, at)
                    : new LedgerEntry.Payment(ref, amount, at);
            BigInteger next = exact.add(BigInteger.valueOf(entry.owed().fen()));
            BigInteger nextSpend = kind == EntryKind.CHARGE ? spend.add(BigInteger.valueOf(amount.fen())) : spend;
            boolean fits = next.bitLength() < Long.SIZE && nextSpend.bitLength() < Long.SIZE;
            Either<AccountRejection, Changed<Account, AccountEvent>> posted = account.post(entry);
            if (fits) {
                assertTrue(posted.isRight(), () -> posted.getLeft().message());
                account = posted.get().state();
                exact = next;
                spend = nextSpend;
            } else {
                assertInstanceOf(AccountRejection.TooLarge.class, posted.getLeft());
                assertTrue(posted.getLeft().message().contains("beyond the largest amount"));
            }
            assertEquals(exact.longValueExact(), account.balanceOwed().fen());
        }
    }

    @Property(tries = 20)
    void twoLargestChargesAreOneTooMany(@ForAll("kinds") java.util.List<EntryKind> ignored) {
        Account account = Account.open(AccountId.of("A-1"), CustomerId.of("C-1"),
                AccountTerms.withCreditLimit(Money.ofYuan(100)), T0).get().state();
        Account once = account.postCharge(EntryReference.of("B-1"), Money.MAX, T0).get().state();
        AccountRejection refused = once.postCharge(EntryReference.of("B-2"), Money.ofFen(1), T0).getLeft();
        assertEquals(new AccountRejection.TooLarge(AccountId.of("A-1"), "balanceOwed",
                new LedgerEntry.Charge(EntryReference.of("B-2"), Money.ofFen(1), T0)), refused);
        assertEquals(List.of(Money.MAX), once.ledger().entries().map(LedgerEntry::amount));
    }

    @Provide
    Arbitrary<java.util.List<Long>> amounts() {
        return Arbitraries.longs().edgeCases(e -> e.add(Long.MAX_VALUE, Long.MAX_VALUE - 1, 1L, Long.MAX_VALUE / 2))
                .list().ofMinSize(1).ofMaxSize(8);
    }

    @Provide
    Arbitrary<java.util.List<EntryKind>> kinds() {
        return Arbitraries.of(EntryKind.CHARGE, EntryKind.PAYMENT).list().ofMinSize(1).ofMaxSize(8);
    }
}
