package org.telecrm.sla.contract;

import org.jmolecules.ddd.annotation.ValueObject;
import org.telecrm.sla.CircuitId;
import org.telecrm.sla.ProvisioningOrderId;
import org.telecrm.sla.provisioning.ProvisioningCase;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A provisioning (opening) order for one of a contract's circuits, as the work-order system reports it: the order,
 * the circuit, the acceptance date, and whether and when it was completed. The contract supplies the rest (product,
 * class, fee, terms) when it evaluates the order.
 *
 * <pre>{@code
 * ProvisioningOrder done = ProvisioningOrder.completed(ProvisioningOrderId.of("SO-1"), CircuitId.of("DDN-1"),
 *         LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 13));
 * ProvisioningOrder open = ProvisioningOrder.openAsOf(ProvisioningOrderId.of("SO-2"), CircuitId.of("DC-2"),
 *         LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 31));
 * }</pre>
 */
@ValueObject
public record ProvisioningOrder(ProvisioningOrderId id, CircuitId circuit, LocalDate acceptedOn,
                                ProvisioningCase.Progress progress) {

    public ProvisioningOrder {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(circuit, "circuit");
        Objects.requireNonNull(acceptedOn, "acceptedOn");
        Objects.requireNonNull(progress, "progress");
    }

    public static ProvisioningOrder completed(ProvisioningOrderId id, CircuitId circuit, LocalDate acceptedOn,
                                              LocalDate completedOn) {
        return new ProvisioningOrder(id, circuit, acceptedOn, new ProvisioningCase.Progress.CompletedOn(completedOn));
    }

    public static ProvisioningOrder openAsOf(ProvisioningOrderId id, CircuitId circuit, LocalDate acceptedOn,
                                             LocalDate asOf) {
        return new ProvisioningOrder(id, circuit, acceptedOn, new ProvisioningCase.Progress.OpenAsOf(asOf));
    }

    public boolean isCompleted() {
        return progress instanceof ProvisioningCase.Progress.CompletedOn;
    }
}
