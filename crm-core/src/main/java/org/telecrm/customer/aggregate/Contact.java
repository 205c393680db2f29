package org.telecrm.customer.aggregate;

import org.jmolecules.ddd.types.Entity;
import org.telecrm.customer.contact.ContactDetails;
import org.telecrm.customer.contact.ContactId;

import java.util.Objects;

/**
 * A contact person of a customer (客户联系人): an entity inside the {@link Customer} aggregate, known by its
 * {@link ContactId} within the customer. Changed only through the customer's commands; immutable like it.
 *
 * <pre>{@code
 * Contact c = customer.contact(ContactId.of("K-1")).get();
 * c.details().role();   // "IT manager"
 * c.toString();         // phones and e-mail masked
 * }</pre>
 *
 * @param id      the contact's identifier within the customer
 * @param details name, role, phone numbers, e-mail
 */
public record Contact(ContactId id, ContactDetails details) implements Entity<Customer, ContactId> {

    public Contact {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(details, "details");
    }

    @Override
    public ContactId getId() {
        return id;
    }
}
