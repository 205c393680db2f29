package org.telecrm.order.outage;

import org.jmolecules.ddd.types.Identifier;

import java.util.Objects;

/**
 * A mass outage's identifier, as the host's network-operations system assigns it.
 *
 * <pre>{@code
 * MassOutageId id = MassOutageId.of("MO-2026-0007");
 * }</pre>
 */
public record MassOutageId(String value) implements Identifier {

    public MassOutageId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a mass outage identifier must not be blank");
        }
    }

    public static MassOutageId of(String value) {
        return new MassOutageId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
