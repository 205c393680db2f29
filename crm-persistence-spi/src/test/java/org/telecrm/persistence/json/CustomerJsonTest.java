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
import org.telecrm.customer.aggregate.Registration;
import org.telecrm.customer.identity.UnifiedSocialCreditCode;
import org.telecrm.customer.region.CityCode;
import org.telecrm.persistence.tck.CustomerFields;
import org.telecrm.persistence.tck.CustomerGenerators;
import org.telecrm.persistence.tck.CustomerHistory;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CustomerJsonTest {

    @Provide
    Arbitrary<CustomerHistory> histories() {
        return CustomerGenerators.histories();
    }

    @Property(tries = 300)
    void a_customer_reads_back_equal_to_what_was_written(@ForAll("histories") CustomerHistory history) {
        assertEquals(Either.right(CustomerFields.of(history.customer())),
                CustomerJson.read(CustomerJson.write(history.customer())).map(CustomerFields::of));
    }

    @Property(tries = 300)
    void every_event_reads_back_equal_to_what_was_written(@ForAll("histories") CustomerHistory history) {
        assertEquals(history.events(),
                history.events().map(e -> CustomerJson.readEvent(CustomerJson.writeEvent(e)).get()));
    }

    static final String DOCUMENTED = "{\"schemaVersion\":1,\"id\":\"C-1\",\"group\":\"KEY_ACCOUNT\","
            + "\"name\":\"Shenzhen Example Ltd\",\"document\":{\"kind\":\"UNIFIED_SOCIAL_CREDIT_CODE\","
            + "\"number\":\"91440300MA5FUJ7A0C\"},\"city\":\"440300\",\"registeredAt\":\"2026-03-01T02:00:00Z\","
            + "\"lifecycle\":{\"stage\":\"PROSPECT\",\"since\":\"2026-03-01T02:00:00Z\"},\"managerAssignments\":[],"
            + "\"contacts\":[],\"structure\":{\"kind\":\"INDEPENDENT\"},\"file\":[]}";

    static final Customer REGISTERED = Customer.register(CustomerId.of("C-1"), new Registration(
            CustomerGroup.KEY_ACCOUNT, "Shenzhen Example Ltd", new UnifiedSocialCreditCode("91440300MA5FUJ7A0C"),
            new CityCode("440300")), Instant.parse("2026-03-01T02:00:00Z")).get().state();

    @Nested
    class StableFieldNames {

        @Test
        void a_registered_customer_is_written_as_documented_with_the_document_unmasked() {
            assertEquals(DOCUMENTED, CustomerJson.write(REGISTERED));
        }

        @Test
        void the_documented_json_reads_back_with_unknown_fields_ignored() {
            assertEquals(Either.right(CustomerFields.of(REGISTERED)),
                    CustomerJson.read(DOCUMENTED.replace("\"city\":", "\"vipLounge\":true,\"city\":"))
                            .map(CustomerFields::of));
        }
    }

    @Nested
    class MalformedJsonIsATypedErrorNamingTheField {

        private JsonError error(String json) {
            return CustomerJson.read(json).getLeft();
        }

        @Test
        void a_missing_or_invalid_field() {
            assertEquals(new JsonError.Missing("document.number"),
                    error(DOCUMENTED.replace(",\"number\":\"91440300MA5FUJ7A0C\"", "")));
            assertEquals("document.number", error(DOCUMENTED.replace("MA5FUJ7A0C", "MA5FUJ7A0D")).field());
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
