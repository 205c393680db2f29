package org.telecrm.customer.contact;

import org.jmolecules.ddd.types.Identifier;

import java.util.Objects;

/**
 * A contact's identifier within its customer, as the host assigns it.
 *
 * <pre>{@code
 * ContactId it = ContactId.of("K-1");
 * }</pre>
 */
public record ContactId(String value) implements Identifier, Comparable<ContactId> {

    public ContactId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a contact identifier must not be blank");
        }
    }

    public static ContactId of(String value) {
        return new ContactId(value);
    }

    @Override
    public int compareTo(ContactId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
