package org.telecrm.sla.claim;

import org.jmolecules.ddd.types.Identifier;

import java.util.Objects;

/**
 * A compensation claim's identifier (the SLA compensation form's number, SLA 赔付单号), as the host assigns it. It is
 * also the reference under which the credit is posted to the customer's account, so that posting it twice is
 * recognised there as a repeat.
 *
 * <pre>{@code
 * ClaimId id = ClaimId.of("PF-2026-03-0007");
 * }</pre>
 */
public record ClaimId(String value) implements Identifier, Comparable<ClaimId> {

    public ClaimId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a claim identifier must not be blank");
        }
    }

    public static ClaimId of(String value) {
        return new ClaimId(value);
    }

    @Override
    public int compareTo(ClaimId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
