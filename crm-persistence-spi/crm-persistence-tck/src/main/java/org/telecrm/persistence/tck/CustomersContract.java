package org.telecrm.persistence.tck;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;
import org.telecrm.customer.AccountManagerId;
import org.telecrm.customer.CustomerGroup;
import org.telecrm.customer.CustomerId;
import org.telecrm.customer.StaffId;
import org.telecrm.customer.aggregate.Amendment;
import org.telecrm.customer.aggregate.Customer;
import org.telecrm.customer.aggregate.CustomerEvent;
import org.telecrm.customer.aggregate.CustomerRejection;
import org.telecrm.customer.aggregate.DocumentChangeReason;
import org.telecrm.customer.aggregate.FileTopic;
import org.telecrm.customer.aggregate.Registration;
import org.telecrm.customer.identity.IdentityDocument;
import org.telecrm.customer.identity.Passport;
import org.telecrm.customer.identity.ResidentIdentityNumber;
import org.telecrm.customer.identity.UnifiedSocialCreditCode;
import org.telecrm.customer.region.CityCode;
import org.telecrm.customer.region.Province;
import org.telecrm.kernel.Changed;
import org.telecrm.persistence.PageRequest;
import org.telecrm.persistence.SaveConflict;
import org.telecrm.persistence.Transactions;
import org.telecrm.persistence.Versioned;
import org.telecrm.persistence.customers.Customers;
import org.telecrm.persistence.json.CustomerJson;
import org.telecrm.persistence.outbox.EventId;
import org.telecrm.persistence.outbox.Outbox;
import org.telecrm.persistence.outbox.OutboxMessage;
import org.telecrm.persistence.protection.PersonalDataCipher;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The contract of a {@link Customers} adapter, with its {@link Transactions} and {@link Outbox}: round-trip
 * fidelity of generated customers (identity documents and phone numbers unmasked), optimistic conflicts, every
 * query with paging, the outbox and atomicity. An adapter's test extends it and supplies an empty store:
 *
 * <pre>{@code
 * class MyCustomersTest extends CustomersContract {
 *     @Override
 *     protected Ports emptyStore() {
 *         MyStorage storage = MyStorage.emptied(dataSource);   // your adapter, every table empty
 *         return new Ports(storage.customers(), storage.transactions(), storage.outbox(), storage.cipher());
 *     }
 * }
 * }</pre>
 */
public abstract class CustomersContract {

    /** The ports under test, all backed by the same store, and the cipher its outbox seals personal values with. */
    public record Ports(Customers customers, Transactions transactions, Outbox outbox, PersonalDataCipher cipher) {
    }

    /** A store with no customers and no pending outbox messages; called at the start of every test and try. */
    protected abstract Ports emptyStore();

    private static final Instant T0 = Instant.parse("2026-03-01T02:00:00Z");
    private static final IdentityDocument USCC = new UnifiedSocialCreditCode("91440300MA5FUJ7A0C");
    private static final IdentityDocument RESIDENT = new ResidentIdentityNumber("11010519491231002X");
    private static final CityCode SHENZHEN = new CityCode("440300");
    private static final CityCode HANGZHOU = new CityCode("330100");
    private static final AccountManagerId AM_1 = AccountManagerId.of("AM-1");
    private static final StaffId BY = StaffId.of("S-1");

    private static Changed<Customer, CustomerEvent> registered(String id, IdentityDocument document, CityCode city) {
        CustomerGroup group = document instanceof ResidentIdentityNumber ? CustomerGroup.PUBLIC : CustomerGroup.KEY_ACCOUNT;
        return Customer.register(CustomerId.of(id), new Registration(group, "Customer " + id, document, city), T0).get();
    }

    private static Changed<Customer, CustomerEvent> managed(String id, AccountManagerId manager) {
        Changed<Customer, CustomerEvent> registered = registered(id, USCC, SHENZHEN);
        Changed<Customer, CustomerEvent> assigned = registered.state().assignManager(manager, BY, T0).get();
        return Changed.of(assigned.state(), registered.events().appendAll(assigned.events()));
    }

    private static List<String> ids(List<Versioned<Customer>> customers) {
        return customers.map(v -> v.aggregate().getId().value());
    }

    // ---- round trip ---------------------------------------------------------------------------------------------

    @Provide
    Arbitrary<CustomerHistory> histories() {
        return CustomerGenerators.histories();
    }

    @Property(tries = 200)
    void every_field_of_a_generated_customer_survives_save_and_load(@ForAll("histories") CustomerHistory history) {
        Customer customer = history.customer();
        Statistics.label("stage").collect(customer.stage());
        Statistics.label("key account with manager and contacts").collect(
                customer.isKeyAccount() && customer.currentManager().isDefined() && customer.contacts().nonEmpty());
        Statistics.label("key account with manager and contacts").coverage(c -> c.check(true).count(n -> n > 0));
        Ports store = emptyStore();
        assertEquals(Either.right(1L), store.customers().save(customer, Versioned.NEW, history.events()));
        Versioned<Customer> loaded = store.customers().load(customer.getId()).get();
        assertEquals(1L, loaded.version());
        Customer back = loaded.aggregate();
        assertEquals(CustomerFields.of(customer), CustomerFields.of(back));
        assertEquals(customer.getId(), back.getId());
        assertEquals(customer.group(), back.group());
        assertEquals(customer.name(), back.name());
        assertEquals(customer.document().unmasked(), back.document().unmasked());
        assertEquals(customer.document().kind(), back.document().kind());
        assertEquals(customer.city(), back.city());
        assertEquals(customer.registeredAt(), back.registeredAt());
        assertEquals(customer.lifecycle(), back.lifecycle());
        assertEquals(customer.grade(), back.grade());
        assertEquals(customer.managerAssignments(), back.managerAssignments());
        assertEquals(customer.contacts(), back.contacts());
        assertEquals(customer.contacts().flatMap(c -> c.details().phones().map(p -> p.unmasked())),
                back.contacts().flatMap(c -> c.details().phones().map(p -> p.unmasked())));
        assertEquals(customer.primaryContact(), back.primaryContact());
        assertEquals(customer.structure(), back.structure());
        assertEquals(customer.file(), back.file());
        assertEquals(customer.churnWarning(), back.churnWarning());
        assertEquals(customer.masterDataHistory(), back.masterDataHistory());
        assertEquals(customer.masterData(), back.masterData());
        assertEquals(customer.postalAddress().map(a -> a.unmaskedLine()), back.postalAddress().map(a -> a.unmaskedLine()));
        Statistics.label("with master-data changes").collect(customer.masterDataHistory().nonEmpty());
        Statistics.label("with master-data changes").coverage(c -> c.check(true).percentage(p -> p >= 10));
    }

    @Property(tries = 100)
    void the_outbox_holds_every_event_saved_in_order_as_json_that_reads_back(
            @ForAll("histories") CustomerHistory history) {
        Ports store = emptyStore();
        String id = history.customer().getId().value();
        store.customers().save(history.customer(), Versioned.NEW, history.events());
        Seq<OutboxMessage> messages = store.outbox().pending(PageRequest.MAX_SIZE);
        assertEquals(history.events(), messages.map(m -> CustomerJson.readEvent(m.payload(), store.cipher()).get()));
        assertEquals(history.events().zipWithIndex().map(e -> new EventId("customer", id, 1, e._2)),
                messages.map(OutboxMessage::id));
    }

    // ---- load, save, conflicts ----------------------------------------------------------------------------------

    @Test
    void a_customer_never_saved_loads_as_none() {
        assertEquals(Option.none(), emptyStore().customers().load(CustomerId.of("C-nowhere")));
    }

    @Test
    void a_stale_save_is_a_conflict_naming_both_versions_and_writes_nothing() {
        Ports store = emptyStore();
        Changed<Customer, CustomerEvent> registered = registered("C-1", USCC, SHENZHEN);
        store.customers().save(registered, Versioned.NEW);
        Changed<Customer, CustomerEvent> first = registered.state().assignManager(AM_1, BY, T0).get();
        Changed<Customer, CustomerEvent> second = registered.state()
                .recordInFile(FileTopic.INDUSTRY, "a note", BY, T0).get();
        assertEquals(Either.right(2L), store.customers().save(first, 1));
        int pending = store.outbox().pending(PageRequest.MAX_SIZE).size();

        assertEquals(Either.left(new SaveConflict("customer", "C-1", 1, 2)), store.customers().save(second, 1));
        Versioned<Customer> stored = store.customers().load(CustomerId.of("C-1")).get();
        assertEquals(2L, stored.version());
        assertEquals(CustomerFields.of(first.state()), CustomerFields.of(stored.aggregate()));
        assertEquals(pending, store.outbox().pending(PageRequest.MAX_SIZE).size(), "a refused save appends no event");
    }

    @Test
    void registering_a_customer_that_exists_is_a_conflict() {
        Ports store = emptyStore();
        store.customers().save(registered("C-1", USCC, SHENZHEN), Versioned.NEW);
        assertEquals(Either.left(new SaveConflict("customer", "C-1", 0, 1)),
                store.customers().save(registered("C-1", RESIDENT, HANGZHOU), Versioned.NEW));
        assertEquals(USCC, store.customers().load(CustomerId.of("C-1")).get().aggregate().document());
    }

    // ---- queries ------------------------------------------------------------------------------------------------

    @Test
    void customers_by_account_manager_page_through_the_current_manager_s_customers_in_id_order() {
        Ports store = emptyStore();
        List<String> mine = List.range(0, 12).map(i -> String.format("C-%03d", i));
        mine.reverse().forEach(id -> store.customers().save(managed(id, AM_1), Versioned.NEW));
        store.customers().save(managed("C-other", AccountManagerId.of("AM-2")), Versioned.NEW);
        store.customers().save(registered("C-unmanaged", USCC, SHENZHEN), Versioned.NEW);
        Changed<Customer, CustomerEvent> formerly = managed("C-formerly", AM_1);
        store.customers().save(Changed.of(formerly.state().unassignManager(BY, T0).get().state(), List.empty()),
                Versioned.NEW);

        assertEquals(mine, ids(Pages.all(page -> store.customers().byAccountManager(AM_1, page), 5)));
        assertEquals(List.of("C-other"),
                ids(Pages.all(page -> store.customers().byAccountManager(AccountManagerId.of("AM-2"), page), 5)));
    }

    @Test
    void customers_by_city_and_by_province() {
        Ports store = emptyStore();
        store.customers().save(registered("C-1", USCC, SHENZHEN), Versioned.NEW);
        store.customers().save(registered("C-2", USCC, new CityCode("440100")), Versioned.NEW);
        store.customers().save(registered("C-3", USCC, HANGZHOU), Versioned.NEW);
        store.customers().save(registered("C-4", USCC, SHENZHEN), Versioned.NEW);

        assertEquals(List.of("C-1", "C-4"), ids(Pages.all(page -> store.customers().byCity(SHENZHEN, page), 1)));
        assertEquals(List.of("C-1", "C-2", "C-4"),
                ids(Pages.all(page -> store.customers().byProvince(Province.GUANGDONG, page), 2)));
        assertEquals(List.of("C-3"), ids(Pages.all(page -> store.customers().byProvince(HANGZHOU.province(), page), 2)));
        assertTrue(store.customers().byCity(new CityCode("320100"), PageRequest.first(10)).items().isEmpty());
    }

    @Test
    void customers_by_identity_document_find_every_registration_of_that_document_for_duplicate_detection() {
        Ports store = emptyStore();
        store.customers().save(registered("C-1", USCC, SHENZHEN), Versioned.NEW);
        store.customers().save(registered("C-2", RESIDENT, SHENZHEN), Versioned.NEW);
        store.customers().save(registered("C-3", USCC, HANGZHOU), Versioned.NEW);

        assertEquals(List.of("C-1", "C-3"), ids(store.customers().byIdentityDocument(
                new UnifiedSocialCreditCode("91440300MA5FUJ7A0C")).toList()));
        assertEquals(List.of("C-2"), ids(store.customers().byIdentityDocument(RESIDENT).toList()));
        assertTrue(store.customers().byIdentityDocument(new ResidentIdentityNumber("11010519491231002X")).size() == 1);
    }

    @Test
    void a_document_re_issued_is_found_by_its_new_document_and_the_old_and_one_held_by_another_customer_is_refused() {
        Ports store = emptyStore();
        store.customers().save(registered("C-1", USCC, SHENZHEN), Versioned.NEW);
        IdentityDocument renewed = uscc("91330100MA27U0001");
        store.customers().save(registered("C-3", renewed, HANGZHOU), Versioned.NEW);
        Instant at = T0.plusSeconds(3600);
        // the duplicate check: the store's keyed lookup finds C-3 under the new document
        Customer c1 = store.customers().load(CustomerId.of("C-1")).get().aggregate();
        assertEquals(Either.left(new CustomerRejection.DocumentTaken(CustomerId.of("C-1"), CustomerId.of("C-3"),
                        renewed.kind())),
                c1.amend(Amendment.changeDocument(DocumentChangeReason.CORRECTED, renewed,
                        store.customers().byIdentityDocument(renewed).map(v -> v.aggregate().getId()), at), at));
        IdentityDocument free = uscc("91440300MA5G00002");
        Changed<Customer, CustomerEvent> changed = c1.amend(Amendment.changeDocument(DocumentChangeReason.REISSUED,
                free, store.customers().byIdentityDocument(free).map(v -> v.aggregate().getId()), at), at).get();
        assertEquals(Either.right(2L), store.customers().save(changed, 1L));
        assertEquals(List.of("C-1"), ids(store.customers().byIdentityDocument(free).toList()));
        assertEquals(List.of("C-1"), ids(store.customers().byIdentityDocument(USCC).toList()),
                "still found by the document it held before the re-issue");
        assertEquals(changed.state().masterDataHistory(),
                store.customers().load(CustomerId.of("C-1")).get().aggregate().masterDataHistory());
    }

    @Test
    void the_duplicate_check_holds_across_re_issues_but_not_for_a_corrected_number() {
        Ports store = emptyStore();
        store.customers().save(registered("C-1", USCC, SHENZHEN), Versioned.NEW);
        Instant at = T0.plusSeconds(3600);
        IdentityDocument second = uscc("91440300MA5G00002");
        IdentityDocument third = uscc("91440300MA5G00003");
        Changed<Customer, CustomerEvent> reissued = store.customers().load(CustomerId.of("C-1")).get().aggregate()
                .amend(Amendment.changeDocument(DocumentChangeReason.REISSUED, second, List.empty(), at), at).get();
        assertEquals(Either.right(2L), store.customers().save(reissued, 1L));
        Changed<Customer, CustomerEvent> corrected = reissued.state().amend(Amendment.changeDocument(
                DocumentChangeReason.CORRECTED, third, List.empty(), at.plusSeconds(60)), at.plusSeconds(60)).get();
        assertEquals(Either.right(3L), store.customers().save(corrected, 2L));
        // found by the current number and the one re-issued away; not by the number corrected (recorded wrongly)
        assertEquals(List.of("C-1"), ids(store.customers().byIdentityDocument(third).toList()));
        assertEquals(List.of("C-1"), ids(store.customers().byIdentityDocument(USCC).toList()));
        assertTrue(store.customers().byIdentityDocument(second).isEmpty(), "a corrected number was never the customer's");
        Customer loaded = store.customers().load(CustomerId.of("C-1")).get().aggregate();
        assertEquals(List.of(USCC), loaded.formerDocuments().toList());
        // another customer re-issued to the old number is refused: the store names its former holder
        Customer c3 = registered("C-3", uscc("91440300MA5G00005"), SHENZHEN).state();
        store.customers().save(c3, Versioned.NEW, List.empty());
        assertEquals(Either.left(new CustomerRejection.DocumentTaken(CustomerId.of("C-3"), CustomerId.of("C-1"),
                        USCC.kind())),
                c3.amend(Amendment.changeDocument(DocumentChangeReason.REISSUED, USCC,
                        store.customers().byIdentityDocument(USCC).map(v -> v.aggregate().getId()), at), at)
                        .map(x -> (Object) x));
    }

    @Test
    void an_erased_customer_is_found_by_none_of_its_documents() {
        Ports store = emptyStore();
        Changed<Customer, CustomerEvent> person = registered("C-9", RESIDENT, SHENZHEN);
        store.customers().save(person, Versioned.NEW);
        Instant at = T0.plusSeconds(3600);
        IdentityDocument passport = new Passport("CHN", "E12345678");
        Changed<Customer, CustomerEvent> reissued = person.state().amend(Amendment.changeDocument(
                DocumentChangeReason.REISSUED, passport, List.empty(), at), at).get();
        assertEquals(Either.right(2L), store.customers().save(reissued, 1L));
        assertEquals(List.of("C-9"), ids(store.customers().byIdentityDocument(RESIDENT).toList()));
        Changed<Customer, CustomerEvent> erased = reissued.state().erase(at.plusSeconds(60)).get();
        assertEquals(Either.right(3L), store.customers().save(erased, 2L));
        assertTrue(store.customers().byIdentityDocument(RESIDENT).isEmpty());
        assertTrue(store.customers().byIdentityDocument(passport).isEmpty());
    }

    private static IdentityDocument uscc(String first17) {
        return new UnifiedSocialCreditCode(first17 + UnifiedSocialCreditCode.checkCharacterOf(first17));
    }

    @Test
    void a_move_is_found_in_its_new_city_and_province_only() {
        Ports store = emptyStore();
        store.customers().save(registered("C-1", USCC, SHENZHEN), Versioned.NEW);
        Instant at = T0.plusSeconds(3600);
        Instant effective = T0.plusSeconds(1800);
        Changed<Customer, CustomerEvent> moved = store.customers().load(CustomerId.of("C-1")).get().aggregate()
                .amend(Amendment.move(HANGZHOU, effective), at).get();
        assertEquals(Either.right(2L), store.customers().save(moved, 1L));
        assertEquals(List.of("C-1"), ids(Pages.all(page -> store.customers().byProvince(HANGZHOU.province(), page), 2)));
        assertTrue(store.customers().byCity(SHENZHEN, PageRequest.first(10)).items().isEmpty());
        Customer loaded = store.customers().load(CustomerId.of("C-1")).get().aggregate();
        assertEquals(Option.some(SHENZHEN), loaded.masterDataAsOf(effective.minusSeconds(1)).map(m -> m.city()));
        assertEquals(Option.some(HANGZHOU), loaded.masterDataAsOf(effective).map(m -> m.city()));
    }

    // ---- transactions -------------------------------------------------------------------------------------------

    @Test
    void a_transaction_that_ends_in_a_left_leaves_neither_the_change_nor_its_events() {
        Ports store = emptyStore();
        Either<String, Long> result = store.transactions().inTransaction(() -> {
            store.customers().save(registered("C-1", USCC, SHENZHEN), Versioned.NEW);
            return Either.left("rolled back");
        });
        assertEquals(Either.left("rolled back"), result);
        assertEquals(Option.none(), store.customers().load(CustomerId.of("C-1")));
        assertTrue(store.outbox().pending(10).isEmpty());
        assertTrue(store.customers().byIdentityDocument(USCC).isEmpty());
    }

    @Test
    void a_transaction_commits_the_customer_and_its_events_in_order() {
        Ports store = emptyStore();
        Changed<Customer, CustomerEvent> managed = managed("C-1", AM_1);
        assertEquals(Either.right(1L), store.transactions().inTransaction(() ->
                store.customers().save(managed, Versioned.NEW)));
        assertEquals(List.of("customer/C-1/1/0", "customer/C-1/1/1"),
                store.outbox().pending(10).map(m -> m.id().value()).toList());
        assertEquals(List.of("customer.Registered", "customer.ManagerAssigned"),
                store.outbox().pending(10).map(OutboxMessage::type).toList());
    }
}
