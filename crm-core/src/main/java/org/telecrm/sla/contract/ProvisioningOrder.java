package org.telecrm.sla.contract;

import io.vavr.collection.SortedSet;
import io.vavr.collection.TreeSet;
import org.jmolecules.ddd.annotation.ValueObject;
import org.telecrm.sla.CircuitId;
import org.telecrm.sla.ProvisioningOrderId;
import org.telecrm.sla.provisioning.ProvisioningCase;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A provisioning (opening) order for one of a contract's circuits, as the work-order system reports it: the order,
 * the circuit, the acceptance date, whether and when it was completed, and the working days the customer held it
 * (its pauses, e.g. the site not ready: rules.md section 6, a pause counts only for the working time it overlaps, so
 * a held day is a whole working day the pause covered). The contract supplies the rest (product, class, fee, terms)
 * when it evaluates the order, on a calendar where the held days are days off: they count neither towards the
 * deadline nor as days late. Whoever builds the order, a host's settlement or the service-order link, the one rule
 * applies where the contract evaluates it.
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
                                ProvisioningCase.Progress progress, SortedSet<LocalDate> heldDays) {

    public ProvisioningOrder {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(circuit, "circuit");
        Objects.requireNonNull(acceptedOn, "acceptedOn");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(heldDays, "heldDays");
    }

    /** An order the customer never held. */
    public ProvisioningOrder(ProvisioningOrderId id, CircuitId circuit, LocalDate acceptedOn,
                             ProvisioningCase.Progress progress) {
        this(id, circuit, acceptedOn, progress, TreeSet.empty());
    }

    /** This order, held by the customer on {@code days} (working days its pauses covered). */
    public ProvisioningOrder withHeldDays(SortedSet<LocalDate> days) {
        return new ProvisioningOrder(id, circuit, acceptedOn, progress, days);
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
