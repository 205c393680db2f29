package org.telecrm.persistence.tck;

import org.telecrm.account.Account;
import org.telecrm.account.AccountId;
import org.telecrm.account.AccountTerms;
import org.telecrm.money.Money;
import org.telecrm.order.OrderKind;
import org.telecrm.order.aggregate.Channel;
import org.telecrm.order.aggregate.ClockBasis;
import org.telecrm.order.aggregate.NodeTimeLimits;
import org.telecrm.order.aggregate.OrderIntake;
import org.telecrm.order.aggregate.ServiceOrder;
import org.telecrm.order.aggregate.ServiceOrderId;
import org.telecrm.order.clock.SlaClock;
import org.telecrm.persistence.access.ScopedRecords;
import org.telecrm.persistence.accounts.Accounts;
import org.telecrm.persistence.contracts.SlaContracts;
import org.telecrm.persistence.orders.ServiceOrders;
import org.telecrm.sla.SlaContractId;
import org.telecrm.sla.contract.ContractTerms;
import org.telecrm.sla.contract.SlaContract;
import org.telecrm.persistence.Transactions;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.telecrm.customer.AccountManagerId;
import org.telecrm.customer.CustomerGroup;
import org.telecrm.customer.CustomerId;
import org.telecrm.customer.StaffId;
import org.telecrm.customer.aggregate.Amendment;
import org.telecrm.customer.aggregate.Customer;
import org.telecrm.customer.aggregate.CustomerEvent;
import org.telecrm.customer.aggregate.Registration;
import org.telecrm.customer.contact.Address;
import org.telecrm.customer.contact.ContactDetails;
import org.telecrm.customer.contact.ContactId;
import org.telecrm.customer.contact.EmailAddress;
import org.telecrm.customer.contact.MobileNumber;
import org.telecrm.customer.identity.ResidentIdentityNumber;
import org.telecrm.customer.identity.UnifiedSocialCreditCode;
import org.telecrm.customer.region.CityCode;
import org.telecrm.customer.region.Province;
import org.telecrm.kernel.Changed;
import org.telecrm.persistence.PageRequest;
import org.telecrm.persistence.Versioned;
import org.telecrm.persistence.access.AccessRequest;
import org.telecrm.persistence.access.CustomerView;
import org.telecrm.persistence.access.Revealed;
import org.telecrm.persistence.access.ScopedCustomers;
import org.telecrm.persistence.audit.AuditAction;
import org.telecrm.persistence.audit.AuditRecord;
import org.telecrm.persistence.audit.AuditTrail;
import org.telecrm.persistence.customers.Customers;
import org.telecrm.privacy.access.AccessRefused;
import org.telecrm.privacy.access.DataTier;
import org.telecrm.privacy.access.Requester;

import java.time.Instant;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The contract of access scoping and audit (rules.md section 1; PIPL art. 51, 54) over a store's {@link Customers}
 * port and {@link AuditTrail}: a city's staff see their city's individual data and their province's shared data,
 * province staff the shared data, an account manager their own accounts; a refusal is a typed value; every read,
 * change, refusal and reveal is in the audit trail with who, when, what and why, and the trail holds no clear number.
 *
 * <pre>{@code
 * class MyAccessScopingTest extends AccessScopingContract {
 *     @Override
 *     protected Ports emptyStore() {
 *         MyStorage storage = MyStorage.emptied(dataSource);
 *         return new Ports(storage.customers(), storage.accounts(), storage.slaContracts(),
 *                 storage.serviceOrders(), storage.auditTrail(), storage.transactions(), () -> everyRowAsText(dataSource));
 *     }
 * }
 * }</pre>
 */
public abstract class AccessScopingContract {

    /**
     * The ports under test, backed by the same store.
     *
     * @param storedText everything the store holds, as text, read past the ports
     */
    public record Ports(Customers customers, Accounts accounts, SlaContracts contracts, ServiceOrders orders,
                        AuditTrail audit, Transactions transactions, Supplier<String> storedText) {
    }

    /** A store with no customers and an empty audit trail. */
    protected abstract Ports emptyStore();

    private static final Instant T0 = Instant.parse("2026-03-01T02:00:00Z");
    private static final CityCode SHENZHEN = new CityCode("440300");
    private static final CityCode GUANGZHOU = new CityCode("440100");
    private static final CityCode HANGZHOU = new CityCode("330100");
    private static final AccountManagerId AM_1 = AccountManagerId.of("AM-1");
    private static final Requester SHENZHEN_STAFF = new Requester.CityStaff(StaffId.of("S-1"), SHENZHEN);
    private static final Requester GUANGDONG_STAFF = new Requester.ProvinceStaff(StaffId.of("S-2"), Province.GUANGDONG);
    private static final Requester MANAGER = new Requester.AccountManager(AM_1);
    private static final String NUMBER_SZ = "11010519491231002X";

    private static Changed<Customer, CustomerEvent> person(String id, String number, CityCode city) {
        Changed<Customer, CustomerEvent> registered = Customer.register(CustomerId.of(id), new Registration(
                CustomerGroup.PUBLIC, "Customer " + id, new ResidentIdentityNumber(number), city), T0).get();
        Changed<Customer, CustomerEvent> contact = registered.state().addContact(ContactId.of("K-1"),
                new ContactDetails("Zhang San", "self", List.of(new MobileNumber("13812345678")),
                        Option.some(new EmailAddress("zhangsan@example.com"))), T0).get();
        return Changed.of(contact.state(), registered.events().appendAll(contact.events()));
    }

    private static String residentNumber(String first17) {
        return first17 + ResidentIdentityNumber.checkCharacterOf(first17);
    }

    /** People C-SZ in Shenzhen, C-GZ in Guangzhou, C-HZ in Hangzhou (Zhejiang); key account C-KA in Shenzhen, AM-1's. */
    private static final String ADDRESS_LINE = "Keyuan Road 8, Room 1201";

    private ScopedCustomers stored(Ports store) {
        store.customers().save(person("C-SZ", NUMBER_SZ, SHENZHEN), Versioned.NEW);
        store.customers().save(person("C-GZ", residentNumber("44010619900101123"), GUANGZHOU), Versioned.NEW);
        store.customers().save(person("C-HZ", residentNumber("33010619900101123"), HANGZHOU), Versioned.NEW);
        Changed<Customer, CustomerEvent> keyAccount = Customer.register(CustomerId.of("C-KA"), new Registration(
                CustomerGroup.KEY_ACCOUNT, "Shenzhen Example Ltd", new UnifiedSocialCreditCode("91440300MA5FUJ7A0C"),
                SHENZHEN), T0).get();
        Changed<Customer, CustomerEvent> managed = keyAccount.state().assignManager(AM_1, StaffId.of("S-9"), T0).get();
        store.customers().save(managed.state(), Versioned.NEW, keyAccount.events().appendAll(managed.events()));
        return new ScopedCustomers(store.customers(), store.audit());
    }

    private static AccessRequest by(Requester who) {
        return new AccessRequest(who, "complaint 2026-117", T0.plusSeconds(3600));
    }

    private static Either<AccessRefused, Option<CustomerView>> load(ScopedCustomers scoped, Requester who, String id,
                                                                     DataTier tier) {
        return scoped.load(by(who), CustomerId.of(id), tier);
    }

    @Test
    void city_staff_see_their_citys_individual_data_and_their_provinces_shared_data() {
        ScopedCustomers scoped = stored(emptyStore());
        assertInstanceOf(CustomerView.Individual.class, load(scoped, SHENZHEN_STAFF, "C-SZ", DataTier.INDIVIDUAL).get().get());
        assertInstanceOf(AccessRefused.OtherCity.class, load(scoped, SHENZHEN_STAFF, "C-GZ", DataTier.INDIVIDUAL).getLeft());
        CustomerView shared = load(scoped, SHENZHEN_STAFF, "C-GZ", DataTier.SHARED).get().get();
        assertInstanceOf(CustomerView.Shared.class, shared);
        assertFalse(shared.toString().contains("13812345678"), "no contact in the shared tier");
        assertInstanceOf(AccessRefused.OtherProvince.class, load(scoped, SHENZHEN_STAFF, "C-HZ", DataTier.SHARED).getLeft());
    }

    @Test
    void province_staff_see_shared_data_only_and_only_their_provinces() {
        ScopedCustomers scoped = stored(emptyStore());
        assertInstanceOf(CustomerView.Shared.class, load(scoped, GUANGDONG_STAFF, "C-SZ", DataTier.SHARED).get().get());
        assertInstanceOf(AccessRefused.CityLevelData.class,
                load(scoped, GUANGDONG_STAFF, "C-SZ", DataTier.INDIVIDUAL).getLeft());
        assertInstanceOf(AccessRefused.OtherProvince.class, load(scoped, GUANGDONG_STAFF, "C-HZ", DataTier.SHARED).getLeft());
        Seq<String> province = scoped.byProvince(by(GUANGDONG_STAFF), Province.GUANGDONG, DataTier.SHARED,
                PageRequest.first(10)).get().items().map(v -> v.id().value());
        assertEquals(List.of("C-GZ", "C-KA", "C-SZ"), province);
        assertInstanceOf(AccessRefused.CityLevelData.class, scoped.byProvince(by(GUANGDONG_STAFF), Province.GUANGDONG,
                DataTier.INDIVIDUAL, PageRequest.first(10)).getLeft());
    }

    @Test
    void a_query_over_another_citys_individual_data_is_refused_whole() {
        ScopedCustomers scoped = stored(emptyStore());
        assertEquals(List.of("C-KA", "C-SZ"), scoped.byCity(by(SHENZHEN_STAFF), SHENZHEN, DataTier.INDIVIDUAL,
                PageRequest.first(10)).get().items().map(v -> v.id().value()));
        assertInstanceOf(AccessRefused.OtherCity.class, scoped.byCity(by(SHENZHEN_STAFF), GUANGZHOU,
                DataTier.INDIVIDUAL, PageRequest.first(10)).getLeft());
    }

    @Test
    void an_account_manager_sees_their_own_accounts_and_nothing_else() {
        ScopedCustomers scoped = stored(emptyStore());
        assertInstanceOf(CustomerView.Individual.class, load(scoped, MANAGER, "C-KA", DataTier.INDIVIDUAL).get().get());
        assertInstanceOf(AccessRefused.NotTheirAccount.class, load(scoped, MANAGER, "C-SZ", DataTier.SHARED).getLeft());
        assertEquals(List.of("C-KA"), scoped.byAccountManager(by(MANAGER), AM_1, DataTier.INDIVIDUAL,
                PageRequest.first(10)).get().items().map(v -> v.id().value()));
        assertInstanceOf(AccessRefused.NotTheirAccount.class, scoped.byAccountManager(by(MANAGER),
                AccountManagerId.of("AM-2"), DataTier.SHARED, PageRequest.first(10)).getLeft());
        assertInstanceOf(AccessRefused.NotTheirAccount.class, scoped.byCity(by(MANAGER), SHENZHEN, DataTier.SHARED,
                PageRequest.first(10)).getLeft());
    }

    @Test
    void every_access_is_in_the_audit_trail_with_who_when_what_and_why() {
        Ports store = emptyStore();
        ScopedCustomers scoped = stored(store);
        load(scoped, SHENZHEN_STAFF, "C-SZ", DataTier.INDIVIDUAL);
        load(scoped, GUANGDONG_STAFF, "C-SZ", DataTier.INDIVIDUAL);
        Seq<AuditRecord> trail = store.audit().about("customer C-SZ");
        assertEquals(2, trail.size());
        AuditRecord read = trail.get(0);
        assertEquals(List.of(T0.plusSeconds(3600), "city-staff S-1@440300", AuditAction.READ, "customer C-SZ",
                DataTier.INDIVIDUAL, "complaint 2026-117"), List.of(read.at(), read.who(), read.action(), read.target(),
                read.tier(), read.why()));
        assertTrue(read.allowed());
        assertFalse(trail.get(1).allowed());
        assertTrue(trail.get(1).refused().get().contains("city level"), trail.get(1).refused().get());
        scoped.byCity(by(SHENZHEN_STAFF), GUANGZHOU, DataTier.INDIVIDUAL, PageRequest.first(10));
        assertEquals(1, store.audit().about("city 440100").size(), "a refused query is recorded by its scope");
    }

    // ---- a customer's other records ------------------------------------------------------------------------------

    /** C-SZ's and C-HZ's accounts, an account of a customer the store does not hold, C-SZ's complaint, C-KA's contract. */
    private ScopedRecords records(Ports store) {
        stored(store);
        for (String[] owned : new String[][]{{"A-SZ", "C-SZ"}, {"A-HZ", "C-HZ"}, {"A-NOBODY", "C-NOBODY"}}) {
            store.accounts().save(Account.open(AccountId.of(owned[0]), CustomerId.of(owned[1]),
                    AccountTerms.withCreditLimit(Money.ofYuan(1000)), T0).get(), Versioned.NEW);
        }
        store.orders().save(ServiceOrder.accept(new OrderIntake(ServiceOrderId.of("SO-SZ"), OrderKind.COMPLAINT,
                        Channel.HOTLINE_10000, CustomerId.of("C-SZ"), Option.none(), Option.none(), Option.none(),
                        Option.none()), NodeTimeLimits.sample().limitsFor(OrderKind.COMPLAINT, Option.none(),
                        Option.none(), false), ClockBasis.currentOf(ServiceOrderGenerators.CALENDARS, SlaClock.BEIJING),
                ServiceOrderGenerators.DESK, ServiceOrderGenerators.CLERK, T0, "billing complaint").get(), Versioned.NEW);
        SlaContractId contract = SlaContractId.of("SLA-KA");
        store.contracts().save(SlaContract.draft(contract, CustomerId.of("C-KA"), AccountId.of("A-KA"),
                SlaContractGenerators.YEAR_2026, ContractTerms.defaults(contract), SlaContractGenerators.AT).get(),
                Versioned.NEW);
        return new ScopedRecords(store.customers(), store.accounts(), store.contracts(), store.orders(), store.audit());
    }

    @Test
    void accounts_are_billing_information_shared_at_province_level() {
        Ports store = emptyStore();
        ScopedRecords records = records(store);
        assertEquals(AccountId.of("A-SZ"), records.account(by(GUANGDONG_STAFF), AccountId.of("A-SZ")).get().get()
                .aggregate().getId());
        assertTrue(records.account(by(SHENZHEN_STAFF), AccountId.of("A-SZ")).get().isDefined());
        assertInstanceOf(AccessRefused.OtherProvince.class,
                records.account(by(SHENZHEN_STAFF), AccountId.of("A-HZ")).getLeft());
        assertInstanceOf(AccessRefused.NotTheirAccount.class,
                records.accountsOf(by(MANAGER), CustomerId.of("C-SZ"), PageRequest.first(10)).getLeft());
        assertEquals(0, records.accountsOf(by(MANAGER), CustomerId.of("C-KA"), PageRequest.first(10)).get()
                .items().size(), "the manager's own customer: allowed, and it has no account here");
        assertInstanceOf(AccessRefused.OwnerUnknown.class,
                records.account(by(GUANGDONG_STAFF), AccountId.of("A-NOBODY")).getLeft());
    }

    @Test
    void orders_and_contracts_are_individual_data_of_the_customers_city_or_manager() {
        Ports store = emptyStore();
        ScopedRecords records = records(store);
        assertTrue(records.order(by(SHENZHEN_STAFF), ServiceOrderId.of("SO-SZ")).get().isDefined());
        assertInstanceOf(AccessRefused.CityLevelData.class,
                records.order(by(GUANGDONG_STAFF), ServiceOrderId.of("SO-SZ")).getLeft());
        assertInstanceOf(AccessRefused.NotTheirAccount.class,
                records.order(by(MANAGER), ServiceOrderId.of("SO-SZ")).getLeft());
        assertTrue(records.contract(by(MANAGER), SlaContractId.of("SLA-KA")).get().isDefined());
        assertTrue(records.contract(by(SHENZHEN_STAFF), SlaContractId.of("SLA-KA")).get().isDefined());
        assertInstanceOf(AccessRefused.CityLevelData.class,
                records.contractsOf(by(GUANGDONG_STAFF), CustomerId.of("C-KA"), PageRequest.first(10)).getLeft());
        assertEquals(Option.none(), records.order(by(SHENZHEN_STAFF), ServiceOrderId.of("SO-NONE")).get());
    }

    @Test
    void every_read_of_another_record_is_in_the_audit_trail_under_the_record() {
        Ports store = emptyStore();
        ScopedRecords records = records(store);
        records.order(by(SHENZHEN_STAFF), ServiceOrderId.of("SO-SZ"));
        records.order(by(GUANGDONG_STAFF), ServiceOrderId.of("SO-SZ"));
        records.account(by(MANAGER), AccountId.of("A-SZ"));
        Seq<AuditRecord> order = store.audit().about("order SO-SZ");
        assertEquals(List.of("city-staff S-1@440300", "province-staff S-2@44"), order.map(AuditRecord::who));
        assertEquals(List.of(true, false), order.map(AuditRecord::allowed));
        assertTrue(order.forAll(r -> r.action() == AuditAction.READ && r.why().equals("complaint 2026-117")
                && r.tier() == DataTier.INDIVIDUAL));
        assertEquals(List.of(false), store.audit().about("account A-SZ").map(AuditRecord::allowed));
        assertEquals(DataTier.SHARED, store.audit().about("account A-SZ").head().tier());
    }

    @Test
    void a_query_over_the_whole_store_keeps_the_records_the_requester_may_see_and_records_each() {
        Ports store = emptyStore();
        ScopedRecords records = records(store);
        Requester guangdongJob = new Requester.SystemJob("month-end 2026-03", Province.GUANGDONG);
        Requester zhejiangJob = new Requester.SystemJob("month-end 2026-03", Province.ZHEJIANG);
        PageRequest first = PageRequest.first(10);
        assertEquals(List.of(ServiceOrderId.of("SO-SZ")), records.openOrders(by(guangdongJob), first).items()
                .map(o -> o.aggregate().id()), "a province's job sees its province's orders");
        assertEquals(List.of(ServiceOrderId.of("SO-SZ")), records.ordersOfMonth(by(SHENZHEN_STAFF),
                java.time.YearMonth.of(2026, 3), first).items().map(o -> o.aggregate().id()));
        assertTrue(records.openOrders(by(zhejiangJob), first).items().isEmpty(), "another province's job: left out");
        assertTrue(records.ordersOfMonth(by(GUANGDONG_STAFF), java.time.YearMonth.of(2026, 3), first).items()
                .isEmpty(), "province staff: an order is city-level data");
        Seq<AuditRecord> order = store.audit().about("order SO-SZ");
        assertEquals(List.of(true, true, false, false), order.map(AuditRecord::allowed),
                "every record read is recorded, kept or left out");
        assertEquals(List.of("system-job month-end 2026-03@44", "city-staff S-1@440300",
                "system-job month-end 2026-03@33", "province-staff S-2@44"), order.map(AuditRecord::who));
        assertTrue(order.get(2).refused().isDefined());
    }

    @Test
    void an_access_stays_recorded_when_the_hosts_transaction_rolls_back_or_fails() {
        Ports store = emptyStore();
        ScopedCustomers scoped = stored(store);
        Either<String, Boolean> rolledBack = store.transactions().inTransaction(() -> {
            load(scoped, SHENZHEN_STAFF, "C-SZ", DataTier.INDIVIDUAL);
            scoped.reveal(by(SHENZHEN_STAFF), CustomerId.of("C-SZ"), new Revealed.DocumentNumber());
            return Either.left("the host's work failed after the reads");
        });
        assertTrue(rolledBack.isLeft());
        assertThrows(RuntimeException.class, () -> store.transactions().inTransaction(() -> {
            load(scoped, GUANGDONG_STAFF, "C-SZ", DataTier.INDIVIDUAL);
            throw new IllegalStateException("the host's bug");
        }));
        assertEquals(List.of(AuditAction.READ, AuditAction.REVEAL, AuditAction.READ),
                store.audit().about("customer C-SZ").map(AuditRecord::action),
                "the reads, the reveal and the refusal happened: they stay recorded");
        assertFalse(store.audit().about("customer C-SZ").get(2).allowed());
    }

    @Test
    void a_full_number_comes_out_only_of_an_audited_reveal_and_the_trail_holds_none() {
        Ports store = emptyStore();
        ScopedCustomers scoped = stored(store);
        assertEquals(Option.some(List.of(NUMBER_SZ)), scoped.reveal(by(SHENZHEN_STAFF), CustomerId.of("C-SZ"),
                new Revealed.DocumentNumber()).get());
        assertEquals(Option.some(List.of("13812345678", "zhangsan@example.com")), scoped.reveal(by(SHENZHEN_STAFF),
                CustomerId.of("C-SZ"), new Revealed.ContactDetails(ContactId.of("K-1"))).get());
        assertInstanceOf(AccessRefused.CityLevelData.class, scoped.reveal(by(GUANGDONG_STAFF), CustomerId.of("C-SZ"),
                new Revealed.DocumentNumber()).getLeft());
        Customer sz = store.customers().load(CustomerId.of("C-SZ")).get().aggregate();
        store.customers().save(sz.amend(Amendment.postalAddress(Option.some(new Address(SHENZHEN, ADDRESS_LINE,
                Option.some("518057"))), T0), T0.plusSeconds(60)).get(), 1L);
        assertEquals(Option.some(List.of(ADDRESS_LINE)), scoped.reveal(by(SHENZHEN_STAFF), CustomerId.of("C-SZ"),
                new Revealed.AddressLines()).get());
        Seq<AuditRecord> reveals = store.audit().about("customer C-SZ").filter(r -> r.action() == AuditAction.REVEAL);
        assertEquals(4, reveals.size());
        assertTrue(reveals.get(3).why().contains("address lines"));
        assertTrue(reveals.get(0).why().contains("document number"));
        String stored = store.storedText().get() + store.audit().about("customer C-SZ").mkString("\n");
        assertFalse(stored.contains(NUMBER_SZ));
        assertFalse(stored.contains(ADDRESS_LINE), "the address line is stored sealed, and the trail names the field only");
        assertFalse(stored.contains("13812345678"));
    }

    @Test
    void a_change_needs_the_customers_individual_tier_and_is_recorded() {
        Ports store = emptyStore();
        ScopedCustomers scoped = stored(store);
        Customer sz = store.customers().load(CustomerId.of("C-SZ")).get().aggregate();
        Changed<Customer, CustomerEvent> activated = sz.activate(T0.plusSeconds(60)).get();
        assertInstanceOf(AccessRefused.CityLevelData.class, scoped.save(by(GUANGDONG_STAFF), activated, 1).getLeft());
        assertEquals(1L, store.customers().load(CustomerId.of("C-SZ")).get().version(), "nothing saved");
        assertEquals(Either.right(2L), scoped.save(by(SHENZHEN_STAFF), activated, 1).get());
        Seq<AuditRecord> changes = store.audit().about("customer C-SZ").filter(r -> r.action() == AuditAction.CHANGE);
        assertEquals(List.of(false, true), changes.map(AuditRecord::allowed));
    }
}
