package org.telecrm.account;

import org.jmolecules.ddd.annotation.ValueObject;

import java.util.Objects;

/**
 * The external reference of a ledger entry: the identifier of the document the entry comes from, as the host's
 * systems assign it: a bill number for a charge, the payment transaction id for a payment, the SLA compensation
 * claim's id for a compensation credit, the correction slip's number for an adjustment.
 *
 * <p>It is the key of idempotent posting: within one account's ledger a reference stands for exactly one entry,
 * whatever its kind. Posting the same entry again is answered with {@link AccountRejection.AlreadyPosted}; posting
 * a different entry (another kind, amount or correction) under a reference already used is a
 * {@link AccountRejection.ReferenceConflict}. References of different source systems should therefore not
 * collide; a host whose systems may reuse each other's numbers prefixes them (e.g. {@code "PAY-"}, {@code "SLA-"}).
 *
 * <pre>{@code
 * EntryReference bill = EntryReference.of("B-2026-06-000123");
 * EntryReference claim = EntryReference.of("SLA-2026-0042");   // a compensation claim's id
 * }</pre>
 *
 * @param value the reference as the source system writes it; not blank
 */
@ValueObject
public record EntryReference(String value) implements Comparable<EntryReference> {

    public EntryReference {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("an entry reference must not be blank");
        }
    }

    public static EntryReference of(String value) {
        return new EntryReference(value);
    }

    @Override
    public int compareTo(EntryReference other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
