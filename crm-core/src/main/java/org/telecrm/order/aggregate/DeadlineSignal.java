package org.telecrm.order.aggregate;

import org.jmolecules.ddd.annotation.ValueObject;

import java.time.Instant;
import java.util.Objects;

/**
 * A stage of a node's time limit that the deadline review has announced, so that it is announced once: which visit
 * ({@code visit}, its index in {@link ServiceOrder#visits()}), its node, the stage, and the review's instant.
 *
 * @param visit the index of the node visit in the order's visits
 */
@ValueObject
public record DeadlineSignal(int visit, Node node, DeadlineStage stage, Instant raisedAt) {

    public DeadlineSignal {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(raisedAt, "raisedAt");
        if (visit < 0) {
            throw new IllegalArgumentException("a visit index is not negative, was " + visit);
        }
    }

    boolean sameAs(int visit, DeadlineStage stage) {
        return this.visit == visit && this.stage == stage;
    }
}
