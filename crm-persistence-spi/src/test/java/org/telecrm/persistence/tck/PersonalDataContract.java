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
 * needed. An adapter's test extends it, supplies an empty store sealing with the given keys, and a way to read
 * <b>everything the store holds, raw</b> (for a database, every column of every row of its tables):
 *
 * <pre>{@code
 * class MyPersonalDataTest extends PersonalDataContract {
 *     @Override
 *     protected Ports emptyStore(PersonalDataKeys keys) {
 *         MyStorage storage = MyStorage.emptied(dataSource, keys);   // your adapter, every table empty
 *         return new Ports(storage.customers(), storage.outbox(), storage.keyRotation(),
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
    public record Ports(Customers customers, Outbox outbox, KeyRotation rotation, Supplier<String> storedText) {
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
        assertTrue(rotated.records() + rotated.messages() > 0, rotated::toString);
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
