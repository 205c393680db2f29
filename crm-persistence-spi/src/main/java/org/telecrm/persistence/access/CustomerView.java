package org.telecrm.persistence.access;

import org.telecrm.customer.CustomerId;
import org.telecrm.customer.aggregate.Customer;
import org.telecrm.persistence.Versioned;

/** A customer as a scoped access gives it: its shared data only, or all of it (individual tier). */
public sealed interface CustomerView {

    CustomerId id();

    /** The shared tier: {@link SharedCustomer}. */
    record Shared(SharedCustomer customer) implements CustomerView {
        public CustomerId id() {
            return customer.id();
        }
    }

    /** The individual tier: the whole customer (its personal values still masked in every rendering). */
    record Individual(Versioned<Customer> customer) implements CustomerView {
        public CustomerId id() {
            return customer.aggregate().getId();
        }
    }
}
