package org.telecrm.persistence.customers;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.telecrm.customer.AccountManagerId;
import org.telecrm.customer.CustomerId;
import org.telecrm.customer.aggregate.Customer;
import org.telecrm.customer.aggregate.CustomerEvent;
import org.telecrm.customer.identity.IdentityDocument;
import org.telecrm.customer.region.CityCode;
import org.telecrm.customer.region.Province;
import org.telecrm.kernel.Changed;
import org.telecrm.persistence.Page;
import org.telecrm.persistence.PageRequest;
import org.telecrm.persistence.SaveConflict;
import org.telecrm.persistence.Versioned;

/**
 * The customers a host stores: load by identifier, save with the expected version, and the queries a host needs
 * (by current account manager, by region, by identity document for duplicate detection). Saving appends the
 * change's events to the outbox in the same transaction. Loading rebuilds with {@link Customer#restore}: no
 * command rule runs, no event is raised.
 *
 * <pre>{@code
 * Changed<Customer, CustomerEvent> registered = Customer.register(CustomerId.of("C-1"), registration, at).get();
 * customers.save(registered, Versioned.NEW);                                   // Right(1)
 * customers.byIdentityDocument(registration.document());                       // [the customer, version 1]
 * customers.byProvince(Province.GUANGDONG, PageRequest.first(100)).items();   // customers in Guangdong
 * }</pre>
 */
public interface Customers {

    /** The stable type name of customers in conflicts, event ids and JSON. */
    String TYPE = "customer";

    Option<Versioned<Customer>> load(CustomerId id);

    /**
     * Stores {@code customer} when the store holds it at {@code expectedVersion} ({@link Versioned#NEW} when it must
     * not exist yet) and appends {@code events} to the outbox, in one transaction; the new version, or a
     * {@link SaveConflict} with nothing written.
     *
     * <p>Personal information: identity numbers, phone numbers and e-mail are stored sealed
     * ({@code org.telecrm.persistence.protection}), and the identity document's lookup is a keyed hash. A change
     * that erases ({@code CustomerEvent.Erased}, {@code ContactErased}) also removes from the outbox, in the same
     * transaction, the customer's earlier events that held what it erases ({@code CustomerJson.erasedBy}), delivered
     * or not: after it, nothing the store holds carries the erased values, sealed or in clear.
     */
    Either<SaveConflict, Long> save(Customer customer, long expectedVersion, Seq<CustomerEvent> events);

    default Either<SaveConflict, Long> save(Changed<Customer, CustomerEvent> change, long expectedVersion) {
        return save(change.state(), expectedVersion, change.events());
    }

    /** The customers whose current account manager is {@code manager}, ordered by customer id. */
    Page<Versioned<Customer>> byAccountManager(AccountManagerId manager, PageRequest page);

    /** The customers registered in this city, ordered by customer id. */
    Page<Versioned<Customer>> byCity(CityCode city, PageRequest page);

    /** The customers registered in a city of this province, ordered by customer id. */
    Page<Versioned<Customer>> byProvince(Province province, PageRequest page);

    /**
     * The customers known by this identity document (same kind, same number), ordered by customer id: those whose
     * current document it is, and those who held it before a re-issue ({@code Customer.formerDocuments()}; not a
     * corrected one), so the duplicate check ({@code DuplicateCheck}) holds across re-issues. Normally none or one.
     */
    Seq<Versioned<Customer>> byIdentityDocument(IdentityDocument document);
}
