package org.telecrm.persistence.json;

import com.networknt.schema.Schema;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.telecrm.persistence.tck.ServiceOrderGenerators;
import org.telecrm.persistence.tck.ServiceOrderHistory;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The JSON Schemas of the stored service order and its outbox events: every generated order and every event it raised
 * match them, and a document with a field the mapping never writes, or without one it always writes, does not.
 */
class ServiceOrderJsonSchemaTest {

    static final Schema ORDER = JsonSchemas.of("service-order.schema.json");
    static final Schema EVENT = JsonSchemas.of("service-order-event.schema.json");

    @Provide
    Arbitrary<ServiceOrderHistory> histories() {
        return ServiceOrderGenerators.histories();
    }

    @Property(tries = 100)
    void every_order_and_every_event_it_raised_match_the_schemas(@ForAll("histories") ServiceOrderHistory history) {
        String order = ServiceOrderJson.write(history.order());
        assertEquals(List.of(), JsonSchemas.problems(ORDER, order), order);
        history.events().forEach(event -> assertEquals(List.of(),
                JsonSchemas.problems(EVENT, ServiceOrderJson.writeEvent(event)), ServiceOrderJson.writeEvent(event)));
    }

    @Test
    void a_field_the_mapping_never_writes_or_one_missing_breaks_the_schema() {
        String resumed = "{\"schemaVersion\":1,\"type\":\"ClockResumed\",\"order\":\"SO-1\","
                + "\"occurredAt\":\"2026-07-01T01:00:00Z\"}";
        assertEquals(List.of(), JsonSchemas.problems(EVENT, resumed));
        assertFalse(JsonSchemas.problems(EVENT, resumed.replace("}", ",\"reason\":\"SITE_NOT_READY\"}")).isEmpty());
        assertFalse(JsonSchemas.problems(EVENT, resumed.replace("ClockResumed", "ClockPaused")).isEmpty());
        assertFalse(JsonSchemas.problems(EVENT, resumed.replace("ClockResumed", "ClockStopped")).isEmpty());
    }

    @Property(tries = 20)
    void an_order_without_its_limits_or_with_a_kind_the_mapping_never_writes_breaks_the_schema(
            @ForAll("histories") ServiceOrderHistory history) {
        String order = ServiceOrderJson.write(history.order());
        assertFalse(JsonSchemas.problems(ORDER, order.replaceFirst("\"limits\"", "\"timeLimits\"")).isEmpty());
        assertFalse(JsonSchemas.problems(ORDER, order.replaceFirst("\"kind\":\"[A-Z_]+\"", "\"kind\":\"REPAIR\""))
                .isEmpty());
    }
}
