package org.telecrm.order.dispatch;

import io.vavr.control.Option;
import org.jmolecules.ddd.annotation.ValueObject;
import org.telecrm.customer.star.StarLevel;
import org.telecrm.order.OrderKind;

import java.time.Instant;
import java.util.Objects;

/**
 * One item of a dispatch queue: what the dispatch order needs to know of a work order. Its age is told by when it
 * was received: the earlier, the older; no clock is read.
 *
 * <pre>{@code
 * WorkItem fault = WorkItem.forKeyAccount(WorkItemId.of("F-1"), StarLevel.FIVE_STARS, OrderKind.FAULT_REPORT,
 *         Instant.parse("2026-06-01T08:00:00Z"));
 * WorkItem other = WorkItem.forOtherCustomer(WorkItemId.of("F-2"), OrderKind.FAULT_REPORT,
 *         Instant.parse("2026-06-01T07:00:00Z"));
 * }</pre>
 *
 * @param id         the item's identifier
 * @param star       the customer's star level; none for a customer that is not a key account
 * @param kind       the kind of work order
 * @param receivedAt when the order was received
 */
@ValueObject
public record WorkItem(WorkItemId id, Option<StarLevel> star, OrderKind kind, Instant receivedAt) {

    public WorkItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(star, "star");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }

    public static WorkItem forKeyAccount(WorkItemId id, StarLevel star, OrderKind kind, Instant receivedAt) {
        return new WorkItem(id, Option.some(Objects.requireNonNull(star, "star")), kind, receivedAt);
    }

    public static WorkItem forOtherCustomer(WorkItemId id, OrderKind kind, Instant receivedAt) {
        return new WorkItem(id, Option.none(), kind, receivedAt);
    }
}
