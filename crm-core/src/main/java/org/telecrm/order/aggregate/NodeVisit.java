package org.telecrm.order.aggregate;

import io.vavr.control.Option;
import org.jmolecules.ddd.annotation.ValueObject;

import java.time.Instant;
import java.util.Objects;

/**
 * One stay of an order in a node: who answered for it, when it was entered and, once left, when it was left
 * (never before it was entered).
 *
 * @param node    the node
 * @param party   the department and person responsible while in it
 * @param entered when the order entered it
 * @param left    when the order left it; none while it is the current node
 */
@ValueObject
public record NodeVisit(Node node, ResponsibleParty party, Instant entered, Option<Instant> left) {

    public NodeVisit {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(entered, "entered");
        Objects.requireNonNull(left, "left");
        if (left.exists(l -> l.isBefore(entered))) {
            throw new IllegalArgumentException(node + " left at " + left.get() + " before it was entered at " + entered);
        }
    }

    NodeVisit leftAt(Instant at) {
        return new NodeVisit(node, party, entered, Option.some(at));
    }
}
