package org.telecrm.customer;

import org.jmolecules.ddd.types.Identifier;

import java.util.Objects;

/**
 * The circuit an installation address belongs to (电路专线号), as the host's resource system numbers it: the same
 * value as {@code org.telecrm.sla.CircuitId}, named here because the customer packages depend on no other aggregate's
 * package (contracts refer to customers, not the other way round).
 *
 * <pre>{@code
 * CircuitRef circuit = CircuitRef.of("DDN-0755-2026-0001");
 * }</pre>
 */
public record CircuitRef(String value) implements Identifier, Comparable<CircuitRef> {

    public CircuitRef {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a circuit identifier must not be blank");
        }
    }

    public static CircuitRef of(String value) {
        return new CircuitRef(value);
    }

    @Override
    public int compareTo(CircuitRef other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
