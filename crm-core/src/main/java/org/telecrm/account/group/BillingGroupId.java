package org.telecrm.account.group;

import org.jmolecules.ddd.types.Identifier;

import java.util.Objects;

/**
 * A billing group's identifier, as the host assigns it.
 *
 * <pre>{@code
 * BillingGroupId id = BillingGroupId.of("G-0755-001");
 * }</pre>
 */
public record BillingGroupId(String value) implements Identifier, Comparable<BillingGroupId> {

    public BillingGroupId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a billing group identifier must not be blank");
        }
    }

    public static BillingGroupId of(String value) {
        return new BillingGroupId(value);
    }

    @Override
    public int compareTo(BillingGroupId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
