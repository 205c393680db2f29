package org.telecrm.persistence.tck;

import io.vavr.collection.Seq;
import org.telecrm.customer.aggregate.Customer;
import org.telecrm.customer.aggregate.CustomerEvent;

/**
 * A customer reached through the public API, and every event its accepted commands raised, oldest first.
 *
 * @param customer the customer after the last accepted command
 * @param events   the events of every accepted command, from the registration on
 */
public record CustomerHistory(Customer customer, Seq<CustomerEvent> events) {
}
