package org.telecrm.persistence.tck;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;
import org.telecrm.account.AccountId;
import org.telecrm.customer.CustomerId;
import org.telecrm.kernel.Changed;
import org.telecrm.persistence.PageRequest;
import org.telecrm.persistence.SaveConflict;
import org.telecrm.persistence.Transactions;
import org.telecrm.persistence.Versioned;
import org.telecrm.persistence.contracts.SlaContracts;
import org.telecrm.persistence.json.SlaContractJson;
import org.telecrm.persistence.outbox.EventId;
import org.telecrm.persistence.outbox.Outbox;
import org.telecrm.persistence.outbox.OutboxMessage;
import org.telecrm.sla.SlaContractId;
import org.telecrm.sla.contract.ContractTerms;
import org.telecrm.sla.contract.SlaContract;
import org.telecrm.sla.contract.SlaContractEvent;
import org.telecrm.sla.contract.ValidityPeriod;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The contract of an {@link SlaContracts} adapter, with its {@link Transactions} and {@link Outbox}: round-trip
 * fidelity of generated contracts (circuits, every terms version, claims with their breach assessments), optimistic
 * conflicts, the queries with paging, the outbox and atomicity. An adapter's test extends it:
 *
 * <pre>{@code
 * class MySlaContractsTest extends SlaContractsContract {
 *     @Override
 *     protected Ports emptyStore() {
 *         MyStorage storage = MyStorage.emptied(dataSource);   // your adapter, every table empty
 *         return new Ports(storage.slaContracts(), storage.transactions(), storage.outbox());
 *     }
 * }
 * }</pre>
 */
public abstract class SlaContractsContract {

    /** The ports under test, all backed by the same store. */
    public record Ports(SlaContracts contracts, Transactions transactions, Outbox outbox) {
    }

    /** A store with no contracts and no pending outbox messages; called at the start of every test and try. */
    protected abstract Ports emptyStore();

    private static final CustomerId OWNER = CustomerId.of("C-1");

    private static Changed<SlaContract, SlaContractEvent> drafted(String id, CustomerId customer,
                                                                  ValidityPeriod validity) {
        SlaContractId contractId = SlaContractId.of(id);
        return SlaContract.draft(contractId, customer, AccountId.of("A-1"), validity,
                ContractTerms.defaults(contractId), SlaContractGenerators.AT).get();
    }

    private static Changed<SlaContract, SlaContractEvent> signed(String id, CustomerId customer,
                                                                 ValidityPeriod validity) {
        Changed<SlaContract, SlaContractEvent> drafted = drafted(id, customer, validity);
        Changed<SlaContract, SlaContractEvent> signed = drafted.state()
                .addCircuit(SlaContractGenerators.DDN, SlaContractGenerators.AT)
                .flatMap(c -> c.state().activate(SlaContractGenerators.SIGNING, SlaContractGenerators.AT)
                        .map(a -> Changed.of(a.state(), c.events().appendAll(a.events()))))
                .get();
        return Changed.of(signed.state(), drafted.events().appendAll(signed.events()));
    }

    private static List<String> ids(List<Versioned<SlaContract>> contracts) {
        return contracts.map(v -> v.aggregate().getId().value());
    }

    // ---- round trip ---------------------------------------------------------------------------------------------

    @Provide
    Arbitrary<SlaContractHistory> histories() {
        return SlaContractGenerators.histories();
    }

    @Property(tries = 200)
    void every_field_of_a_generated_contract_survives_save_and_load(@ForAll("histories") SlaContractHistory history) {
        SlaContract contract = history.contract();
        Statistics.label("status").collect(contract.status().kind());
        Statistics.label("has claims").collect(contract.claims().nonEmpty());
        Statistics.label("has claims").coverage(c -> c.check(true).count(n -> n > 0));
        Ports store = emptyStore();
        assertEquals(Either.right(1L), store.contracts().save(contract, Versioned.NEW, history.events()));
        SlaContract back = store.contracts().load(contract.getId()).get().aggregate();
        assertEquals(contract, back);
        assertEquals(contract.customer(), back.customer());
        assertEquals(contract.creditAccount(), back.creditAccount());
        assertEquals(contract.validity(), back.validity());
        assertEquals(contract.status(), back.status());
        assertEquals(contract.circuits(), back.circuits());
        assertEquals(contract.termsVersions(), back.termsVersions());
        assertEquals(contract.claims(), back.claims());
        assertEquals(contract.claims().map(c -> c.breach().basis()), back.claims().map(c -> c.breach().basis()));
    }

    @Test
    void a_months_quality_and_measured_claims_survive_save_and_load_with_their_events() {
        SlaContractHistory history = SlaContractGenerators.measuredClaims();
        SlaContract contract = history.contract();
        assertEquals(List.of("QUALITY", "MEASURED"), contract.claims().map(c -> c.breach().id().kind().name()));
        Ports store = emptyStore();
        assertEquals(Either.right(1L), store.contracts().save(contract, Versioned.NEW, history.events()));
        SlaContract back = store.contracts().load(contract.getId()).get().aggregate();
        assertEquals(contract.claims(), back.claims());
        assertEquals(contract.claims().map(c -> c.breach().basis()), back.claims().map(c -> c.breach().basis()));
        assertEquals(contract, back);
        assertEquals(history.events(), store.outbox().pending(PageRequest.MAX_SIZE)
                .map(m -> SlaContractJson.readEvent(m.payload()).get()));
    }

    @Property(tries = 100)
    void the_outbox_holds_every_event_saved_in_order_as_json_that_reads_back(
            @ForAll("histories") SlaContractHistory history) {
        Ports store = emptyStore();
        String id = history.contract().getId().value();
        store.contracts().save(history.contract(), Versioned.NEW, history.events());
        Seq<OutboxMessage> messages = store.outbox().pending(PageRequest.MAX_SIZE);
        assertEquals(history.events(), messages.map(m -> SlaContractJson.readEvent(m.payload()).get()));
        assertEquals(history.events().zipWithIndex().map(e -> new EventId("sla-contract", id, 1, e._2)),
                messages.map(OutboxMessage::id));
    }

    // ---- conflicts ----------------------------------------------------------------------------------------------

    @Test
    void a_contract_never_saved_loads_as_none() {
        assertEquals(Option.none(), emptyStore().contracts().load(SlaContractId.of("SLA-nowhere")));
    }

    @Test
    void a_stale_save_is_a_conflict_naming_both_versions_and_writes_nothing() {
        Ports store = emptyStore();
        Changed<SlaContract, SlaContractEvent> drafted = drafted("SLA-1", OWNER, SlaContractGenerators.YEAR_2026);
        store.contracts().save(drafted, Versioned.NEW);
        Changed<SlaContract, SlaContractEvent> first = drafted.state()
                .addCircuit(SlaContractGenerators.DDN, SlaContractGenerators.AT).get();
        Changed<SlaContract, SlaContractEvent> second = drafted.state()
                .addCircuit(SlaContractGenerators.LEASED, SlaContractGenerators.AT).get();
        assertEquals(Either.right(2L), store.contracts().save(first, 1));
        int pending = store.outbox().pending(PageRequest.MAX_SIZE).size();

        assertEquals(Either.left(new SaveConflict("sla-contract", "SLA-1", 1, 2)), store.contracts().save(second, 1));
        assertEquals(new Versioned<>(first.state(), 2), store.contracts().load(SlaContractId.of("SLA-1")).get());
        assertEquals(pending, store.outbox().pending(PageRequest.MAX_SIZE).size());
    }

    @Test
    void drafting_a_contract_that_exists_is_a_conflict() {
        Ports store = emptyStore();
        store.contracts().save(drafted("SLA-1", OWNER, SlaContractGenerators.YEAR_2026), Versioned.NEW);
        assertEquals(Either.left(new SaveConflict("sla-contract", "SLA-1", 0, 1)), store.contracts()
                .save(drafted("SLA-1", CustomerId.of("C-2"), SlaContractGenerators.YEAR_2026), Versioned.NEW));
    }

    // ---- queries ------------------------------------------------------------------------------------------------

    @Test
    void contracts_by_customer_page_through_every_contract_of_that_customer_in_id_order() {
        Ports store = emptyStore();
        List<String> mine = List.range(0, 7).map(i -> String.format("SLA-%02d", i));
        mine.reverse().forEach(id -> store.contracts().save(drafted(id, OWNER, SlaContractGenerators.YEAR_2026),
                Versioned.NEW));
        store.contracts().save(drafted("SLA-other", CustomerId.of("C-2"), SlaContractGenerators.YEAR_2026),
                Versioned.NEW);
        assertEquals(mine, ids(Pages.all(page -> store.contracts().byCustomer(OWNER, page), 3)));
    }

    @Test
    void contracts_in_force_on_a_date_are_the_signed_ones_covering_it() {
        Ports store = emptyStore();
        ValidityPeriod firstHalf = new ValidityPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));
        store.contracts().save(signed("SLA-a", OWNER, SlaContractGenerators.YEAR_2026), Versioned.NEW);
        store.contracts().save(signed("SLA-b", CustomerId.of("C-2"), firstHalf), Versioned.NEW);
        store.contracts().save(drafted("SLA-c", OWNER, SlaContractGenerators.YEAR_2026), Versioned.NEW);
        Changed<SlaContract, SlaContractEvent> terminated = signed("SLA-d", OWNER, SlaContractGenerators.YEAR_2026);
        store.contracts().save(Changed.of(terminated.state().terminate(LocalDate.of(2026, 3, 31), "ended",
                SlaContractGenerators.AT).get().state(), List.empty()), Versioned.NEW);

        assertEquals(List.of("SLA-a", "SLA-b", "SLA-d"),
                ids(Pages.all(page -> store.contracts().inForceOn(LocalDate.of(2026, 3, 1), page), 2)));
        assertEquals(List.of("SLA-a", "SLA-b"),
                ids(Pages.all(page -> store.contracts().inForceOn(LocalDate.of(2026, 4, 1), page), 2)));
        assertEquals(List.of("SLA-a"),
                ids(Pages.all(page -> store.contracts().inForceOn(LocalDate.of(2026, 7, 1), page), 2)));
        assertTrue(store.contracts().inForceOn(LocalDate.of(2027, 1, 1), PageRequest.first(5)).items().isEmpty());
    }

    // ---- transactions -------------------------------------------------------------------------------------------

    @Test
    void a_transaction_that_ends_in_a_left_leaves_neither_the_change_nor_its_events() {
        Ports store = emptyStore();
        Either<String, Long> result = store.transactions().inTransaction(() -> {
            store.contracts().save(signed("SLA-1", OWNER, SlaContractGenerators.YEAR_2026), Versioned.NEW);
            return Either.left("rolled back");
        });
        assertEquals(Either.left("rolled back"), result);
        assertEquals(Option.none(), store.contracts().load(SlaContractId.of("SLA-1")));
        assertTrue(store.outbox().pending(10).isEmpty());
        assertTrue(store.contracts().byCustomer(OWNER, PageRequest.first(5)).items().isEmpty());
    }
}
