package org.telecrm.sla;

import org.jmolecules.ddd.types.Identifier;

import java.util.Objects;

/**
 * A provisioning (opening, 开通) work order's identifier, as the host's work-order system assigns it. A late
 * provisioning breach is identified by its circuit and this order.
 *
 * <pre>{@code
 * ProvisioningOrderId id = ProvisioningOrderId.of("SO-2026-000123");
 * }</pre>
 */
public record ProvisioningOrderId(String value) implements Identifier, Comparable<ProvisioningOrderId> {

    public ProvisioningOrderId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a provisioning order identifier must not be blank");
        }
    }

    public static ProvisioningOrderId of(String value) {
        return new ProvisioningOrderId(value);
    }

    @Override
    public int compareTo(ProvisioningOrderId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
