package org.telecrm.sla;

import org.jmolecules.ddd.types.Identifier;

import java.util.Objects;

/**
 * An SLA contract's identifier (its contract number), as the host assigns it. Claims, breaches and their
 * credits name the contract by it.
 *
 * <pre>{@code
 * SlaContractId id = SlaContractId.of("SLA-2026-0042");
 * }</pre>
 */
public record SlaContractId(String value) implements Identifier, Comparable<SlaContractId> {

    public SlaContractId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a contract identifier must not be blank");
        }
    }

    public static SlaContractId of(String value) {
        return new SlaContractId(value);
    }

    @Override
    public int compareTo(SlaContractId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
