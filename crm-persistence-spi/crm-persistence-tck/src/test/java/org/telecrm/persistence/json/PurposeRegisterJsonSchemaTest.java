package org.telecrm.persistence.json;

import com.networknt.schema.Schema;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.telecrm.persistence.tck.PurposeRegistersContract;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The JSON Schemas of the stored purpose register and its outbox events: every generated register and every event it
 * raised match them, and a basis of another kind, or a field the mapping never writes, does not.
 */
class PurposeRegisterJsonSchemaTest {

    static final Schema REGISTER = JsonSchemas.of("purpose-register.schema.json");
    static final Schema EVENT = JsonSchemas.of("purpose-register-event.schema.json");

    @Provide
    Arbitrary<PurposeRegistersContract.RegisterHistory> histories() {
        return PurposeRegistersContract.histories();
    }

    @Property(tries = 100)
    void every_register_and_every_event_it_raised_match_the_schemas(
            @ForAll("histories") PurposeRegistersContract.RegisterHistory history) {
        String register = PurposeRegisterJson.write(history.register());
        assertEquals(List.of(), JsonSchemas.problems(REGISTER, register), register);
        history.events().forEach(event -> assertEquals(List.of(),
                JsonSchemas.problems(EVENT, PurposeRegisterJson.writeEvent(event)), PurposeRegisterJson.writeEvent(event)));
    }

    @Test
    void a_basis_of_another_kind_or_a_field_never_written_breaks_the_schema() {
        String withdrawn = "{\"schemaVersion\":1,\"type\":\"ConsentWithdrawn\",\"customerId\":\"C-1\","
                + "\"occurredAt\":\"2026-03-01T02:00:00Z\",\"purpose\":\"MARKETING\",\"channel\":\"SMS\"}";
        assertEquals(List.of(), JsonSchemas.problems(EVENT, withdrawn));
        assertFalse(JsonSchemas.problems(EVENT, withdrawn.replace("\"SMS\"", "\"EMAIL\"")).isEmpty());
        assertFalse(JsonSchemas.problems(EVENT, withdrawn.replace("}", ",\"phone\":\"13800000000\"}")).isEmpty());
        String held = "{\"schemaVersion\":1,\"customer\":\"C-1\",\"held\":[{\"purpose\":\"BILLING\","
                + "\"information\":[\"SPEND\"],\"basis\":{\"kind\":\"CONTRACT\",\"reference\":\"SLA-1\"},"
                + "\"since\":\"2026-03-01T02:00:00Z\"}],\"withdrawals\":[]}";
        assertEquals(List.of(), JsonSchemas.problems(REGISTER, held));
        assertFalse(JsonSchemas.problems(REGISTER, held.replace("\"reference\":\"SLA-1\"", "\"law\":\"SLA-1\""))
                .isEmpty());
    }
}
