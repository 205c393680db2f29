package org.telecrm.order.aggregate;

import org.jmolecules.ddd.types.Identifier;

import java.util.Objects;

/**
 * A service order's identifier (工单号), as the host's work-order system assigns it. For a provisioning order it is
 * also the SLA side's {@code ProvisioningOrderId} (same text), so a claim names the work order.
 *
 * <pre>{@code
 * ServiceOrderId id = ServiceOrderId.of("SO-2026-0001");
 * }</pre>
 */
public record ServiceOrderId(String value) implements Identifier, Comparable<ServiceOrderId> {

    public ServiceOrderId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a service order identifier must not be blank");
        }
    }

    public static ServiceOrderId of(String value) {
        return new ServiceOrderId(value);
    }

    @Override
    public int compareTo(ServiceOrderId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
