package org.telecrm.persistence.tck;

import io.vavr.collection.Seq;
import org.telecrm.order.aggregate.ServiceOrder;
import org.telecrm.order.aggregate.ServiceOrderEvent;

/**
 * A service order reached through the public API, and every event its accepted commands raised, oldest first.
 *
 * @param order  the order after the last accepted command
 * @param events the events of every accepted command, from the acceptance on
 */
public record ServiceOrderHistory(ServiceOrder order, Seq<ServiceOrderEvent> events) {
}
