package org.telecrm.persistence.jdbc;

import io.vavr.collection.List;
import io.vavr.control.Option;
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
import org.telecrm.customer.region.CityCode;
import org.telecrm.kernel.Changed;
import org.telecrm.persistence.Versioned;
import org.telecrm.persistence.customers.Customers;
import org.telecrm.persistence.json.CustomerJson;
import org.telecrm.persistence.outbox.OutboxMessage;
import org.telecrm.persistence.protection.KeyRotation;
import org.telecrm.persistence.tck.ClearSchemaV1;
import org.telecrm.persistence.tck.CustomerFields;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A store written by a snapshot of customer JSON schema version 1 (personal values in clear, a plain SHA-256 of the
 * document as lookup) keeps loading, and one key rotation ({@code KeyRotation.rotate()}) is its migration: every
 * value sealed, the lookup an HMAC, the outbox's events sealed, nothing left in clear in any row.
 */
abstract class ClearSchemaMigrationBehaviour {

    static final String NUMBER = "11010519491231002X";
    static final String MOBILE = "13812345678";
    static final String EMAIL = "zhangsan@example.com";
    static final CustomerId ID = CustomerId.of("C-V1");

    abstract TestDatabase database();

    static Changed<Customer, CustomerEvent> person() {
        Instant at = Instant.parse("2026-03-01T02:00:00Z");
        Changed<Customer, CustomerEvent> registered = Customer.register(ID, new Registration(CustomerGroup.PUBLIC,
                "Zhang San", new ResidentIdentityNumber(NUMBER), new CityCode("440300")), at).get();
        Changed<Customer, CustomerEvent> contact = registered.state().addContact(ContactId.of("K-1"),
                new ContactDetails("Zhang San", "self", List.of(new MobileNumber(MOBILE)),
                        Option.some(new EmailAddress(EMAIL))), at).get();
        return Changed.of(contact.state(), registered.events().appendAll(contact.events()));
    }

    /** The lookup hash version 1 kept: SHA-256 of kind, country and number, no key. */
    static String plainHash(IdentityDocument document) throws Exception {
        String key = document.kind().name() + "\n" + "" + "\n" + NUMBER;
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
    }

    /** Rewrites the customer's row and its outbox events as version 1 wrote them. */
    void asVersion1(JdbcStorage storage) throws Exception {
        try (Connection c = database().dataSource().getConnection()) {
            String state;
            try (PreparedStatement select = c.prepareStatement("SELECT state FROM crm_customer WHERE id = ?")) {
                select.setString(1, ID.value());
                try (ResultSet row = select.executeQuery()) {
                    assertTrue(row.next());
                    state = row.getString(1);
                }
            }
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE crm_customer SET state = ?, written = ?, document_hash = ? WHERE id = ?")) {
                update.setString(1, ClearSchemaV1.of(state, storage.cipher()));
                update.setString(2, UUID.randomUUID().toString());
                update.setString(3, plainHash(person().state().document()));
                update.setString(4, ID.value());
                assertEquals(1, update.executeUpdate());
            }
            List<Object[]> events = List.empty();
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT position, payload FROM crm_outbox WHERE aggregate_type = ?")) {
                select.setString(1, Customers.TYPE);
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        events = events.append(new Object[]{row.getLong(1), row.getString(2)});
                    }
                }
            }
            for (Object[] event : events) {
                try (PreparedStatement update = c.prepareStatement(
                        "UPDATE crm_outbox SET payload = ? WHERE position = ?")) {
                    update.setString(1, ClearSchemaV1.of((String) event[1], storage.cipher()));
                    update.setLong(2, (Long) event[0]);
                    assertEquals(1, update.executeUpdate());
                }
            }
            if (!c.getAutoCommit()) {
                c.commit();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void a_version_1_store_loads_and_one_rotation_seals_every_value_and_the_lookup() throws Exception {
        JdbcStorage written = database().emptied();
        Changed<Customer, CustomerEvent> person = person();
        assertTrue(written.customers().save(person, Versioned.NEW).isRight());
        asVersion1(written);
        assertTrue(database().rawRows().contains(NUMBER) && database().rawRows().contains(MOBILE),
                "the store holds what version 1 wrote: values in clear");

        JdbcStorage storage = JdbcStorage.over(database().dataSource(), TestDatabase.KEYS);
        assertEquals(CustomerFields.of(person.state()),
                CustomerFields.of(storage.customers().load(ID).get().aggregate()), "version 1 still loads");

        assertEquals(new KeyRotation.Rotated(1, person.events().size()), storage.keyRotation().rotate(),
                "every version 1 row and message rewritten");
        String raw = database().rawRows();
        for (String clear : List.of(NUMBER, MOBILE, EMAIL)) {
            assertFalse(raw.contains(clear), () -> "still in clear after the migration: " + clear.substring(0, 3));
        }
        assertFalse(raw.contains(plainHash(person.state().document())), "the plain hash is gone");
        assertEquals(List.of(ID), storage.customers().byIdentityDocument(person.state().document())
                .map(v -> v.aggregate().getId()), "found through the keyed lookup");
        assertEquals(CustomerFields.of(person.state()),
                CustomerFields.of(storage.customers().load(ID).get().aggregate()));
        assertEquals(person.events(), storage.outbox().pending(10).filter(m -> m.type().startsWith(Customers.TYPE + "."))
                .map(OutboxMessage::payload).map(p -> CustomerJson.readEvent(p, storage.cipher()).get()));
        assertEquals(new KeyRotation.Rotated(0, 0), storage.keyRotation().rotate(), "then nothing is left to do");
    }
}
