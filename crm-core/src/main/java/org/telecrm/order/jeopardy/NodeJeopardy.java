package org.telecrm.order.jeopardy;

import org.jmolecules.ddd.annotation.ValueObject;
import org.telecrm.order.aggregate.Node;
import org.telecrm.order.aggregate.NodeLimit;
import org.telecrm.order.aggregate.ResponsibleParty;
import org.telecrm.order.aggregate.ServiceOrderId;
import org.telecrm.order.clock.ClockReading;

import java.util.Objects;

/**
 * An order whose current node is overdue or at risk: the node, who answers for it, its limit and the reading.
 *
 * <pre>{@code
 * j.describe();
 * // "SO-1 IN_PROGRESS OVERDUE: 7 of 6 working days used, due 2026-03-10; limit 6 working days from acceptance
 * //  (SLA terms in force at acceptance); responsible S-101 (Futian network operations)"
 * }</pre>
 */
@ValueObject
public record NodeJeopardy(ServiceOrderId order, Node node, JeopardyStatus status, ClockReading reading, NodeLimit limit,
                           ResponsibleParty party) {

    public NodeJeopardy {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reading, "reading");
        Objects.requireNonNull(limit, "limit");
        Objects.requireNonNull(party, "party");
    }

    public String describe() {
        return order + " " + node + " " + status + ": " + reading.describe() + "; limit " + limit.describe()
                + "; responsible " + party;
    }
}
