package org.telecrm.persistence.memory;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.telecrm.customer.CustomerId;
import org.telecrm.persistence.Page;
import org.telecrm.persistence.PageRequest;
import org.telecrm.persistence.SaveConflict;
import org.telecrm.persistence.Versioned;
import org.telecrm.persistence.contracts.SlaContracts;
import org.telecrm.persistence.json.SlaContractJson;
import org.telecrm.sla.SlaContractId;
import org.telecrm.sla.contract.SlaContract;
import org.telecrm.sla.contract.SlaContractEvent;

import java.time.LocalDate;
import java.util.Objects;

/** Contracts are kept by id in order; the queries scan them and page the matches. */
final class MemoryContracts implements SlaContracts {

    private final InMemoryStorage store;

    MemoryContracts(InMemoryStorage store) {
        this.store = store;
    }

    @Override
    public Option<Versioned<SlaContract>> load(SlaContractId id) {
        return store.read().contracts().get(Objects.requireNonNull(id, "id").value());
    }

    @Override
    public Either<SaveConflict, Long> save(SlaContract contract, long expectedVersion,
                                           Seq<SlaContractEvent> events) {
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(events, "events");
        return store.write(state -> InMemoryStorage.saveKeyed(state, TYPE, contract.getId().value(), contract, expectedVersion,
                InMemoryStorage.State::contracts, InMemoryStorage.State::withContracts,
                version -> SlaContractJson.outboxMessages(contract.getId(), version, events)));
    }

    @Override
    public Page<Versioned<SlaContract>> byCustomer(CustomerId customer, PageRequest page) {
        Objects.requireNonNull(customer, "customer");
        return InMemoryStorage.where(store.read().contracts(), c -> c.customer().equals(customer), page, c -> c.getId().value());
    }

    @Override
    public Page<Versioned<SlaContract>> inForceOn(LocalDate day, PageRequest page) {
        Objects.requireNonNull(day, "day");
        return InMemoryStorage.where(store.read().contracts(), c -> c.covers(day), page, c -> c.getId().value());
    }
}
