package org.telecrm.persistence.tck;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.telecrm.persistence.PageRequest;
import org.telecrm.persistence.outbox.Outbox;
import org.telecrm.persistence.outbox.OutboxMessage;

/**
 * What a relay does with an outbox, for the kit's tests: read every pending message, a batch at a time, marking each
 * batch delivered, so that a test sees more messages than one {@link Outbox#pending} call returns.
 *
 * <pre>{@code
 * Seq<OutboxMessage> forwarded = Relay.drain(store.outbox());   // oldest first; nothing is pending afterwards
 * }</pre>
 */
public final class Relay {

    private Relay() {
    }

    /** Every pending message, oldest first, each batch marked delivered once read. */
    public static Seq<OutboxMessage> drain(Outbox outbox) {
        List<OutboxMessage> all = List.empty();
        for (Seq<OutboxMessage> batch = outbox.pending(PageRequest.MAX_SIZE); batch.nonEmpty();
             batch = outbox.pending(PageRequest.MAX_SIZE)) {
            all = all.appendAll(batch);
            outbox.markDelivered(batch.map(OutboxMessage::id));
        }
        return all;
    }
}
