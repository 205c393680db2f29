package org.telecrm.persistence.access;

import io.vavr.control.Either;
import io.vavr.control.Option;
import org.telecrm.account.Account;
import org.telecrm.account.AccountId;
import org.telecrm.customer.CustomerId;
import org.telecrm.customer.aggregate.Customer;
import org.telecrm.order.aggregate.ServiceOrder;
import org.telecrm.order.aggregate.ServiceOrderId;
import org.telecrm.persistence.Page;
import org.telecrm.persistence.PageRequest;
import org.telecrm.persistence.Versioned;
import org.telecrm.persistence.accounts.Accounts;
import org.telecrm.persistence.audit.AuditAction;
import org.telecrm.persistence.audit.AuditRecord;
import org.telecrm.persistence.audit.AuditTrail;
import org.telecrm.persistence.contracts.SlaContracts;
import org.telecrm.persistence.customers.Customers;
import org.telecrm.persistence.orders.ServiceOrders;
import org.telecrm.privacy.access.AccessPolicy;
import org.telecrm.privacy.access.AccessRefused;
import org.telecrm.privacy.access.DataTier;
import org.telecrm.privacy.access.Scope;
import org.telecrm.sla.SlaContractId;
import org.telecrm.sla.contract.SlaContract;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A customer's other records as a requester may read them (rules.md section 1, PIPL art. 51, 54), as
 * {@link ScopedCustomers} does for the customer itself: each read finds the record's customer, asks
 * {@link AccessPolicy} with the customer's city and manager at the record's tier, answers a typed
 * {@link AccessRefused} when it refuses (naming the customer whose data it is), and is recorded in the {@link AuditTrail} with who, when, what and why.
 * <ul>
 *   <li>A billing account and its ledger (the customer's spend) are billing information: {@link #ACCOUNT_TIER},
 *       shared at province level.</li>
 *   <li>An SLA contract names the customer's signatory, a contact: {@link #CONTRACT_TIER}, individual.</li>
 *   <li>A service order is a service activity, with its notes: {@link #ORDER_TIER}, individual (city level).</li>
 * </ul>
 *
 * <pre>{@code
 * ScopedRecords records = new ScopedRecords(storage.customers(), storage.accounts(), storage.slaContracts(),
 *         storage.serviceOrders(), audit);
 * records.account(request, AccountId.of("A-1"));        // Right(Some(account)) for its province's staff, audited
 * records.order(request, ServiceOrderId.of("SO-1"));    // Left(CityLevelData) for province staff
 * records.openOrders(job, PageRequest.first(200));     // the page's orders of the job's province, each audited
 * }</pre>
 *
 * <p>A query over the whole store (open orders, the orders of a month, the contracts in force) names no customer,
 * so it is decided record by record: the page keeps the records the requester may see, and every record read, kept
 * or left out, is in the audit trail under the record, with the refusal for those left out. A batch job of a
 * province ({@code Requester.SystemJob}) so reads its province's records of a store that holds several provinces'.
 */
public final class ScopedRecords {

    /** Billing information (rules.md section 1: shared data, centralised at province level). */
    public static final DataTier ACCOUNT_TIER = DataTier.SHARED;
    /** The contract names the customer's signatory, a contact (individual data, as a customer's contacts are). */
    public static final DataTier CONTRACT_TIER = DataTier.INDIVIDUAL;
    /** Service activities (rules.md section 1: individual data, kept at city level). */
    public static final DataTier ORDER_TIER = DataTier.INDIVIDUAL;

    private final Customers customers;
    private final Accounts accounts;
    private final SlaContracts contracts;
    private final ServiceOrders orders;
    private final AuditTrail audit;

    public ScopedRecords(Customers customers, Accounts accounts, SlaContracts contracts, ServiceOrders orders,
                         AuditTrail audit) {
        this.customers = Objects.requireNonNull(customers, "customers");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.contracts = Objects.requireNonNull(contracts, "contracts");
        this.orders = Objects.requireNonNull(orders, "orders");
        this.audit = Objects.requireNonNull(audit, "audit");
    }

    /** The billing account, if the requester may see its customer's billing information. */
    public Either<AccessRefused, Option<Versioned<Account>>> account(AccessRequest request, AccountId id) {
        return one(request, "account " + id.value(), ACCOUNT_TIER, accounts.load(Objects.requireNonNull(id, "id")),
                Account::owner);
    }

    /** A customer's billing accounts, a page at a time, if the requester may see its billing information. */
    public Either<AccessRefused, Page<Versioned<Account>>> accountsOf(AccessRequest request, CustomerId customer,
                                                                     PageRequest page) {
        return decided(request, customer, ACCOUNT_TIER, "accounts of customer " + customer.value())
                .map(ignored -> accounts.byCustomer(customer, page));
    }

    /** The SLA contract, if the requester may see its customer's individual data. */
    public Either<AccessRefused, Option<Versioned<SlaContract>>> contract(AccessRequest request, SlaContractId id) {
        return one(request, "contract " + id.value(), CONTRACT_TIER, contracts.load(Objects.requireNonNull(id, "id")),
                SlaContract::customer);
    }

    /** A customer's SLA contracts, a page at a time, if the requester may see its individual data. */
    public Either<AccessRefused, Page<Versioned<SlaContract>>> contractsOf(AccessRequest request, CustomerId customer,
                                                                          PageRequest page) {
        return decided(request, customer, CONTRACT_TIER, "contracts of customer " + customer.value())
                .map(ignored -> contracts.byCustomer(customer, page));
    }

    /** The service order, if the requester may see its customer's individual data. */
    public Either<AccessRefused, Option<Versioned<ServiceOrder>>> order(AccessRequest request, ServiceOrderId id) {
        return one(request, "order " + id.value(), ORDER_TIER, orders.load(Objects.requireNonNull(id, "id")),
                o -> o.intake().customer());
    }

    /** The open service orders, a page at a time, kept to those the requester may see (see the class comment). */
    public Page<Versioned<ServiceOrder>> openOrders(AccessRequest request, PageRequest page) {
        return visibleOrders(request, orders.open(page));
    }

    /** The service orders accepted in {@code month}, a page at a time, kept to those the requester may see. */
    public Page<Versioned<ServiceOrder>> ordersOfMonth(AccessRequest request, YearMonth month, PageRequest page) {
        return visibleOrders(request, orders.byMonth(month, page));
    }

    /** A contract's service orders of {@code month}, a page at a time, kept to those the requester may see. */
    public Page<Versioned<ServiceOrder>> ordersOfContract(AccessRequest request, SlaContractId contract,
                                                          YearMonth month, PageRequest page) {
        return visibleOrders(request, orders.byContractAndMonth(contract, month, page));
    }

    /** The SLA contracts in force on {@code day}, a page at a time, kept to those the requester may see. */
    public Page<Versioned<SlaContract>> contractsInForceOn(AccessRequest request, LocalDate day, PageRequest page) {
        return visible(request, CONTRACT_TIER, contracts.inForceOn(day, page), c -> "contract " + c.id().value(),
                SlaContract::customer);
    }

    private Page<Versioned<ServiceOrder>> visibleOrders(AccessRequest request, Page<Versioned<ServiceOrder>> page) {
        return visible(request, ORDER_TIER, page, o -> "order " + o.id().value(), o -> o.intake().customer());
    }

    /** The page's records the requester may see, each decided and recorded under its own target. */
    private <T> Page<Versioned<T>> visible(AccessRequest request, DataTier tier, Page<Versioned<T>> page,
                                           Function<T, String> target, Function<T, CustomerId> owner) {
        Objects.requireNonNull(request, "request");
        Map<CustomerId, Option<Customer>> owners = new HashMap<>();   // a page's records often share a customer
        return new Page<>(page.items().filter(stored -> {
            T record = stored.aggregate();
            CustomerId customer = owner.apply(record);
            Option<Customer> found = owners.computeIfAbsent(customer,
                    id -> customers.load(id).map(Versioned::aggregate));
            return decision(request, customer, found, tier, target.apply(record)).isRight();
        }), page.next());
    }

    private <T> Either<AccessRefused, Option<Versioned<T>>> one(AccessRequest request, String target, DataTier tier,
                                                                Option<Versioned<T>> found,
                                                                Function<T, CustomerId> owner) {
        if (found.isEmpty()) {
            record(request, target, tier, Option.none());
            return Either.right(Option.none());
        }
        return decided(request, owner.apply(found.get().aggregate()), tier, target).map(ignored -> found);
    }

    /** Whether the requester may see {@code tier} data of {@code owner}'s, recorded under {@code target}. */
    private Either<AccessRefused, DataTier> decided(AccessRequest request, CustomerId owner, DataTier tier,
                                                    String target) {
        Objects.requireNonNull(request, "request");
        Option<Customer> customer = customers.load(Objects.requireNonNull(owner, "owner")).map(Versioned::aggregate);
        return decision(request, owner, customer, tier, target);
    }

    private Either<AccessRefused, DataTier> decision(AccessRequest request, CustomerId owner, Option<Customer> customer,
                                                     DataTier tier, String target) {
        Either<AccessRefused, DataTier> decision = customer
                .map(c -> AccessPolicy.decide(request.who(), new Scope.OfCustomer(owner.value(), c.city(),
                        c.currentManager()), tier))
                .getOrElse(() -> Either.left(new AccessRefused.OwnerUnknown(request.who(), tier, target)));
        record(request, target, tier, decision.swap().toOption());
        return decision;
    }

    private void record(AccessRequest request, String target, DataTier tier, Option<AccessRefused> refused) {
        audit.record(new AuditRecord(request.at(), request.who().describe(), AuditAction.READ, target, tier,
                request.why(), refused.map(AccessRefused::message)));
    }
}
