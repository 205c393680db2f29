package org.telecrm.persistence.outbox;

import java.time.Instant;
import java.util.Objects;

/**
 * One domain event as the outbox stores it: its id, its stable type name, when it occurred, and its JSON (as the
 * {@code org.telecrm.persistence.json} mapping writes it, so a relay forwards it without knowing the domain types).
 *
 * <pre>{@code
 * OutboxMessage m = outbox.pending(10).head();
 * m.id().value();   // "account/A-1/2/0"
 * m.type();         // "account.PaymentPosted"
 * m.payload();      // {"schemaVersion":1,"type":"PaymentPosted","account":"A-1",...}
 * }</pre>
 *
 * @param id         the event's stable identifier
 * @param type       the event's stable type name, {@code aggregateType.EventName}
 * @param occurredAt when it happened
 * @param payload    the event as JSON
 */
public record OutboxMessage(EventId id, String type, Instant occurredAt, String payload) {

    public OutboxMessage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(payload, "payload");
    }
}
