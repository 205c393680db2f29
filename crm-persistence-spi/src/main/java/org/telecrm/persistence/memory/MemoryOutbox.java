package org.telecrm.persistence.memory;

import io.vavr.Tuple2;
import io.vavr.Tuple;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeMap;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.telecrm.persistence.outbox.EventId;
import org.telecrm.persistence.outbox.Outbox;
import org.telecrm.persistence.outbox.OutboxMessage;

import java.util.Objects;

/** The in-memory store's outbox: pending messages in commit order. */
final class MemoryOutbox implements Outbox {

    private final InMemoryStorage store;

    MemoryOutbox(InMemoryStorage store) {
        this.store = store;
    }

    @Override
    public Seq<OutboxMessage> pending(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be 1 or more, was " + limit);
        }
        return store.read().pending().values().take(limit).toList();
    }

    @Override
    public void markDelivered(Seq<EventId> ids) {
        Objects.requireNonNull(ids, "ids");
        store.write(state -> {
            TreeMap<Long, OutboxMessage> pending = state.pending();
            Map<EventId, Long> positions = state.pendingPositions();
            for (EventId id : ids) {
                Option<Long> position = positions.get(id);
                if (position.isDefined()) {
                    pending = pending.remove(position.get());
                    positions = positions.remove(id);
                }
            }
            return Either.<Void, Tuple2<InMemoryStorage.State, Boolean>>right(Tuple.of(state.withPending(pending, positions), true));
        });
    }
}
