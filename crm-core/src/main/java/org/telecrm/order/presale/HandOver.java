package org.telecrm.order.presale;

import io.vavr.collection.Seq;
import org.jmolecules.ddd.annotation.ValueObject;
import org.telecrm.kernel.Changed;
import org.telecrm.order.aggregate.OrderIntake;
import org.telecrm.order.aggregate.ServiceOrder;
import org.telecrm.order.aggregate.ServiceOrderEvent;
import org.telecrm.sla.CircuitId;

import java.util.Objects;

/**
 * A pre-sale response handed over ({@link PreSale#handOver}): the pre-sale order closed, with its events (the close
 * and {@link ServiceOrderEvent.PreSaleHandedOver}), and what the provisioning order is accepted from: its intake
 * (about the first circuit) and the further circuits, for {@code ServiceOrder.accept(intake, further, ...)}.
 *
 * @param preSale      the pre-sale order closed, and its events
 * @param provisioning the provisioning order's intake: the pre-sale's customer, channel, star level and account
 *                     manager, the contract given, the first circuit
 * @param further      the circuits after the first, each an item of the provisioning order
 */
@ValueObject
public record HandOver(Changed<ServiceOrder, ServiceOrderEvent> preSale, OrderIntake provisioning,
                       Seq<CircuitId> further) {

    public HandOver {
        Objects.requireNonNull(preSale, "preSale");
        Objects.requireNonNull(provisioning, "provisioning");
        Objects.requireNonNull(further, "further");
    }
}
