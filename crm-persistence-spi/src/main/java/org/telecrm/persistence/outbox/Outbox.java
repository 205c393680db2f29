package org.telecrm.persistence.outbox;

import io.vavr.collection.Seq;

/**
 * The relay's side of the outbox. The storage ports append each saved change's events to it in the same
 * transaction as the change; a relay reads the undelivered ones in the order they were committed, forwards them,
 * then marks them delivered. A relay that crashes between forwarding and marking forwards them again: delivery is
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
     * Up to {@code limit} undelivered messages, oldest first: in commit order, and within one change in the order
     * of its events.
     */
    Seq<OutboxMessage> pending(int limit);

    /** Marks these messages delivered, so {@link #pending} no longer returns them; unknown or repeated ids are ignored. */
    void markDelivered(Seq<EventId> ids);
}
