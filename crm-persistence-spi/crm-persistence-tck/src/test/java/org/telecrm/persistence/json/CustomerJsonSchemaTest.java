package org.telecrm.persistence.json;

import com.networknt.schema.Schema;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.telecrm.persistence.tck.CustomerGenerators;
import org.telecrm.persistence.tck.CustomerHistory;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The JSON Schemas of the stored customer and its outbox events: every generated customer and every event it raised
 * match them, and a personal value in clear, a field a type never has, or a structure of one kind with another's
 * field does not.
 */
class CustomerJsonSchemaTest {

    static final Schema CUSTOMER = JsonSchemas.of("customer.schema.json");
    static final Schema EVENT = JsonSchemas.of("customer-event.schema.json");

    @Provide
    Arbitrary<CustomerHistory> histories() {
        return CustomerGenerators.histories();
    }

    @Property(tries = 100)
    void every_customer_and_every_event_it_raised_match_the_schemas(@ForAll("histories") CustomerHistory history) {
        String customer = CustomerJson.write(history.customer(), CustomerJsonTest.CIPHER);
        assertEquals(List.of(), JsonSchemas.problems(CUSTOMER, customer), customer);
        history.events().forEach(event -> {
            String json = CustomerJson.writeEvent(event, CustomerJsonTest.CIPHER);
            assertEquals(List.of(), JsonSchemas.problems(EVENT, json), json);
        });
    }

    /** Checked on the golden customers: each sealed number in turn written in clear. */
    @Test
    void a_personal_value_in_clear_breaks_the_schema() {
        int changed = 0;
        for (var file : GoldenV1Test.fixtures(Golden.CUSTOMER.name())) {
            String customer = GoldenV1Test.text(file);
            String clear = customer.replaceFirst("\\{\"key\":\"[^\"]*\",\"sealed\":\"[^\"]*\"}",
                    "\"91440300MA5G000000\"");
            if (!clear.equals(customer)) {
                changed++;
                assertFalse(JsonSchemas.problems(CUSTOMER, clear).isEmpty(), clear);
            }
        }
        assertTrue(changed > 0, "the fixtures hold sealed values");
    }

    @Test
    void an_event_with_a_field_its_type_never_has_or_without_one_it_always_has_breaks_the_schema() {
        String erased = "{\"schemaVersion\":2,\"type\":\"ContactErased\",\"customerId\":\"C-1\","
                + "\"occurredAt\":\"2026-03-01T02:00:00Z\",\"contactId\":\"K-1\"}";
        assertEquals(List.of(), JsonSchemas.problems(EVENT, erased));
        assertFalse(JsonSchemas.problems(EVENT, erased.replace("}", ",\"name\":\"张三\"}")).isEmpty());
        assertFalse(JsonSchemas.problems(EVENT, erased.replace(",\"contactId\":\"K-1\"", "")).isEmpty());
        assertFalse(JsonSchemas.problems(EVENT, erased.replace("\"schemaVersion\":2", "\"schemaVersion\":1")).isEmpty());
    }

    @Test
    void a_structure_of_one_kind_with_another_kinds_field_breaks_the_schema() {
        String changed = "{\"schemaVersion\":2,\"type\":\"GroupStructureChanged\",\"customerId\":\"C-1\","
                + "\"occurredAt\":\"2026-03-01T02:00:00Z\",\"from\":{\"kind\":\"INDEPENDENT\"},"
                + "\"to\":{\"kind\":\"BRANCH\",\"headquarters\":\"C-2\"}}";
        assertEquals(List.of(), JsonSchemas.problems(EVENT, changed));
        assertFalse(JsonSchemas.problems(EVENT, changed.replace("{\"kind\":\"INDEPENDENT\"}",
                "{\"kind\":\"INDEPENDENT\",\"branches\":[]}")).isEmpty());
        assertFalse(JsonSchemas.problems(EVENT, changed.replace(",\"headquarters\":\"C-2\"", "")).isEmpty());
    }
}
