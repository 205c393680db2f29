package org.telecrm.order.aggregate;

import io.vavr.collection.Map;
import io.vavr.control.Option;
import org.jmolecules.ddd.annotation.ValueObject;

import java.util.Objects;

/**
 * The time limits an order copied at acceptance, per node, and whether it passes DELIVERED.
 *
 * @param limits   the limit on leaving each node that has one
 * @param delivery whether the order passes DELIVERED (provisioning for a key account's headquarters)
 */
@ValueObject
public record NodeLimits(Map<Node, NodeLimit> limits, boolean delivery) {

    public NodeLimits {
        Objects.requireNonNull(limits, "limits");
        if (!delivery && limits.containsKey(Node.DELIVERED)) {
            throw new IllegalArgumentException("a limit for DELIVERED needs an order that passes it");
        }
    }

    public Option<NodeLimit> of(Node node) {
        return limits.get(node);
    }
}
