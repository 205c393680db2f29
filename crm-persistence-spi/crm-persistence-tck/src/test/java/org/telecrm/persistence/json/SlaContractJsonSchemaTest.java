package org.telecrm.persistence.json;

import com.networknt.schema.Schema;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.telecrm.persistence.tck.SlaContractGenerators;
import org.telecrm.persistence.tck.SlaContractHistory;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The JSON Schemas of the stored SLA contract and its outbox events: every generated contract and every event it
 * raised match them, and money as yuan text, a rate as a binary number, or a term with another kind's field does not.
 */
class SlaContractJsonSchemaTest {

    static final Schema CONTRACT = JsonSchemas.of("sla-contract.schema.json");
    static final Schema EVENT = JsonSchemas.of("sla-contract-event.schema.json");

    @Provide
    Arbitrary<SlaContractHistory> histories() {
        return SlaContractGenerators.histories();
    }

    @Property(tries = 100)
    void every_contract_and_every_event_it_raised_match_the_schemas(@ForAll("histories") SlaContractHistory history) {
        String contract = SlaContractJson.write(history.contract());
        assertEquals(List.of(), JsonSchemas.problems(CONTRACT, contract), contract);
        history.events().forEach(event -> assertEquals(List.of(),
                JsonSchemas.problems(EVENT, SlaContractJson.writeEvent(event)), SlaContractJson.writeEvent(event)));
    }

    /** Checked on the golden contracts (they hold circuits and quality levels: what is changed is there). */
    @Test
    void money_as_yuan_or_a_rate_as_a_number_breaks_the_schema() {
        int changed = 0;
        for (var file : GoldenV1Test.fixtures(Golden.SLA_CONTRACT.name())) {
            String contract = GoldenV1Test.text(file);
            for (String broken : List.of(
                    contract.replaceFirst("\"monthlyRentalFen\":(\\d+)", "\"monthlyRentalFen\":\"$1.00\""),
                    contract.replaceFirst("\"cap\":\"([0-9.]+)\"", "\"cap\":$1"))) {
                if (!broken.equals(contract)) {
                    changed++;
                    assertFalse(JsonSchemas.problems(CONTRACT, broken).isEmpty(), broken);
                }
            }
        }
        assertTrue(changed >= 2, "the fixtures hold money and rates to break");
    }

    @Test
    void an_event_with_a_field_its_type_never_has_or_a_term_with_another_kinds_field_breaks_the_schema() {
        String resumed = "{\"schemaVersion\":1,\"type\":\"ContractResumed\",\"contract\":\"SLA-1\","
                + "\"occurredAt\":\"2026-03-01T02:00:00Z\",\"on\":\"2026-03-01\"}";
        assertEquals(List.of(), JsonSchemas.problems(EVENT, resumed));
        assertFalse(JsonSchemas.problems(EVENT, resumed.replace("}", ",\"reason\":\"paid\"}")).isEmpty());
        assertFalse(JsonSchemas.problems(EVENT, resumed.replace(",\"on\":\"2026-03-01\"", "")).isEmpty());
        assertFalse(JsonSchemas.problems(EVENT, resumed.replace("ContractResumed", "ContractPaused")).isEmpty());
        String clause = "{\"scope\":{\"product\":\"DDN\"},\"term\":{\"kind\":\"DEADLINE\",\"workingDays\":5}}";
        String revised = "{\"schemaVersion\":1,\"type\":\"DraftTermsRevised\",\"contract\":\"SLA-1\","
                + "\"occurredAt\":\"2026-03-01T02:00:00Z\",\"terms\":{\"provisioning\":{\"contractReference\":\"SLA-1\","
                + "\"clauses\":[" + clause + "]},\"quality\":{\"rounding\":\"HALF_UP\",\"levels\":[]},"
                + "\"measurementZone\":\"Asia/Shanghai\"}}";
        assertEquals(List.of(), JsonSchemas.problems(EVENT, revised));
        assertFalse(JsonSchemas.problems(EVENT, revised.replace("\"workingDays\":5", "\"workingDays\":5,\"ratio\":\"0.1\""))
                .isEmpty());
        assertFalse(JsonSchemas.problems(EVENT, revised.replace("\"workingDays\":5", "\"ratio\":\"0.1\"")).isEmpty());
    }
}
