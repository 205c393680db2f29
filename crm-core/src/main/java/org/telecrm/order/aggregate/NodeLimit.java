package org.telecrm.order.aggregate;

import org.jmolecules.ddd.annotation.ValueObject;
import org.telecrm.order.clock.TimeLimit;

import java.util.Objects;

/**
 * The time limit on leaving a node: the limit, where it is measured from, and where the number comes from.
 *
 * <pre>{@code
 * new NodeLimit(new TimeLimit.WorkingDays(3), Anchor.NODE_ENTRY, "delivery: rules.md §4");
 * }</pre>
 */
@ValueObject
public record NodeLimit(TimeLimit limit, Anchor from, String source) {

    public NodeLimit {
        Objects.requireNonNull(limit, "limit");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(source, "source");
    }

    public String describe() {
        return limit.describe() + " from " + from.name().toLowerCase().replace('_', ' ') + " (" + source + ")";
    }
}
