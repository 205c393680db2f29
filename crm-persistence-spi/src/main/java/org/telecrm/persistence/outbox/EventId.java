package org.telecrm.persistence.outbox;

import java.util.Objects;

/**
 * The stable identifier of a stored domain event: the aggregate's type and id, the version its change was saved
 * as, and the event's index among that change's events. It is deterministic, so a retried save of the same change
 * yields the same ids, and a consumer that receives an event twice (delivery is at-least-once) recognises it.
 *
 * <pre>{@code
 * EventId id = new EventId("account", "A-1", 4, 0);
 * id.value();   // "account/A-1/4/0"
 * }</pre>
 *
 * @param aggregateType the stable type name, e.g. {@code "account"}
 * @param aggregateId   the aggregate's identifier, as text
 * @param version       the version the change was saved as (1 for the creation)
 * @param index         the event's position among the change's events, from 0
 */
public record EventId(String aggregateType, String aggregateId, long version, int index)
        implements Comparable<EventId> {

    public EventId {
        Objects.requireNonNull(aggregateType, "aggregateType");
        Objects.requireNonNull(aggregateId, "aggregateId");
        if (version < 1 || index < 0) {
            throw new IllegalArgumentException("version is 1 or more and index 0 or more, were " + version
                    + " and " + index);
        }
    }

    /** The id as one string, {@code type/id/version/index}: what a consumer keeps to de-duplicate. */
    public String value() {
        return aggregateType + "/" + aggregateId + "/" + version + "/" + index;
    }

    @Override
    public int compareTo(EventId other) {
        int c = aggregateType.compareTo(other.aggregateType);
        c = c != 0 ? c : aggregateId.compareTo(other.aggregateId);
        c = c != 0 ? c : Long.compare(version, other.version);
        return c != 0 ? c : Integer.compare(index, other.index);
    }

    @Override
    public String toString() {
        return value();
    }
}
