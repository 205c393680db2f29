package org.telecrm.persistence.json;

import io.vavr.control.Either;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.telecrm.customer.CustomerGroup;
import org.telecrm.customer.CustomerId;
import org.telecrm.customer.aggregate.Customer;
import org.telecrm.customer.aggregate.CustomerEvent;
import io.vavr.collection.List;
import org.telecrm.customer.aggregate.Registration;
import org.telecrm.customer.identity.ResidentIdentityNumber;
import org.telecrm.customer.identity.UnifiedSocialCreditCode;
import org.telecrm.customer.region.CityCode;
import org.telecrm.persistence.tck.ClearSchemaV1;
import org.telecrm.persistence.tck.CustomerFields;
import org.telecrm.persistence.tck.CustomerGenerators;
import org.telecrm.persistence.tck.CustomerHistory;
import org.telecrm.persistence.tck.PersonalValues;
import org.telecrm.persistence.tck.TestKeys;
import org.telecrm.persistence.protection.KeyId;
import org.telecrm.persistence.protection.ProtectionError;
import io.vavr.control.Option;
import org.telecrm.persistence.protection.PersonalDataCipher;
import org.telecrm.persistence.protection.Sealed;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CustomerJsonTest {

    static final PersonalDataCipher CIPHER = PersonalDataCipher.ephemeral();

    @Provide
    Arbitrary<CustomerHistory> histories() {
        return CustomerGenerators.histories();
    }

    @Property(tries = 300)
    void a_customer_reads_back_equal_to_what_was_written(@ForAll("histories") CustomerHistory history) {
        assertEquals(Either.right(CustomerFields.of(history.customer())),
                CustomerJson.read(CustomerJson.write(history.customer(), CIPHER), CIPHER).map(CustomerFields::of));
    }

    @Property(tries = 300)
    void every_event_reads_back_equal_to_what_was_written(@ForAll("histories") CustomerHistory history) {
        assertEquals(history.events(),
                history.events().map(e -> CustomerJson.readEvent(CustomerJson.writeEvent(e, CIPHER), CIPHER).get()));
    }

    @Property(tries = 300)
    void no_identity_number_phone_number_or_email_is_written_in_clear(@ForAll("histories") CustomerHistory history) {
        String written = CustomerJson.write(history.customer(), CIPHER) + "\n"
                + history.events().map(e -> CustomerJson.writeEvent(e, CIPHER)).mkString("\n");
        for (String clear : PersonalValues.of(history.events())) {
            assertFalse(written.contains(clear), () -> "in clear: " + clear.substring(0, 3) + "...");
        }
    }

    /** Schema version 1 held the personal values in clear: it still reads, and resealing makes it version 2. */
    @Property(tries = 200)
    void a_version_1_document_reads_the_same_and_resealing_seals_every_value(
            @ForAll("histories") CustomerHistory history) {
        String v1 = ClearSchemaV1.of(CustomerJson.write(history.customer(), CIPHER), CIPHER);
        assertEquals(Either.right(CustomerFields.of(history.customer())),
                CustomerJson.read(v1, CIPHER).map(CustomerFields::of));
        String v2 = CustomerJson.resealed(v1, CIPHER).get().get();
        assertTrue(v2.startsWith("{\"schemaVersion\":2,"), v2.substring(0, 20));
        assertEquals(Either.right(CustomerFields.of(history.customer())),
                CustomerJson.read(v2, CIPHER).map(CustomerFields::of));
        assertEquals(Either.right(Option.none()), CustomerJson.resealed(v2, CIPHER), "then nothing to do");
        for (CustomerEvent event : history.events()) {
            String eventV1 = ClearSchemaV1.of(CustomerJson.writeEvent(event, CIPHER), CIPHER);
            assertEquals(Either.right(event), CustomerJson.readEvent(eventV1, CIPHER));
            String eventV2 = CustomerJson.resealed(eventV1, CIPHER).get().get();
            assertEquals(Either.right(event), CustomerJson.readEvent(eventV2, CIPHER));
            for (String clear : PersonalValues.of(List.of(event))) {
                assertFalse(eventV2.contains(clear), () -> "in clear after resealing: " + clear.substring(0, 3));
            }
        }
        for (String clear : PersonalValues.of(history.events())) {
            assertFalse(v2.contains(clear), () -> "in clear after resealing: " + clear.substring(0, 3) + "...");
        }
    }

    @Test
    void a_version_1_document_holds_its_values_in_clear_as_version_1_did() {
        String v1 = ClearSchemaV1.of(CustomerJson.write(REGISTERED, CIPHER), CIPHER);
        assertTrue(v1.contains("\"number\":\"91440300MA5FUJ7A0C\""), v1);
        assertEquals(new JsonError.UnsupportedSchemaVersion("schemaVersion", 3, 2),
                CustomerJson.read(v1.replace("\"schemaVersion\":1", "\"schemaVersion\":3"), CIPHER).getLeft());
    }

    @Nested
    class SealedValues {

        private final TestKeys keys = TestKeys.starting("k1");
        private final PersonalDataCipher cipher = PersonalDataCipher.of(keys);

        @Test
        void a_value_sealed_twice_reads_differently_each_time_and_opens_to_itself() {
            Sealed one = cipher.seal("13812345678", "customer C-1");
            Sealed two = cipher.seal("13812345678", "customer C-1");
            assertNotEquals(one.data(), two.data(), "a fresh IV per value");
            assertEquals(Either.right("13812345678"), cipher.open(one, "customer C-1"));
            assertEquals(KeyId.of("k1"), one.key());
        }

        @Test
        void a_value_copied_to_another_customer_or_altered_does_not_open() {
            Sealed sealed = cipher.seal("13812345678", "customer C-1");
            assertInstanceOf(ProtectionError.DoesNotOpen.class, cipher.open(sealed, "customer C-2").getLeft());
            char[] data = sealed.data().toCharArray();
            data[20] = data[20] == 'A' ? 'B' : 'A';
            assertInstanceOf(ProtectionError.DoesNotOpen.class,
                    cipher.open(new Sealed(sealed.key(), new String(data)), "customer C-1").getLeft());
        }

        @Test
        void a_document_whose_key_is_gone_is_a_typed_error_naming_the_field_and_key_not_the_number() {
            String json = CustomerJson.write(REGISTERED, cipher);
            keys.add("k2").use("k2").retire("k1");
            JsonError error = CustomerJson.read(json, cipher).getLeft();
            assertEquals(new JsonError.NotOpened("document.number",
                    "sealed with key k1, which the host's keys do not hold"), error);
            assertFalse(error.toString().contains("MA5FUJ7A0"));
        }

        @Test
        void the_documented_number_of_another_customer_does_not_open_here() {
            String json = CustomerJson.write(REGISTERED, CIPHER).replace("\"id\":\"C-1\"", "\"id\":\"C-9\"");
            assertInstanceOf(JsonError.NotOpened.class, CustomerJson.read(json, CIPHER).getLeft());
        }

        @Test
        void resealing_moves_every_value_to_the_current_key_and_then_has_nothing_to_do() {
            // An erased customer with no contact holds nothing sealed (about one sample in sixteen): it has its own
            // case below, so this one samples customers that hold a value to move.
            Customer customer = CustomerGenerators.histories().map(CustomerHistory::customer)
                    .filter(c -> !c.isErased() || c.contacts().nonEmpty()).sample();
            String json = CustomerJson.write(customer, cipher);
            keys.add("k2").use("k2");
            String resealed = CustomerJson.resealed(json, cipher).get().get();
            assertFalse(resealed.contains("\"k1\""), resealed);
            assertEquals(Either.right(Option.none()), CustomerJson.resealed(resealed, cipher));
            keys.retire("k1");
            assertEquals(Either.right(CustomerFields.of(customer)),
                    CustomerJson.read(resealed, cipher).map(CustomerFields::of));
        }

        @Test
        void an_erased_customer_holds_nothing_sealed_so_resealing_has_nothing_to_do() {
            Customer erased = Customer.register(CustomerId.of("C-2"), new Registration(CustomerGroup.PUBLIC,
                            "Zhang San", new ResidentIdentityNumber("11010519491231002X"), new CityCode("440300")),
                    Instant.parse("2026-03-01T02:00:00Z")).get().state()
                    .erase(Instant.parse("2026-04-01T00:00:00Z")).get().state();
            String json = CustomerJson.write(erased, cipher);
            keys.add("k2").use("k2");
            assertEquals(Either.right(Option.none()), CustomerJson.resealed(json, cipher));
        }
    }

    /** The documented form with {@code SEALED} where a sealed value stands. */
    static final String TEMPLATE = "{\"schemaVersion\":2,\"id\":\"C-1\",\"group\":\"KEY_ACCOUNT\","
            + "\"name\":\"Shenzhen Example Ltd\",\"document\":{\"kind\":\"UNIFIED_SOCIAL_CREDIT_CODE\","
            + "\"number\":SEALED},\"city\":\"440300\",\"registeredAt\":\"2026-03-01T02:00:00Z\","
            + "\"lifecycle\":{\"stage\":\"PROSPECT\",\"since\":\"2026-03-01T02:00:00Z\"},\"managerAssignments\":[],"
            + "\"contacts\":[],\"structure\":{\"kind\":\"INDEPENDENT\"},\"file\":[]}";

    /** {@code clear} sealed for customer C-1, as the JSON writes it. */
    static String sealed(String clear) {
        Sealed sealed = CIPHER.seal(clear, "customer C-1");
        return "{\"key\":\"" + sealed.key().value() + "\",\"sealed\":\"" + sealed.data() + "\"}";
    }

    /** The documented customer C-1, its number sealed. */
    static final String DOCUMENTED = TEMPLATE.replace("SEALED", sealed("91440300MA5FUJ7A0C"));

    /** The JSON with every sealed value replaced by {@code SEALED}. */
    static String template(String json) {
        return json.replaceAll("\\{\"key\":\"[^\"]*\",\"sealed\":\"[^\"]*\"}", "SEALED");
    }

    static final Customer REGISTERED = Customer.register(CustomerId.of("C-1"), new Registration(
            CustomerGroup.KEY_ACCOUNT, "Shenzhen Example Ltd", new UnifiedSocialCreditCode("91440300MA5FUJ7A0C"),
            new CityCode("440300")), Instant.parse("2026-03-01T02:00:00Z")).get().state();

    @Nested
    class StableFieldNames {

        @Test
        void a_registered_customer_is_written_as_documented_with_the_document_sealed() {
            String written = CustomerJson.write(REGISTERED, CIPHER);
            assertEquals(TEMPLATE, template(written));
            assertFalse(written.contains("91440300MA5FUJ7A0C"), written);
        }

        @Test
        void the_documented_json_reads_back_with_unknown_fields_ignored() {
            assertEquals(Either.right(CustomerFields.of(REGISTERED)),
                    CustomerJson.read(DOCUMENTED.replace("\"city\":", "\"vipLounge\":true,\"city\":"), CIPHER)
                            .map(CustomerFields::of));
        }
    }

    @Nested
    class MalformedJsonIsATypedErrorNamingTheField {

        private JsonError error(String json) {
            return CustomerJson.read(json, CIPHER).getLeft();
        }

        @Test
        void a_missing_or_invalid_field() {
            assertEquals(new JsonError.Missing("document.number"),
                    error(TEMPLATE.replace(",\"number\":SEALED", "")));
            assertEquals("document.number", error(TEMPLATE.replace("SEALED", sealed("91440300MA5FUJ7A0D"))).field());
            assertEquals("city", error(DOCUMENTED.replace("\"440300\"", "\"440305\"")).field());
            assertEquals("lifecycle.stage", error(DOCUMENTED.replace("PROSPECT", "ASLEEP")).field());
        }

        @Test
        void state_that_breaks_the_invariants_names_them() {
            JsonError error = error(DOCUMENTED.replace("\"contacts\":[]", "\"contacts\":[],\"primaryContact\":\"K-1\""));
            assertInstanceOf(JsonError.NotRestorable.class, error);
            assertEquals("$", error.field());
            assertTrue(error.message().contains("primaryContact: there must be exactly one primary contact"),
                    error.message());
        }
    }
}
