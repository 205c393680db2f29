package org.telecrm.account;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.telecrm.kernel.FieldProblem;
import org.telecrm.money.Money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.telecrm.account.Accounts.ID;
import static org.telecrm.account.Accounts.OWNER;
import static org.telecrm.account.Accounts.T0;
import static org.telecrm.account.Accounts.charge;
import static org.telecrm.account.Accounts.day;
import static org.telecrm.account.Accounts.pay;
import static org.telecrm.account.Accounts.ref;
import static org.telecrm.account.Accounts.withLimit;

/** The ledger's seals: a sequence number and a hash chain over every fact, so storage cannot change an entry unseen. */
class LedgerSealTest {

    private static final LedgerEntry.Adjustment ADJUSTMENT = new LedgerEntry.Adjustment(ref("ADJ-1"),
            LedgerEntry.Adjustment.Direction.CREDIT, Money.ofYuan(5), ref("B-1"), "rounding", day(1));
    private static final LedgerSeal FIRST = LedgerSeal.after(Option.none(),
            new LedgerEntry.Charge(ref("B-1"), Money.ofYuan(300), T0));

    @Nested
    class EveryFactIsInTheHash {

        private String hash(LedgerEntry entry) {
            return LedgerSeal.after(Option.some(FIRST), entry).hash();
        }

        @Test
        void eachFieldOfAnEntryChangesItsHash() {
            String original = hash(ADJUSTMENT);
            List<LedgerEntry> changed = List.of(
                    new LedgerEntry.Adjustment(ref("ADJ-2"), ADJUSTMENT.direction(), ADJUSTMENT.amount(),
                            ADJUSTMENT.corrects(), ADJUSTMENT.reason(), ADJUSTMENT.postedAt()),
                    new LedgerEntry.Adjustment(ADJUSTMENT.reference(), LedgerEntry.Adjustment.Direction.DEBIT,
                            ADJUSTMENT.amount(), ADJUSTMENT.corrects(), ADJUSTMENT.reason(), ADJUSTMENT.postedAt()),
                    new LedgerEntry.Adjustment(ADJUSTMENT.reference(), ADJUSTMENT.direction(), Money.ofFen(501),
                            ADJUSTMENT.corrects(), ADJUSTMENT.reason(), ADJUSTMENT.postedAt()),
                    new LedgerEntry.Adjustment(ADJUSTMENT.reference(), ADJUSTMENT.direction(), ADJUSTMENT.amount(),
                            ref("B-2"), ADJUSTMENT.reason(), ADJUSTMENT.postedAt()),
                    new LedgerEntry.Adjustment(ADJUSTMENT.reference(), ADJUSTMENT.direction(), ADJUSTMENT.amount(),
                            ADJUSTMENT.corrects(), "rounding.", ADJUSTMENT.postedAt()),
                    ADJUSTMENT.withPostedAt(day(2)));
            changed.forEach(other -> assertNotEquals(original, hash(other), other::describe));
            assertEquals(original, hash(ADJUSTMENT), "the same facts, the same hash");
        }

        @Test
        void thePreviousHashAndTheSequenceAreInTheHash() {
            LedgerEntry charge = new LedgerEntry.Charge(ref("B-2"), Money.ofYuan(1), T0);
            LedgerSeal chained = LedgerSeal.after(Option.some(FIRST), charge);
            assertEquals(2, chained.sequence());
            assertNotEquals(LedgerSeal.after(Option.none(), charge).hash(), chained.hash());
            LedgerSeal otherPrevious = LedgerSeal.after(Option.some(new LedgerSeal(1, "0".repeat(64))), charge);
            assertNotEquals(chained.hash(), otherPrevious.hash());
            LedgerSeal later = LedgerSeal.after(Option.some(new LedgerSeal(2, FIRST.hash())), charge);
            assertEquals(3, later.sequence());
            assertNotEquals(chained.hash(), later.hash());
        }

        @Test
        void fieldsAreLengthPrefixedSoNoTwoListsOfFactsCollide() {
            LedgerEntry ab = new LedgerEntry.Charge(ref("AB"), Money.ofFen(1), T0);
            LedgerEntry a = new LedgerEntry.Charge(ref("A"), Money.ofFen(11), T0);
            assertNotEquals(LedgerSeal.after(Option.none(), ab).hash(), LedgerSeal.after(Option.none(), a).hash());
        }

        @Test
        void aSealKnowsItsEntry() {
            LedgerEntry charge = new LedgerEntry.Charge(ref("B-2"), Money.ofYuan(1), T0);
            LedgerSeal seal = LedgerSeal.after(Option.some(FIRST), charge);
            assertTrue(seal.seals(Option.some(FIRST), charge));
            assertFalse(seal.seals(Option.some(FIRST), charge.withPostedAt(day(1))));
            assertFalse(seal.seals(Option.none(), charge));
        }
    }

    @Nested
    class ASealIsWellFormed {

        @Test
        void sequencesStartAtOneAndHashesAre64LowerCaseHexDigits() {
            assertThrows(IllegalArgumentException.class, () -> new LedgerSeal(0, FIRST.hash()));
            assertThrows(IllegalArgumentException.class, () -> new LedgerSeal(1, FIRST.hash().toUpperCase()));
            assertThrows(IllegalArgumentException.class, () -> new LedgerSeal(1, FIRST.hash().substring(1)));
            assertTrue(LedgerSeal.isHash(FIRST.hash()));
            assertFalse(LedgerSeal.isHash(null));
            assertFalse(LedgerSeal.isHash("g".repeat(64)));
            assertFalse(LedgerSeal.isHash(FIRST.hash() + "0"));
        }
    }

    @Nested
    class TheLedgerCarriesItsSeals {

        private final Account account = pay(charge(charge(withLimit(100), "B-1", 10, day(0)), "B-2", 20, day(1)),
                "P-1", 5, day(2));

        @Test
        void oneSealPerEntryChainedInOrderAndTheHeadIsTheLast() {
            Ledger ledger = account.ledger();
            assertEquals(List.of(1L, 2L, 3L), ledger.seals().map(LedgerSeal::sequence));
            Option<LedgerSeal> previous = Option.none();
            for (int i = 0; i < ledger.size(); i++) {
                assertTrue(ledger.seals().get(i).seals(previous, ledger.entries().get(i)));
                previous = Option.some(ledger.seals().get(i));
            }
            assertEquals(ledger.seals().lastOption(), ledger.head());
            assertEquals(Option.none(), Ledger.empty().head());
            assertTrue(Ledger.empty().seals().isEmpty());
        }

        @Test
        void aPrefixIsTheLedgerAsItWasWithThatManyEntries() {
            Ledger ledger = account.ledger();
            assertSame(ledger, ledger.prefix(3));
            assertSame(ledger, ledger.prefix(4));
            Ledger two = ledger.prefix(2);
            assertEquals(ledger.entries().take(2), two.entries());
            assertEquals(ledger.seals().take(2), two.seals());
            assertEquals(Money.ofYuan(30), two.balanceOwed());
            assertEquals(Option.some(ledger.entries().get(1)), two.find(ref("B-2")));
            assertEquals(Option.none(), two.find(ref("P-1")));
            assertTrue(ledger.prefix(0).isEmpty());
            assertTrue(ledger.prefix(-1).isEmpty());
            assertFalse(two.isEmpty());
        }

        @Test
        void restoringChecksEverySealAndNamesTheEntry() {
            Seq<LedgerEntry> entries = account.ledger().entries();
            Seq<LedgerSeal> seals = account.ledger().seals();
            assertEquals(account, Account.restore(ID, OWNER, account.terms(), T0, entries, seals, account.status())
                    .get());
            assertEquals(List.of("seals: 3 entries but 2 seals: each entry has its seal"),
                    Account.restore(ID, OWNER, account.terms(), T0, entries, seals.init(), account.status())
                            .getLeft().messages());
            Seq<LedgerEntry> altered = entries.update(0, new LedgerEntry.Charge(ref("B-1"), Money.ofYuan(11), day(0)));
            Seq<FieldProblem> problems = Account.restore(ID, OWNER, account.terms(), T0, altered, seals,
                    account.status()).getLeft().problems();
            assertEquals(List.of("entries[0].hash"), problems.map(FieldProblem::field));
            assertTrue(problems.head().problem().startsWith("does not match the entry and the hash before it"));
            assertEquals(List.of("entries[0].sequence: must be 1, was 2 (an entry before it was removed or moved)",
                            "entries[1].sequence: must be 2, was 3 (an entry before it was removed or moved)"),
                    Account.restore(ID, OWNER, account.terms(), T0, entries.tail(), seals.tail(), account.status())
                            .getLeft().messages().filter(m -> m.contains("sequence")));
        }
    }
}
