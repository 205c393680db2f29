package org.telecrm.order.aggregate;

import io.vavr.control.Option;
import org.jmolecules.ddd.annotation.ValueObject;
import org.telecrm.sla.CircuitId;

import java.util.Objects;

/**
 * One circuit of a service order (an order item, issue 15 item 3): it follows the order until it diverges, completed
 * on its own ({@code completion}) while the order is still in progress.
 *
 * <pre>{@code
 * new OrderItem(CircuitId.of("DDN-2"), Option.none());   // follows the order: completed when the order is
 * }</pre>
 *
 * @param completion its own completion, none while it follows the order
 */
@ValueObject
public record OrderItem(CircuitId circuit, Option<ItemCompletion> completion) {

    public OrderItem {
        Objects.requireNonNull(circuit, "circuit");
        Objects.requireNonNull(completion, "completion");
    }

    /** An item that follows the order. */
    public static OrderItem of(CircuitId circuit) {
        return new OrderItem(circuit, Option.none());
    }

    /** Whether it was completed on its own, before the order. */
    public boolean diverged() {
        return completion.isDefined();
    }
}
