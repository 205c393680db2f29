package org.telecrm.order.aggregate;

import io.vavr.collection.List;
import io.vavr.collection.Seq;

/**
 * The nodes of a service order's flow (issue 6, rules.md section 7):
 * <pre>
 * ACCEPTED -> DISPATCHED -> IN_PROGRESS -> COMPLETED -> [DELIVERED] -> RETURN_VISITED -> CLOSED
 *        any open node -> CANCELLED
 * </pre>
 * and, against the flow, each by its own command ({@link Setback}): rework to IN_PROGRESS, a closed fault reopened
 * to IN_PROGRESS, REJECTED before work starts, FAILED.
 * {@code DELIVERED} is passed by, and only by, a provisioning order for a key account's headquarters.
 * {@code CLOSED} and {@code CANCELLED} are terminal.
 *
 * <pre>{@code
 * Node.ACCEPTED.next(false);   // [DISPATCHED, CANCELLED]
 * }</pre>
 */
public enum Node {
    ACCEPTED, DISPATCHED, IN_PROGRESS, COMPLETED, DELIVERED, RETURN_VISITED, CLOSED, CANCELLED,
    /** Refused before work started ({@link Setback#REJECT}); final. */
    REJECTED,
    /** The work could not be done ({@link Setback#FAIL}); final. */
    FAILED;

    /** Whether the order is finished here; a closed fault may still be reopened ({@link Setback#REOPEN}). */
    public boolean isTerminal() {
        return this == CLOSED || this == CANCELLED || this == REJECTED || this == FAILED;
    }

    /** The nodes an order in this node may move to; {@code delivery}: whether the order passes DELIVERED. */
    public Seq<Node> next(boolean delivery) {
        Seq<Node> forward = switch (this) {
            case ACCEPTED -> List.of(DISPATCHED);
            case DISPATCHED -> List.of(IN_PROGRESS);
            case IN_PROGRESS -> List.of(COMPLETED);
            case COMPLETED -> List.of(delivery ? DELIVERED : RETURN_VISITED);
            case DELIVERED -> List.of(RETURN_VISITED);
            case RETURN_VISITED -> List.of(CLOSED);
            case CLOSED, CANCELLED, REJECTED, FAILED -> List.empty();
        };
        return isTerminal() ? forward : forward.append(CANCELLED);
    }
}
