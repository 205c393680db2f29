package org.telecrm.persistence.memory;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.telecrm.order.outage.MassOutage;
import org.telecrm.order.outage.MassOutageEvent;
import org.telecrm.order.outage.MassOutageId;
import org.telecrm.persistence.Page;
import org.telecrm.persistence.PageRequest;
import org.telecrm.persistence.SaveConflict;
import org.telecrm.persistence.Versioned;
import org.telecrm.persistence.json.MassOutageJson;
import org.telecrm.persistence.outages.MassOutages;

import java.util.Objects;

/** Outages are kept by id in order; the query scans them and pages the matches. */
final class MemoryOutages implements MassOutages {

    private final InMemoryStorage store;

    MemoryOutages(InMemoryStorage store) {
        this.store = store;
    }

    @Override
    public Option<Versioned<MassOutage>> load(MassOutageId id) {
        return store.read().outages().get(Objects.requireNonNull(id, "id").value());
    }

    @Override
    public Either<SaveConflict, Long> save(MassOutage outage, long expectedVersion, Seq<MassOutageEvent> events) {
        Objects.requireNonNull(outage, "outage");
        Objects.requireNonNull(events, "events");
        return store.write(state -> InMemoryStorage.saveKeyed(state, TYPE, outage.getId().value(), outage,
                expectedVersion, InMemoryStorage.State::outages, InMemoryStorage.State::withOutages,
                version -> MassOutageJson.outboxMessages(outage.getId(), version, events)));
    }

    @Override
    public Page<Versioned<MassOutage>> unrestored(PageRequest page) {
        return InMemoryStorage.where(store.read().outages(), o -> o.restoredAt().isEmpty(), page, o -> o.getId().value());
    }
}
