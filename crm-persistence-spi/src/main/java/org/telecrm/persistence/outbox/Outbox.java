package org.telecrm.persistence.outbox;

import io.vavr.collection.Seq;

/**
 * The relay's side of the outbox. The storage ports append each saved change's events to it in the same
 * transaction as the change; a relay reads the undelivered ones, oldest first ({@link #pending} says exactly what
 * order), forwards them, then marks them delivered. A relay that crashes between forwarding and marking forwards them again: delivery is
 * at-least-once, and consumers de-duplicate by {@link EventId}.
 *
 * <pre>{@code
 * Seq<OutboxMessage> batch = outbox.pending(100);
 * batch.forEach(broker::publish);
 * outbox.markDelivered(batch.map(OutboxMessage::id));
 * }</pre>
 */
public interface Outbox {

    /**
     * Up to {@code limit} undelivered messages, oldest first: the messages of one aggregate in the order of its
     * versions, a change's messages in the order of its events, and the changes of transactions that did not overlap
     * in the order they committed. Changes of different aggregates saved by transactions that ran at the same time
     * may come in either order (a database adapter numbers messages as they are written, not as they commit; the
     * embedded default has one writer at a time, so its order is the commit order). None is ever skipped: a message
     * stays pending until it is marked delivered.
     */
    Seq<OutboxMessage> pending(int limit);

    /** Marks these messages delivered, so {@link #pending} no longer returns them; unknown or repeated ids are ignored. */
    void markDelivered(Seq<EventId> ids);
}
