package org.telecrm.order.aggregate;

import org.jmolecules.ddd.annotation.ValueObject;

import java.time.Duration;
import java.util.Objects;

/**
 * One step of a node's escalation chain: to whom ({@link DeadlineStage#isEscalation an escalation stage}), how long
 * after the limit was passed (net of pauses; for a limit in days, in whole days after the first late day), and where
 * the number comes from.
 *
 * <pre>{@code
 * new EscalationStep(DeadlineStage.ESCALATED_TO_SUPERVISOR, Duration.ofHours(2), "library sample");
 * }</pre>
 *
 * @param after not negative; zero escalates with the violation
 */
@ValueObject
public record EscalationStep(DeadlineStage to, Duration after, String source) {

    public EscalationStep {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(source, "source");
        if (!to.isEscalation()) {
            throw new IllegalArgumentException("an escalation step escalates, " + to + " does not");
        }
        if (after.isNegative()) {
            throw new IllegalArgumentException("an escalation step comes after the violation, was " + after);
        }
    }

    public String describe() {
        return to + " " + after.toMinutes() + " min after the limit (" + source + ")";
    }
}
