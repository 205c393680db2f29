package org.telecrm.order.aggregate;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.jmolecules.ddd.annotation.ValueObject;

import java.util.Objects;

/**
 * How one node's time limit is watched: its warning point and its escalation chain, steps in order, each at least as
 * late as the one before, no stage twice.
 *
 * <pre>{@code
 * new NodeAlerting(new WarningPoint.FractionOfLimit(80), List.of(
 *         new EscalationStep(DeadlineStage.ESCALATED_TO_DEPARTMENT, Duration.ZERO, "library sample"),
 *         new EscalationStep(DeadlineStage.ESCALATED_TO_SUPERVISOR, Duration.ofHours(2), "library sample")));
 * }</pre>
 */
@ValueObject
public record NodeAlerting(WarningPoint warning, Seq<EscalationStep> chain) {

    public NodeAlerting {
        Objects.requireNonNull(warning, "warning");
        chain = List.ofAll(Objects.requireNonNull(chain, "chain"));
        for (int i = 1; i < chain.size(); i++) {
            if (chain.get(i).after().compareTo(chain.get(i - 1).after()) < 0) {
                throw new IllegalArgumentException("escalation steps come in order of their delay: " + chain.get(i).describe()
                        + " is before " + chain.get(i - 1).describe());
            }
        }
        if (chain.map(EscalationStep::to).distinct().size() != chain.size()) {
            throw new IllegalArgumentException("an escalation chain names each stage once: " + chain.map(EscalationStep::to));
        }
    }
}
