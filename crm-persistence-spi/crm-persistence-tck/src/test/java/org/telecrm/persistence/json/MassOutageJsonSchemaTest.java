package org.telecrm.persistence.json;

import com.networknt.schema.Schema;
import io.vavr.collection.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.telecrm.kernel.FieldProblem;
import org.telecrm.persistence.tck.MassOutagesContract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/**
 * The JSON of a stored mass outage and its outbox events (issue 15, item 4): every generated outage and every event
 * it raised match the shipped schemas; a field the mapping never writes does not; stored state the outage refuses
 * is a typed error naming the field.
 */
class MassOutageJsonSchemaTest {

    static final Schema OUTAGE = JsonSchemas.of("mass-outage.schema.json");
    static final Schema EVENT = JsonSchemas.of("mass-outage-event.schema.json");

    @Provide
    Arbitrary<MassOutagesContract.OutageHistory> histories() {
        return MassOutagesContract.histories();
    }

    @Property(tries = 100)
    void every_outage_and_every_event_it_raised_match_the_schemas(
            @ForAll("histories") MassOutagesContract.OutageHistory history) {
        String outage = MassOutageJson.write(history.outage());
        assertEquals(java.util.List.of(), JsonSchemas.problems(OUTAGE, outage), outage);
        assertEquals(history.outage(), MassOutageJson.read(outage).get());
        history.events().forEach(event -> assertEquals(java.util.List.of(),
                JsonSchemas.problems(EVENT, MassOutageJson.writeEvent(event)), MassOutageJson.writeEvent(event)));
    }

    @Test
    void a_field_never_written_breaks_the_schema() {
        String detached = "{\"schemaVersion\":1,\"type\":\"ChildDetached\",\"outage\":\"MO-7\","
                + "\"occurredAt\":\"2026-03-02T01:30:00Z\",\"child\":\"SO-2\",\"reason\":\"its own fault\","
                + "\"by\":\"S-700\"}";
        assertEquals(java.util.List.of(), JsonSchemas.problems(EVENT, detached));
        assertFalse(JsonSchemas.problems(EVENT, detached.replace("\"child\":\"SO-2\",", "")).isEmpty());
        assertFalse(JsonSchemas.problems(EVENT, detached.replace("}", ",\"circuit\":\"DDN-2\"}")).isEmpty());
        String declared = "{\"schemaVersion\":1,\"id\":\"MO-7\",\"description\":\"fibre cut\","
                + "\"declaredAt\":\"2026-03-02T01:00:00Z\",\"children\":[],\"pauses\":[]}";
        assertEquals(java.util.List.of(), JsonSchemas.problems(OUTAGE, declared));
        assertFalse(JsonSchemas.problems(OUTAGE, declared.replace("\"children\":[]", "\"children\":null")).isEmpty());
    }

    @Test
    void a_child_attached_before_the_declaration_is_not_restorable_naming_the_field() {
        String early = "{\"schemaVersion\":1,\"id\":\"MO-7\",\"description\":\"fibre cut\","
                + "\"declaredAt\":\"2026-03-02T01:00:00Z\",\"children\":[{\"order\":\"SO-1\",\"circuit\":\"DDN-1\","
                + "\"attachedBy\":\"S-700\",\"attachedAt\":\"2026-03-02T00:10:00Z\",\"attachReason\":\"cable\"}],"
                + "\"pauses\":[]}";
        JsonError.NotRestorable refused = assertInstanceOf(JsonError.NotRestorable.class,
                MassOutageJson.read(early).getLeft());
        assertEquals("mass outage", refused.error().aggregate());
        assertEquals(List.of("children[0].attachedAt"), refused.error().problems().map(FieldProblem::field));
    }
}
