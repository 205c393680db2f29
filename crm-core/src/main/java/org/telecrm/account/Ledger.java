package org.telecrm.account;

import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import org.jmolecules.ddd.annotation.ValueObject;
import org.telecrm.money.Money;

import java.util.Objects;

/**
 * An account's ledger: its entries in the order they were posted, append-only.
 *
 * <p>The balance owed is derived from the entries: it is the sum of {@link LedgerEntry#owed()} over them, never
 * a figure kept apart. For speed the sum and an index by reference are carried along as each entry is appended
 * (both are functions of the entries alone, rebuilt by {@link #of(Iterable)}; a property test checks the sum
 * against a fresh fold after any sequence of postings). Equality is that of the entries.
 *
 * <p>Only {@link Account} appends, after its posting rules; a host reads the entries back with {@link #entries()}
 * and hands them to {@link Account#restore}.
 *
 * <pre>{@code
 * Ledger ledger = account.ledger();
 * ledger.balanceOwed();                                // what the customer owes, positive = a debt
 * ledger.find(EntryReference.of("PAY-77"));            // Some(the payment) once posted
 * ledger.entries().map(LedgerEntry::describe);         // the audit trail, oldest first
 * }</pre>
 */
@ValueObject
public final class Ledger {

    private static final Ledger EMPTY = new Ledger(Vector.empty(), HashMap.empty(), Money.ZERO);

    private final Vector<LedgerEntry> entries;
    private final Map<EntryReference, LedgerEntry> byReference;
    private final Money balanceOwed;

    private Ledger(Vector<LedgerEntry> entries, Map<EntryReference, LedgerEntry> byReference, Money balanceOwed) {
        this.entries = entries;
        this.byReference = byReference;
        this.balanceOwed = balanceOwed;
    }

    /** The ledger with no entries: the balance owed is zero. */
    public static Ledger empty() {
        return EMPTY;
    }

    /** A ledger of these entries, in this order, as stored; no posting rule is checked. */
    static Ledger of(Iterable<? extends LedgerEntry> entries) {
        Ledger ledger = EMPTY;
        for (LedgerEntry entry : entries) {
            ledger = ledger.append(Objects.requireNonNull(entry, "entry"));
        }
        return ledger;
    }

    /** This ledger with one more entry at its end; the posting rules are the account's. */
    Ledger append(LedgerEntry entry) {
        return new Ledger(entries.append(entry), byReference.put(entry.reference(), entry),
                balanceOwed.plus(entry.owed()));
    }

    /** Every entry, oldest first. */
    public Seq<LedgerEntry> entries() {
        return entries;
    }

    /** The entry posted under a reference, if any. */
    public Option<LedgerEntry> find(EntryReference reference) {
        return byReference.get(reference);
    }

    /** What the customer owes: the sum of the entries' signed amounts (positive = a debt, negative = a credit). */
    public Money balanceOwed() {
        return balanceOwed;
    }

    public int size() {
        return entries.size();
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** The latest entry, if any. */
    public Option<LedgerEntry> last() {
        return entries.lastOption();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Ledger ledger && entries.equals(ledger.entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    @Override
    public String toString() {
        return "Ledger[" + entries.size() + " entries, balance owed " + balanceOwed + "]";
    }
}
