package org.telecrm.sla.claim;

import org.jmolecules.ddd.annotation.ValueObject;
import org.telecrm.sla.CircuitId;
import org.telecrm.sla.ProvisioningOrderId;

import java.time.YearMonth;
import java.util.Objects;

/**
 * The stable identity of a breach within a contract: the circuit, the kind, and what it is about (the provisioning
 * order for a late provisioning, the month for a quality or a measured breach). Two evaluations of the same order or the same
 * circuit-month are the same breach, whatever their amounts; a contract holds at most one claim per breach.
 *
 * <pre>{@code
 * BreachId.lateProvisioning(CircuitId.of("DDN-1"), ProvisioningOrderId.of("SO-7"));   // DDN-1/LATE_PROVISIONING/SO-7
 * BreachId.quality(CircuitId.of("DDN-1"), YearMonth.of(2026, 3));                     // DDN-1/QUALITY/2026-03
 * BreachId.measured(CircuitId.of("DDN-1"), YearMonth.of(2026, 3));                    // DDN-1/MEASURED/2026-03
 * }</pre>
 *
 * @param subject the order identifier, or the month as {@code yyyy-MM}
 */
@ValueObject
public record BreachId(CircuitId circuit, BreachKind kind, String subject) implements Comparable<BreachId> {

    public BreachId {
        Objects.requireNonNull(circuit, "circuit");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
    }

    public static BreachId lateProvisioning(CircuitId circuit, ProvisioningOrderId order) {
        return new BreachId(circuit, BreachKind.LATE_PROVISIONING, order.value());
    }

    public static BreachId quality(CircuitId circuit, YearMonth month) {
        return new BreachId(circuit, BreachKind.QUALITY, month.toString());
    }

    public static BreachId measured(CircuitId circuit, YearMonth month) {
        return new BreachId(circuit, BreachKind.MEASURED, month.toString());
    }

    @Override
    public int compareTo(BreachId other) {
        return toString().compareTo(other.toString());
    }

    @Override
    public String toString() {
        return circuit + "/" + kind + "/" + subject;
    }
}
