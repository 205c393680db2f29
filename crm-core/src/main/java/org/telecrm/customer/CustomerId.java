package org.telecrm.customer;

import org.jmolecules.ddd.types.Identifier;

import java.util.Objects;

/**
 * A customer's identifier, as the host assigns it (the library never makes identifiers up). Other aggregates
 * (accounts, contracts, orders) refer to a customer by this, never by the customer itself.
 *
 * <pre>{@code
 * CustomerId id = CustomerId.of("C-440300-000123");
 * }</pre>
 */
public record CustomerId(String value) implements Identifier, Comparable<CustomerId> {

    public CustomerId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a customer identifier must not be blank");
        }
    }

    public static CustomerId of(String value) {
        return new CustomerId(value);
    }

    @Override
    public int compareTo(CustomerId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
