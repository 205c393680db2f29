package org.telecrm.persistence.memory;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.telecrm.customer.CustomerId;
import org.telecrm.persistence.SaveConflict;
import org.telecrm.persistence.Versioned;
import org.telecrm.persistence.json.PurposeRegisterJson;
import org.telecrm.persistence.purposes.PurposeRegisters;
import org.telecrm.privacy.purpose.PurposeEvent;
import org.telecrm.privacy.purpose.PurposeRegister;

import java.util.Objects;

/** Registers are kept by customer id. */
final class MemoryPurposes implements PurposeRegisters {

    private final InMemoryStorage store;

    MemoryPurposes(InMemoryStorage store) {
        this.store = store;
    }

    @Override
    public Option<Versioned<PurposeRegister>> load(CustomerId customer) {
        return store.read().purposes().get(Objects.requireNonNull(customer, "customer").value());
    }

    @Override
    public Either<SaveConflict, Long> save(PurposeRegister register, long expectedVersion,
                                           Seq<PurposeEvent> events) {
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(events, "events");
        return store.write(state -> InMemoryStorage.saveKeyed(state, TYPE, register.getId().value(), register, expectedVersion,
                InMemoryStorage.State::purposes, InMemoryStorage.State::withPurposes,
                version -> PurposeRegisterJson.outboxMessages(register.getId(), version, events)));
    }
}
