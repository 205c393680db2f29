package org.telecrm.account;

import org.jmolecules.ddd.annotation.ValueObject;
import org.telecrm.money.Money;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of an account's ledger: a charge, a payment, an adjustment or a compensation credit, with the external
 * reference it comes from and the instant it was posted.
 *
 * <p>The amount is always a positive {@link Money}; the {@link #kind()} gives its direction ({@link #owed()} is
 * the signed change to what the customer owes, see {@link EntryKind}). That an amount is positive, a reason not
 * blank and a corrected entry present are rules of <b>posting</b>, checked by {@link Account#post(LedgerEntry)}
 * with a typed rejection, not by these records (as {@link Money} leaves its sign to whoever takes it).
 *
 * <p>Once posted an entry is never changed or removed; a correction is a new {@link Adjustment} that names the
 * entry it corrects.
 *
 * <pre>{@code
 * LedgerEntry bill = new LedgerEntry.Charge(EntryReference.of("B-2026-06"), Money.ofYuan(300),
 *         Instant.parse("2026-06-30T16:00:00Z"));
 * bill.owed();   // CNY 300.00
 * new LedgerEntry.Payment(EntryReference.of("PAY-77"), Money.ofYuan(300), Instant.parse("2026-07-03T02:00:00Z"))
 *         .owed();   // CNY -300.00
 * }</pre>
 */
@ValueObject
public sealed interface LedgerEntry {

    /** The external reference (bill number, payment transaction id, claim id, correction number). */
    EntryReference reference();

    /** The amount, positive; its direction is the kind's. */
    Money amount();

    /** When the entry was posted. */
    Instant postedAt();

    EntryKind kind();

    /** The signed change this entry makes to the balance owed: positive for debits, negative for credits. */
    default Money owed() {
        return kind().owedBy(amount());
    }

    /** The same entry posted at another instant. */
    LedgerEntry withPostedAt(Instant at);

    /**
     * True when {@code other} records the same facts as this entry, whatever instant each was posted at: the same
     * reference, kind and amount (and, for adjustments, the same corrected entry and reason). Such a posting is a
     * repeat; the same reference with other facts is a conflict.
     */
    default boolean sameFactsAs(LedgerEntry other) {
        return equals(other.withPostedAt(postedAt()));
    }

    /** The entry in words, for messages: {@code "payment PAY-77 of CNY 300.00 posted at 2026-07-03T02:00:00Z"}. */
    default String describe() {
        return kind().label() + " " + reference() + " of " + amount() + " posted at " + postedAt();
    }

    /** A charge from a bill (the reference is the bill number); counts towards the cycle's spend. */
    record Charge(EntryReference reference, Money amount, Instant postedAt) implements LedgerEntry {
        public Charge {
            requireAll(reference, amount, postedAt);
        }

        public EntryKind kind() {
            return EntryKind.CHARGE;
        }

        public Charge withPostedAt(Instant at) {
            return new Charge(reference, amount, at);
        }
    }

    /** A payment received (the reference is the payment transaction id). */
    record Payment(EntryReference reference, Money amount, Instant postedAt) implements LedgerEntry {
        public Payment {
            requireAll(reference, amount, postedAt);
        }

        public EntryKind kind() {
            return EntryKind.PAYMENT;
        }

        public Payment withPostedAt(Instant at) {
            return new Payment(reference, amount, at);
        }
    }

    /**
     * An SLA compensation settled as a credit; the reference is the compensation claim's id, so a claim is credited
     * at most once.
     */
    record CompensationCredit(EntryReference reference, Money amount, Instant postedAt) implements LedgerEntry {
        public CompensationCredit {
            requireAll(reference, amount, postedAt);
        }

        public EntryKind kind() {
            return EntryKind.COMPENSATION_CREDIT;
        }

        public CompensationCredit withPostedAt(Instant at) {
            return new CompensationCredit(reference, amount, at);
        }
    }

    /**
     * A correction: raises ({@link Direction#DEBIT}) or lowers ({@link Direction#CREDIT}) what is owed, naming the
     * entry it corrects and why.
     *
     * @param reference the correction's own reference
     * @param direction whether it raises or lowers the balance owed
     * @param amount    positive
     * @param corrects  the reference of the entry it corrects, already in the ledger
     * @param reason    why, for the audit trail; not blank
     * @param postedAt  when it was posted
     */
    record Adjustment(EntryReference reference, Direction direction, Money amount, EntryReference corrects,
                      String reason, Instant postedAt) implements LedgerEntry {

        /** Which way an adjustment moves the balance owed. */
        public enum Direction { DEBIT, CREDIT }

        public Adjustment {
            requireAll(reference, amount, postedAt);
            Objects.requireNonNull(direction, "direction");
            Objects.requireNonNull(corrects, "corrects");
            Objects.requireNonNull(reason, "reason");
        }

        public EntryKind kind() {
            return direction == Direction.DEBIT ? EntryKind.DEBIT_ADJUSTMENT : EntryKind.CREDIT_ADJUSTMENT;
        }

        public Adjustment withPostedAt(Instant at) {
            return new Adjustment(reference, direction, amount, corrects, reason, at);
        }

        @Override
        public String describe() {
            return LedgerEntry.super.describe() + " correcting " + corrects + " (" + reason + ")";
        }
    }

    private static void requireAll(EntryReference reference, Money amount, Instant postedAt) {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(postedAt, "postedAt");
    }
}
