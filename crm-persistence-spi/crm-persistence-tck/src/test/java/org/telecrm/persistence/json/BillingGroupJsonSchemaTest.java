package org.telecrm.persistence.json;

import com.networknt.schema.Schema;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.telecrm.persistence.tck.BillingGroupsContract;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The JSON Schemas of the stored billing group and its outbox events: every generated group and every event it raised
 * match them, and a rule of another kind, or a field the mapping never writes, does not.
 */
class BillingGroupJsonSchemaTest {

    static final Schema GROUP = JsonSchemas.of("billing-group.schema.json");
    static final Schema EVENT = JsonSchemas.of("billing-group-event.schema.json");

    @Provide
    Arbitrary<BillingGroupsContract.GroupHistory> histories() {
        return BillingGroupsContract.histories();
    }

    @Property(tries = 100)
    void every_group_and_every_event_it_raised_match_the_schemas(
            @ForAll("histories") BillingGroupsContract.GroupHistory history) {
        String group = BillingGroupJson.write(history.group());
        assertEquals(List.of(), JsonSchemas.problems(GROUP, group), group);
        history.events().forEach(event -> assertEquals(List.of(),
                JsonSchemas.problems(EVENT, BillingGroupJson.writeEvent(event)), BillingGroupJson.writeEvent(event)));
    }

    @Test
    void a_rule_of_another_kind_or_a_field_never_written_breaks_the_schema() {
        String covered = "{\"schemaVersion\":1,\"type\":\"BranchCovered\",\"groupId\":\"G-1\","
                + "\"occurredAt\":\"2026-08-01T01:00:00Z\",\"branch\":\"A-SZ\"}";
        assertEquals(List.of(), JsonSchemas.problems(EVENT, covered));
        assertFalse(JsonSchemas.problems(EVENT, covered.replace("\"branch\"", "\"account\"")).isEmpty());
        String group = "{\"schemaVersion\":1,\"id\":\"G-1\",\"headquarters\":\"A-HQ\",\"rule\":{\"kind\":\"IN_ORDER\","
                + "\"order\":[\"A-SZ\"]},\"branches\":[\"A-SZ\"],\"formedAt\":\"2026-08-01T01:00:00Z\","
                + "\"changedAt\":\"2026-08-01T01:00:00Z\"}";
        assertEquals(List.of(), JsonSchemas.problems(GROUP, group));
        assertFalse(JsonSchemas.problems(GROUP, group.replace("IN_ORDER", "LARGEST_FIRST")).isEmpty());
        assertFalse(JsonSchemas.problems(GROUP, group.replace("\"order\":[\"A-SZ\"]}", "\"order\":[\"A-SZ\"],"
                + "\"weights\":[1]}")).isEmpty());
        assertFalse(JsonSchemas.problems(GROUP, group.replace("}", ",\"name\":\"集团\"}")).isEmpty());
    }
}
