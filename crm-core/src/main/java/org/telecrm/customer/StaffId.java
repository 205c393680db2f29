package org.telecrm.customer;

import org.jmolecules.ddd.types.Identifier;

import java.util.Objects;

/**
 * The identifier of a member of staff who did something to a customer's records: who assigned an account manager,
 * who wrote an entry in a key-account file. Assigned by the host's staff directory.
 *
 * <pre>{@code
 * StaffId head = StaffId.of("S-0755-002");
 * }</pre>
 */
public record StaffId(String value) implements Identifier, Comparable<StaffId> {

    public StaffId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a staff identifier must not be blank");
        }
    }

    public static StaffId of(String value) {
        return new StaffId(value);
    }

    @Override
    public int compareTo(StaffId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
