package org.telecrm.sla;

import org.jmolecules.ddd.types.Identifier;

import java.util.Objects;

/**
 * A leased circuit's identifier (its circuit number, 电路专线号, as the host's resource system assigns it). A
 * contract covers circuits by this identifier; outage records and provisioning orders name their circuit by it.
 *
 * <pre>{@code
 * CircuitId id = CircuitId.of("DDN-0755-2026-0001");
 * }</pre>
 */
public record CircuitId(String value) implements Identifier, Comparable<CircuitId> {

    public CircuitId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a circuit identifier must not be blank");
        }
    }

    public static CircuitId of(String value) {
        return new CircuitId(value);
    }

    @Override
    public int compareTo(CircuitId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
