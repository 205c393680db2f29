package org.telecrm.persistence.json;

import io.vavr.control.Either;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;
import org.telecrm.sla.claim.BreachKind;
import org.telecrm.sla.claim.ClaimStatus;
import org.telecrm.persistence.tck.SlaContractGenerators;
import org.telecrm.persistence.tck.SlaContractHistory;
import io.vavr.collection.List;
import org.telecrm.account.AccountId;
import org.telecrm.customer.CustomerId;
import org.telecrm.sla.SlaContractId;
import org.telecrm.sla.contract.ContractStatus;
import org.telecrm.sla.contract.ContractTerms;
import org.telecrm.sla.contract.SlaContract;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SlaContractJsonTest {

    @Provide
    Arbitrary<SlaContractHistory> histories() {
        return SlaContractGenerators.histories();
    }

    @Property(tries = 300)
    void a_contract_reads_back_equal_to_what_was_written(@ForAll("histories") SlaContractHistory history) {
        history.contract().claims().forEach(claim -> {
            Statistics.label("breach").collect(claim.breach().id().kind());
            Statistics.label("claim status").collect(claim.status().kind());
        });
        Statistics.label("breach").coverage(c -> {
            c.check(BreachKind.LATE_PROVISIONING).count(n -> n > 0);
            c.check(BreachKind.QUALITY).count(n -> n > 0);
        });
        Statistics.label("claim status").coverage(c -> {
            c.check(ClaimStatus.Kind.SETTLED).count(n -> n > 0);
            c.check(ClaimStatus.Kind.REJECTED).count(n -> n > 0);
            c.check(ClaimStatus.Kind.RAISED).count(n -> n > 0);
        });
        Statistics.label("contract status").collect(history.contract().status().kind());
        Either<JsonError, SlaContract> back = SlaContractJson.read(SlaContractJson.write(history.contract()));
        assertEquals(Either.right(history.contract()), back);
        assertEquals(history.contract().claims().map(c -> c.breach().basis()),
                back.get().claims().map(c -> c.breach().basis()));
    }

    @Property(tries = 300)
    void every_event_reads_back_equal_to_what_was_written(@ForAll("histories") SlaContractHistory history) {
        assertEquals(history.events(),
                history.events().map(e -> SlaContractJson.readEvent(SlaContractJson.writeEvent(e)).get()));
    }

    @Test
    void a_contract_in_every_status_reads_back() {
        SlaContractId id = SlaContractId.of("SLA-1");
        SlaContract draft = SlaContract.draft(id, CustomerId.of("C-1"), AccountId.of("A-1"),
                SlaContractGenerators.YEAR_2026, ContractTerms.defaults(id), SlaContractGenerators.AT).get().state();
        SlaContract active = draft.addCircuit(SlaContractGenerators.DDN, SlaContractGenerators.AT)
                .flatMap(c -> c.state().activate(SlaContractGenerators.SIGNING, SlaContractGenerators.AT)).get().state();
        List<SlaContract> all = List.of(draft, active,
                active.suspend(LocalDate.of(2026, 3, 1), "arrears", SlaContractGenerators.AT).get().state(),
                active.terminate(LocalDate.of(2026, 3, 1), "ended", SlaContractGenerators.AT).get().state(),
                active.expire(LocalDate.of(2027, 1, 1), SlaContractGenerators.AT).get().state());
        assertEquals(List.of(ContractStatus.Kind.values()), all.map(c -> c.status().kind()));
        for (SlaContract contract : all) {
            assertEquals(Either.right(contract), SlaContractJson.read(SlaContractJson.write(contract)));
        }
    }

    @Test
    void malformed_json_is_a_typed_error_naming_the_field() {
        String json = SlaContractJson.write(SlaContractGenerators.histories().sample().contract());
        assertEquals(new JsonError.Missing("validity.to"),
                SlaContractJson.read(json.replaceFirst(",\"to\":\"2026-12-31\"", "")).getLeft());
        assertEquals("status.kind", SlaContractJson.read(json.replaceFirst("\"status\":\\{\"kind\":\"[A-Z]*\"",
                "\"status\":{\"kind\":\"LIMBO\"")).getLeft().field());
        assertEquals("termsVersions[0].terms.measurementZone", SlaContractJson.read(json.replaceFirst(
                "\"measurementZone\":\"[^\"]*\"", "\"measurementZone\":\"Mars/Olympus\"")).getLeft().field());
    }

    @Test
    void a_contract_no_command_could_have_written_is_not_restorable() {
        String json = SlaContractJson.write(SlaContractGenerators.histories().sample().contract());
        JsonError error = SlaContractJson.read(json.replaceFirst("\"number\":1,", "\"number\":7,")).getLeft();
        assertInstanceOf(JsonError.NotRestorable.class, error);
        assertTrue(error.message().contains("termsVersions[0].number: must be 1, was 7"), error.message());
    }
}
