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
 * <p>Every entry carries a {@link LedgerSeal}: its sequence number and a hash chain link, computed as it is appended.
 * Only {@link Account} appends, after its posting rules; a store keeps {@link #entries()} with their {@link #seals()}
 * and hands both back to {@link Account#restore}, which verifies the chain.
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

    private static final Ledger EMPTY = new Ledger(Vector.empty(), Vector.empty(), HashMap.empty(), Money.ZERO);

    private final Vector<LedgerEntry> entries;
    /** The seal of each entry, at the same index: a function of the entries alone. */
    private final Vector<LedgerSeal> seals;
    private final Map<EntryReference, LedgerEntry> byReference;
    private final Money balanceOwed;

    private Ledger(Vector<LedgerEntry> entries, Vector<LedgerSeal> seals, Map<EntryReference, LedgerEntry> byReference,
                   Money balanceOwed) {
        this.entries = entries;
        this.seals = seals;
        this.byReference = byReference;
        this.balanceOwed = balanceOwed;
    }

    /** The ledger with no entries: the balance owed is zero. */
    public static Ledger empty() {
        return EMPTY;
    }

    /** A ledger of these entries, in this order, sealed afresh; no posting rule is checked. */
    static Ledger of(Iterable<? extends LedgerEntry> entries) {
        Ledger ledger = EMPTY;
        for (LedgerEntry entry : entries) {
            ledger = ledger.append(Objects.requireNonNull(entry, "entry"));
        }
        return ledger;
    }

    /**
     * This ledger with {@code more} at its end, each with the seal given (verified by the caller against the chain);
     * for a restore, which so does not compute a seal twice.
     */
    Ledger appendSealed(Seq<LedgerEntry> more, Seq<LedgerSeal> moreSeals) {
        Vector<LedgerEntry> e = entries;
        Vector<LedgerSeal> s = seals;
        Map<EntryReference, LedgerEntry> refs = byReference;
        Money balance = balanceOwed;
        for (io.vavr.Tuple2<LedgerEntry, LedgerSeal> sealed : more.zip(moreSeals)) {
            e = e.append(sealed._1);
            s = s.append(sealed._2);
            refs = refs.put(sealed._1.reference(), sealed._1);
            balance = balance.plus(sealed._1.owed());
        }
        return new Ledger(e, s, refs, balance);
    }

    /**
     * The ledger of the first {@code count} entries (all of them when it has fewer): what the ledger was when it had
     * that many, seals included. A store that caches an account restores a later version from it
     * ({@link Account#restore(AccountId, org.telecrm.customer.CustomerId, AccountTerms, java.time.Instant, Ledger,
     * Seq, Seq, AccountStatus)}).
     */
    public Ledger prefix(int count) {
        if (count >= entries.size()) {
            return this;
        }
        int kept = Math.max(count, 0);
        return EMPTY.appendSealed(entries.take(kept), seals.take(kept));
    }

    /** This ledger with one more entry at its end; the posting rules are the account's. */
    Ledger append(LedgerEntry entry) {
        return new Ledger(entries.append(entry), seals.append(LedgerSeal.after(seals.lastOption(), entry)),
                byReference.put(entry.reference(), entry), balanceOwed.plus(entry.owed()));
    }

    /** Every entry, oldest first. */
    public Seq<LedgerEntry> entries() {
        return entries;
    }

    /**
     * The seal of every entry, at the same index as {@link #entries()}: sequence numbers 1, 2, 3, ... and the hash
     * chain. A store keeps them with the entries (see {@link LedgerSeal}).
     */
    public Seq<LedgerSeal> seals() {
        return seals;
    }

    /** The last entry's seal (none for an empty ledger): kept apart from the entries, it reveals a lost last entry. */
    public Option<LedgerSeal> head() {
        return seals.lastOption();
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
