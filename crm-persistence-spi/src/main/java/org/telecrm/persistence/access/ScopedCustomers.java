package org.telecrm.persistence.access;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.telecrm.customer.AccountManagerId;
import org.telecrm.customer.CustomerId;
import org.telecrm.customer.aggregate.Customer;
import org.telecrm.customer.aggregate.CustomerEvent;
import org.telecrm.customer.contact.PhoneNumber;
import org.telecrm.customer.identity.IdentityDocument;
import org.telecrm.customer.region.CityCode;
import org.telecrm.customer.region.Province;
import org.telecrm.kernel.Changed;
import org.telecrm.persistence.Page;
import org.telecrm.persistence.PageRequest;
import org.telecrm.persistence.SaveConflict;
import org.telecrm.persistence.Versioned;
import org.telecrm.persistence.audit.AuditAction;
import org.telecrm.persistence.audit.AuditRecord;
import org.telecrm.persistence.audit.AuditTrail;
import org.telecrm.persistence.customers.Customers;
import org.telecrm.privacy.access.AccessPolicy;
import org.telecrm.privacy.access.AccessRefused;
import org.telecrm.privacy.access.DataTier;
import org.telecrm.privacy.access.Scope;

import java.util.Objects;

/**
 * A {@link Customers} port as a requester may use it (rules.md section 1, PIPL art. 51, 54): every load and query
 * asks {@link AccessPolicy} first, with the customer's (or the query's) city, province or manager, and answers a
 * typed {@link AccessRefused} when it refuses; the shared tier comes as a {@link SharedCustomer} (no contacts, the
 * document masked); and every access, allowed or refused, is recorded through the {@link AuditTrail} with who, when,
 * what and why. A full number comes out only of {@link #reveal}, itself recorded.
 *
 * <pre>{@code
 * ScopedCustomers scoped = new ScopedCustomers(storage.customers(), audit);
 * AccessRequest request = new AccessRequest(new Requester.CityStaff(StaffId.of("S-1"), new CityCode("440300")),
 *         "complaint 2026-117", at);
 * scoped.load(request, CustomerId.of("C-1"), DataTier.INDIVIDUAL);   // Right(Some(Individual(...))), audited
 * scoped.byCity(request, new CityCode("440100"), DataTier.INDIVIDUAL, PageRequest.first(50));   // Left(OtherCity)
 * }</pre>
 */
public final class ScopedCustomers {

    private final Customers customers;
    private final AuditTrail audit;

    public ScopedCustomers(Customers customers, AuditTrail audit) {
        this.customers = Objects.requireNonNull(customers, "customers");
        this.audit = Objects.requireNonNull(audit, "audit");
    }

    /** What an audit record names for a customer. */
    public static String target(CustomerId id) {
        return "customer " + id.value();
    }

    private static Scope scopeOf(Customer c) {
        return new Scope.OfCustomer(c.getId().value(), c.city(), c.currentManager());
    }

    private void record(AccessRequest request, AuditAction action, String target, DataTier tier,
                        Option<AccessRefused> refused) {
        audit.record(new AuditRecord(request.at(), request.who().describe(), action, target, tier, request.why(),
                refused.map(AccessRefused::message)));
    }

    private static CustomerView view(Versioned<Customer> c, DataTier tier) {
        return tier == DataTier.INDIVIDUAL ? new CustomerView.Individual(c)
                : new CustomerView.Shared(SharedCustomer.of(c.aggregate(), c.version()));
    }

    /** Whether the requester may have this tier of this customer, recorded as {@code action}. */
    private Either<AccessRefused, Versioned<Customer>> checked(AccessRequest request, Versioned<Customer> c,
                                                               DataTier tier, AuditAction action) {
        Either<AccessRefused, DataTier> decision = AccessPolicy.decide(request.who(), scopeOf(c.aggregate()), tier);
        record(request, action, target(c.aggregate().getId()), tier, decision.swap().toOption());
        return decision.map(ignored -> c);
    }

    /** The customer's {@code tier} data, if the requester may see it; none when there is no such customer. */
    public Either<AccessRefused, Option<CustomerView>> load(AccessRequest request, CustomerId id, DataTier tier) {
        Option<Versioned<Customer>> found = customers.load(Objects.requireNonNull(id, "id"));
        if (found.isEmpty()) {
            record(request, AuditAction.READ, target(id), tier, Option.none());
            return Either.right(Option.none());
        }
        return checked(request, found.get(), tier, AuditAction.READ).map(c -> Option.some(view(c, tier)));
    }

    /** The customers of a city, when the requester may see the tier's data of the whole city. */
    public Either<AccessRefused, Page<CustomerView>> byCity(AccessRequest request, CityCode city, DataTier tier,
                                                            PageRequest page) {
        return query(request, new Scope.OfCity(city), tier, () -> customers.byCity(city, page));
    }

    /** The customers of a province, when the requester may see the tier's data of the whole province. */
    public Either<AccessRefused, Page<CustomerView>> byProvince(AccessRequest request, Province province, DataTier tier,
                                                                PageRequest page) {
        return query(request, new Scope.OfProvince(province), tier, () -> customers.byProvince(province, page));
    }

    /** The customers an account manager manages: for that manager. */
    public Either<AccessRefused, Page<CustomerView>> byAccountManager(AccessRequest request, AccountManagerId manager,
                                                                      DataTier tier, PageRequest page) {
        return query(request, new Scope.OfManager(manager), tier, () -> customers.byAccountManager(manager, page));
    }

    /**
     * The customers registered with this document, each as the requester may see it (shared tier): a duplicate check
     * learns of a customer it may not see as a refusal, not as nothing.
     */
    public Seq<Either<AccessRefused, SharedCustomer>> byIdentityDocument(AccessRequest request,
                                                                         IdentityDocument document) {
        return customers.byIdentityDocument(document).map(c -> checked(request, c, DataTier.SHARED, AuditAction.READ)
                .map(allowed -> SharedCustomer.of(allowed.aggregate(), allowed.version())));
    }

    private Either<AccessRefused, Page<CustomerView>> query(AccessRequest request, Scope scope, DataTier tier,
                                                            java.util.function.Supplier<Page<Versioned<Customer>>> run) {
        Either<AccessRefused, DataTier> decision = AccessPolicy.decide(request.who(), scope, tier);
        if (decision.isLeft()) {
            record(request, AuditAction.READ, scope.describe(), tier, decision.swap().toOption());
            return Either.left(decision.getLeft());
        }
        Page<Versioned<Customer>> page = run.get();
        page.items().forEach(c -> record(request, AuditAction.READ, target(c.aggregate().getId()), tier, Option.none()));
        return Either.right(new Page<>(page.items().map(c -> view(c, tier)), page.next()));
    }

    /**
     * Saves a change when the requester may change the customer's individual data (its city's staff, its manager),
     * before and after the change; recorded as a change. The save's own outcome is the inner {@code Either}.
     */
    public Either<AccessRefused, Either<SaveConflict, Long>> save(AccessRequest request,
                                                                  Changed<Customer, CustomerEvent> change,
                                                                  long expectedVersion) {
        Customer next = change.state();
        Seq<Scope> scopes = customers.load(next.getId()).map(stored -> scopeOf(stored.aggregate())).toList()
                .append(scopeOf(next));
        Option<AccessRefused> refused = scopes.map(s -> AccessPolicy.decide(request.who(), s, DataTier.INDIVIDUAL))
                .find(Either::isLeft).map(Either::getLeft);
        record(request, AuditAction.CHANGE, target(next.getId()), DataTier.INDIVIDUAL, refused);
        return refused.isDefined() ? Either.left(refused.get())
                : Either.right(customers.save(change, expectedVersion));
    }

    /**
     * A full number (or address line), unmasked: the only way this library shows one to a requester. Needs the individual tier of the
     * customer, and is recorded as a reveal (the record names the field, not the number). None when there is no such
     * customer or contact.
     */
    public Either<AccessRefused, Option<Seq<String>>> reveal(AccessRequest request, CustomerId id, Revealed field) {
        Option<Versioned<Customer>> found = customers.load(Objects.requireNonNull(id, "id"));
        String target = target(id);
        if (found.isEmpty()) {
            record(request, AuditAction.REVEAL, target, DataTier.INDIVIDUAL, Option.none());
            return Either.right(Option.none());
        }
        Either<AccessRefused, DataTier> decision = AccessPolicy.decide(request.who(), scopeOf(found.get().aggregate()),
                DataTier.INDIVIDUAL);
        audit.record(new AuditRecord(request.at(), request.who().describe(), AuditAction.REVEAL,
                target, DataTier.INDIVIDUAL, request.why() + " [" + field.describe() + "]",
                decision.swap().toOption().map(AccessRefused::message)));
        return decision.map(ignored -> revealed(found.get().aggregate(), field));
    }

    private static Option<Seq<String>> revealed(Customer c, Revealed field) {
        if (field instanceof Revealed.ContactDetails contact) {
            return c.contact(contact.contact()).map(k -> k.details().phones().map(PhoneNumber::unmasked)
                    .appendAll(k.details().email().map(e -> e.unmasked())));
        }
        if (field instanceof Revealed.AddressLines) {
            return Option.some(c.postalAddress().toList().appendAll(c.installationAddresses().values())
                    .map(a -> a.unmaskedLine()));
        }
        return Option.some(List.of(c.document().unmasked()));
    }
}
