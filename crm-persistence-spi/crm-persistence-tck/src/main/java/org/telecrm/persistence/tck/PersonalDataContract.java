package org.telecrm.persistence.tck;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.telecrm.customer.CustomerGroup;
import org.telecrm.customer.CustomerId;
import org.telecrm.customer.aggregate.Customer;
import org.telecrm.customer.aggregate.CustomerEvent;
import org.telecrm.customer.aggregate.Registration;
import org.telecrm.customer.contact.ContactDetails;
import org.telecrm.customer.contact.ContactId;
import org.telecrm.customer.contact.EmailAddress;
import org.telecrm.customer.contact.MobileNumber;
import org.telecrm.customer.identity.IdentityDocument;
import org.telecrm.customer.identity.ResidentIdentityNumber;
import org.telecrm.customer.identity.UnifiedSocialCreditCode;
import org.telecrm.customer.region.CityCode;
import org.telecrm.kernel.Changed;
import org.telecrm.persistence.PageRequest;
import org.telecrm.persistence.Versioned;
import org.telecrm.persistence.customers.Customers;
import org.telecrm.persistence.accounts.Accounts;
import org.telecrm.account.Account;
import org.telecrm.account.AccountEvent;
import org.telecrm.account.AccountId;
import org.telecrm.account.AccountTerms;
import org.telecrm.account.EntryReference;
import org.telecrm.money.Money;
import org.telecrm.persistence.json.CustomerJson;
import org.telecrm.persistence.outbox.Outbox;
import org.telecrm.persistence.protection.KeyRotation;
import org.telecrm.persistence.protection.PersonalDataCipher;
import org.telecrm.persistence.protection.PersonalDataKeys;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The contract of a store's protection of personal information at rest (PIPL; rules.md section 1): no identity
 * number, phone number or e-mail address in clear anywhere in what the store holds, its events included; lookups by
 * identity document through a keyed hash, not a plain one; a key rotation after which the retired key is no longer
 * needed; an erasure that leaves nothing of the person (sealed or in clear, the lookup included) but keeps every
 * amount of the ledger, and a contact's erasure that leaves the other contacts. An adapter's test extends it, supplies an empty store sealing with the given keys, and a way to read
 * <b>everything the store holds, raw</b> (for a database, every column of every row of its tables):
 *
 * <pre>{@code
 * class MyPersonalDataTest extends PersonalDataContract {
 *     @Override
 *     protected Ports emptyStore(PersonalDataKeys keys) {
 *         MyStorage storage = MyStorage.emptied(dataSource, keys);   // your adapter, every table empty
 *         return new Ports(storage.customers(), storage.accounts(), storage.outbox(), storage.keyRotation(),
 *                 () -> everyRowAsText(dataSource));
 *     }
 * }
 * }</pre>
 */
public abstract class PersonalDataContract {

    /**
     * The ports under test, backed by the same store.
     *
     * @param storedText everything the store holds, as text, read past the ports (raw rows, stored files)
     */
    public record Ports(Customers customers, Accounts accounts, Outbox outbox, KeyRotation rotation,
                        Supplier<String> storedText) {
    }

    /** A store with no customers and no pending outbox messages, sealing with {@code keys}. */
    protected abstract Ports emptyStore(PersonalDataKeys keys);

    private static final Instant T0 = Instant.parse("2026-03-01T02:00:00Z");
    private static final IdentityDocument RESIDENT = new ResidentIdentityNumber("11010519491231002X");
    private static final IdentityDocument USCC = new UnifiedSocialCreditCode("91440300MA5FUJ7A0C");
    private static final CityCode SHENZHEN = new CityCode("440300");

    @Provide
    Arbitrary<CustomerHistory> histories() {
        return CustomerGenerators.histories();
    }

    private static Changed<Customer, CustomerEvent> withContact(String id, IdentityDocument document) {
        CustomerGroup group = document instanceof ResidentIdentityNumber ? CustomerGroup.PUBLIC : CustomerGroup.KEY_ACCOUNT;
        Changed<Customer, CustomerEvent> registered = Customer.register(CustomerId.of(id),
                new Registration(group, "Customer " + id, document, SHENZHEN), T0).get();
        Changed<Customer, CustomerEvent> contact = registered.state().addContact(ContactId.of("K-1"),
                new ContactDetails("Zhang San", "IT manager", List.of(new MobileNumber("13812345678")),
                        io.vavr.control.Option.some(new EmailAddress("zhangsan@example.com"))), T0).get();
        return Changed.of(contact.state(), registered.events().appendAll(contact.events()));
    }

    @Property(tries = 40)
    void no_identity_number_phone_number_or_email_is_stored_in_clear(@ForAll("histories") CustomerHistory history) {
        Ports store = emptyStore(TestKeys.starting("k1"));
        store.customers().save(history.customer(), Versioned.NEW, history.events());
        String stored = store.storedText().get();
        // the scan sees the store's data: the customer's sealed values are there
        assertTrue(stored.contains("\"sealed\":\""), "the stored text holds the customer's sealed values");
        for (String clear : PersonalValues.of(history.events())) {
            assertFalse(stored.contains(clear), () -> "found in clear in the store: " + clear.substring(0, 3) + "...");
        }
    }

    @Test
    void a_known_identity_number_phone_and_email_are_not_in_the_store_but_read_back() {
        Ports store = emptyStore(TestKeys.starting("k1"));
        Changed<Customer, CustomerEvent> customer = withContact("C-1", RESIDENT);
        store.customers().save(customer, Versioned.NEW);
        String stored = store.storedText().get();
        assertTrue(stored.contains("C-1"));
        for (String clear : List.of("11010519491231002X", "13812345678", "zhangsan@example.com")) {
            assertFalse(stored.contains(clear), clear);
        }
        Customer loaded = store.customers().load(CustomerId.of("C-1")).get().aggregate();
        assertEquals("11010519491231002X", loaded.document().unmasked());
        assertEquals("13812345678", loaded.contacts().head().details().phones().head().unmasked());
    }

    @Test
    void a_customer_is_found_by_its_document_through_a_keyed_hash_not_a_plain_one() throws Exception {
        Ports store = emptyStore(TestKeys.starting("k1"));
        store.customers().save(withContact("C-1", RESIDENT), Versioned.NEW);
        store.customers().save(withContact("C-2", USCC), Versioned.NEW);
        assertEquals(List.of("C-1"), store.customers().byIdentityDocument(RESIDENT)
                .map(v -> v.aggregate().getId().value()));
        assertEquals(List.of("C-2"), store.customers().byIdentityDocument(USCC)
                .map(v -> v.aggregate().getId().value()));
        String stored = store.storedText().get();
        for (IdentityDocument document : List.of(RESIDENT, USCC)) {
            // the unkeyed digests anyone could compute over every possible number
            for (String text : List.of(document.unmasked(), document.kind().name() + "\n\n" + document.unmasked())) {
                for (String algorithm : List.of("SHA-256", "SHA-1", "MD5")) {
                    assertFalse(stored.contains(digest(algorithm, text)), algorithm + " of a document is stored");
                }
            }
        }
    }

    // ---- erasure ------------------------------------------------------------------------------------------------

    private static final java.util.regex.Pattern SEALED = java.util.regex.Pattern.compile("\"sealed\":\"([^\"]+)\"");

    /** The sealed values (their data) in a stored text. */
    private static Seq<String> sealedIn(String text) {
        java.util.regex.Matcher m = SEALED.matcher(text);
        List<String> found = List.empty();
        while (m.find()) {
            found = found.prepend(m.group(1));
        }
        return found;
    }

    private static Changed<Customer, CustomerEvent> erased(Versioned<Customer> stored, Instant at) {
        return stored.aggregate().erase(at).get();
    }

    @Test
    void an_erased_person_leaves_nothing_in_the_store_sealed_or_in_clear_lookup_included() {
        TestKeys keys = TestKeys.starting("k1");
        Ports store = emptyStore(keys);
        store.customers().save(withContact("C-1", RESIDENT), Versioned.NEW);
        String before = store.storedText().get();
        Seq<String> sealedBefore = sealedIn(before);
        assertTrue(sealedBefore.size() >= 3, "the person's number, phone and e-mail are stored sealed");
        assertTrue(before.contains("Customer C-1"), "the person's name is stored");
        store.customers().save(withContact("C-2", USCC), Versioned.NEW);

        Changed<Customer, CustomerEvent> erasure = erased(store.customers().load(CustomerId.of("C-1")).get(), T0.plusSeconds(60));
        assertEquals(List.of(new CustomerEvent.Erased(CustomerId.of("C-1"), T0.plusSeconds(60))), erasure.events());
        assertEquals(io.vavr.control.Either.right(2L), store.customers().save(erasure, 1));

        String after = store.storedText().get();
        for (String sealed : sealedBefore) {
            assertFalse(after.contains(sealed), "a value sealed for the erased person is still stored");
        }
        assertFalse(after.contains("Customer C-1"), "the erased person's name is still stored");
        assertFalse(after.contains(PersonalDataCipher.of(keys).documentLookup(RESIDENT)), "the document's lookup");
        assertEquals(List.empty(), store.customers().byIdentityDocument(RESIDENT));
        Customer loaded = store.customers().load(CustomerId.of("C-1")).get().aggregate();
        assertTrue(loaded.isErased() && loaded.contacts().isEmpty() && loaded.name().equals(Customer.ERASED_NAME));
        assertTrue(loaded.erase(T0.plusSeconds(120)).get().changedNothing(), "a second request changes nothing");

        PersonalDataCipher cipher = PersonalDataCipher.of(keys);
        Seq<CustomerEvent> pending = store.outbox().pending(PageRequest.MAX_SIZE)
                .map(m -> CustomerJson.readEvent(m.payload(), cipher).get());
        assertEquals(List.of(new CustomerEvent.Erased(CustomerId.of("C-1"), T0.plusSeconds(60))),
                pending.filter(e -> e.customerId().value().equals("C-1")), "the earlier events held the person");
        assertEquals(withContact("C-2", USCC).events(), pending.filter(e -> e.customerId().value().equals("C-2")));
        assertEquals("13812345678", store.customers().load(CustomerId.of("C-2")).get().aggregate().contacts().head()
                .details().phones().head().unmasked(), "another customer's contact is untouched");
    }

    @Test
    void an_erasure_keeps_every_amount_and_balance_of_the_persons_ledger() {
        Ports store = emptyStore(TestKeys.starting("k1"));
        store.customers().save(withContact("C-1", RESIDENT), Versioned.NEW);
        Changed<Account, AccountEvent> opened = Account.open(AccountId.of("A-1"), CustomerId.of("C-1"),
                AccountTerms.withCreditLimit(Money.ofYuan(500)), T0).get();
        Changed<Account, AccountEvent> charged = opened.state().postCharge(EntryReference.of("BILL-2026-03"),
                Money.ofFen(12_345), T0.plusSeconds(10)).get();
        Changed<Account, AccountEvent> paid = charged.state().postPayment(EntryReference.of("PAY-1"),
                Money.ofFen(10_000), T0.plusSeconds(20)).get();
        Changed<Account, AccountEvent> credited = paid.state().postCompensationCredit(EntryReference.of("CLAIM-1"),
                Money.ofFen(345), T0.plusSeconds(30)).get();
        store.accounts().save(credited.state(), Versioned.NEW, opened.events().appendAll(charged.events())
                .appendAll(paid.events()).appendAll(credited.events()));
        Versioned<Account> before = store.accounts().load(AccountId.of("A-1")).get();

        store.customers().save(erased(store.customers().load(CustomerId.of("C-1")).get(), T0.plusSeconds(60)), 1);

        Versioned<Account> after = store.accounts().load(AccountId.of("A-1")).get();
        assertEquals(before.version(), after.version());
        assertEquals(CustomerId.of("C-1"), after.aggregate().owner(), "the ledger keeps the pseudonymous reference");
        assertEquals(before.aggregate().ledger().entries(), after.aggregate().ledger().entries());
        assertEquals(Money.ofFen(2_000), after.aggregate().balanceOwed());
        assertEquals(before.aggregate().balanceOwed(), after.aggregate().balanceOwed());
        assertEquals(List.of("A-1"), store.accounts().byCustomer(CustomerId.of("C-1"), PageRequest.first(10)).items()
                .map(v -> v.aggregate().getId().value()));
    }

    @Test
    void an_erased_contact_of_a_key_account_leaves_nothing_of_them_and_the_other_contacts_as_they_were() {
        TestKeys keys = TestKeys.starting("k1");
        Ports store = emptyStore(keys);
        Changed<Customer, CustomerEvent> first = withContact("C-3", USCC);
        store.customers().save(first, Versioned.NEW);
        String withOne = store.storedText().get();
        Changed<Customer, CustomerEvent> second = first.state().addContact(ContactId.of("K-2"),
                new ContactDetails("Li Si", "finance", List.of(new MobileNumber("13900001111")),
                        io.vavr.control.Option.some(new EmailAddress("lisi@example.com"))), T0.plusSeconds(10)).get();
        store.customers().save(second, 1);
        Seq<String> added = sealedIn(store.storedText().get()).removeAll(sealedIn(withOne));

        Changed<Customer, CustomerEvent> erasure = store.customers().load(CustomerId.of("C-3")).get().aggregate()
                .eraseContact(ContactId.of("K-2"), T0.plusSeconds(60)).get();
        assertEquals(List.of(new CustomerEvent.ContactErased(CustomerId.of("C-3"), ContactId.of("K-2"),
                T0.plusSeconds(60))), erasure.events());
        store.customers().save(erasure, 2);

        String after = store.storedText().get();
        for (String sealed : added) {
            assertFalse(after.contains(sealed), "a value sealed with the erased contact's change is still stored");
        }
        Customer loaded = store.customers().load(CustomerId.of("C-3")).get().aggregate();
        assertEquals(List.of(ContactId.of("K-1")), loaded.contacts().map(c -> c.id()));
        assertEquals(first.state().contacts(), loaded.contacts());
        PersonalDataCipher cipher = PersonalDataCipher.of(keys);
        Seq<CustomerEvent> pending = store.outbox().pending(PageRequest.MAX_SIZE)
                .map(m -> CustomerJson.readEvent(m.payload(), cipher).get());
        assertEquals(first.events().append(erasure.events().single()), pending,
                "K-2's addition held its details; K-1's events stay");
    }

    private static String digest(String algorithm, String text) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Property(tries = 15)
    void after_a_rotation_the_retired_key_is_needed_for_nothing(@ForAll("histories") CustomerHistory history) {
        TestKeys keys = TestKeys.starting("k1");
        Ports store = emptyStore(keys);
        store.customers().save(history.customer(), Versioned.NEW, history.events());
        store.customers().save(withContact("C-known", RESIDENT), Versioned.NEW);
        CustomerFields before = CustomerFields.of(history.customer());

        keys.add("k2").use("k2");
        KeyRotation.Rotated rotated = store.rotation().rotate();
        assertTrue(rotated.records() >= 1 && rotated.messages() >= 1, () -> "the stored customers (C-known's document at"
                + " least) and their events are re-sealed: " + rotated);
        assertEquals(new KeyRotation.Rotated(0, 0), store.rotation().rotate(), "a second rotation rewrites nothing");
        keys.retire("k1");

        assertFalse(store.storedText().get().contains("\"k1\""), "a value sealed with k1 is left");
        Versioned<Customer> loaded = store.customers().load(history.customer().getId()).get();
        assertEquals(1L, loaded.version(), "a rotation changes no version");
        assertEquals(before, CustomerFields.of(loaded.aggregate()));
        assertEquals(List.of("C-known"), store.customers().byIdentityDocument(RESIDENT)
                .map(v -> v.aggregate().getId().value()));
        PersonalDataCipher cipher = PersonalDataCipher.of(keys);
        Seq<CustomerEvent> events = store.outbox().pending(PageRequest.MAX_SIZE)
                .filter(m -> m.id().aggregateId().equals(history.customer().getId().value()))
                .map(m -> CustomerJson.readEvent(m.payload(), cipher).get());
        assertEquals(history.events(), events);
    }
}
