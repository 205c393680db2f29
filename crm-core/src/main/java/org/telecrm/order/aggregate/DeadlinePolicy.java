package org.telecrm.order.aggregate;

import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import org.jmolecules.ddd.annotation.ValueObject;

import java.time.Duration;
import java.util.Objects;

/**
 * How the deadline review ({@link ServiceOrder#reviewLimits}) watches each node's time limit: a warning point and an
 * escalation chain per node, with one for the nodes not named. The shape comes from rules.md section 7 (time limits
 * per node that are monitored, responsibility matched to each node: the responsible department first, then its
 * supervisor, then service supervision); <b>the numbers of {@link #sample()} are library sample defaults, not from
 * the sources</b>: a host or a contract sets its own with {@link #with}.
 *
 * <pre>{@code
 * DeadlinePolicy policy = DeadlinePolicy.sample()
 *         .with(Node.DISPATCHED, new NodeAlerting(new WarningPoint.BeforeLimit(Duration.ofMinutes(15)), List.empty()));
 * policy.of(Node.IN_PROGRESS).warning().describe();   // "at 80% of the limit"
 * }</pre>
 *
 * @param perNode   the nodes watched their own way
 * @param otherwise every other node
 */
@ValueObject
public record DeadlinePolicy(Map<Node, NodeAlerting> perNode, NodeAlerting otherwise) {

    /** Library sample default: warn at 80% of the limit. */
    public static final WarningPoint SAMPLE_WARNING = new WarningPoint.FractionOfLimit(80);
    /** Library sample default: the responsible department hears of the violation at once. */
    public static final EscalationStep SAMPLE_TO_DEPARTMENT =
            new EscalationStep(DeadlineStage.ESCALATED_TO_DEPARTMENT, Duration.ZERO, "library sample");
    /** Library sample default: its supervisor 2 hours later. */
    public static final EscalationStep SAMPLE_TO_SUPERVISOR =
            new EscalationStep(DeadlineStage.ESCALATED_TO_SUPERVISOR, Duration.ofHours(2), "library sample");
    /** Library sample default: service supervision 24 hours after the limit. */
    public static final EscalationStep SAMPLE_TO_SERVICE_SUPERVISION =
            new EscalationStep(DeadlineStage.ESCALATED_TO_SERVICE_SUPERVISION, Duration.ofHours(24), "library sample");

    private static final DeadlinePolicy SAMPLE = new DeadlinePolicy(HashMap.empty(), new NodeAlerting(SAMPLE_WARNING,
            List.of(SAMPLE_TO_DEPARTMENT, SAMPLE_TO_SUPERVISOR, SAMPLE_TO_SERVICE_SUPERVISION)));

    public DeadlinePolicy {
        Objects.requireNonNull(perNode, "perNode");
        Objects.requireNonNull(otherwise, "otherwise");
    }

    /** Every node: warning at 80%, then department at the limit, supervisor 2 h and service supervision 24 h after. */
    public static DeadlinePolicy sample() {
        return SAMPLE;
    }

    /** This policy with {@code node} watched as {@code alerting}. */
    public DeadlinePolicy with(Node node, NodeAlerting alerting) {
        return new DeadlinePolicy(perNode.put(node, alerting), otherwise);
    }

    public NodeAlerting of(Node node) {
        return perNode.get(node).getOrElse(otherwise);
    }
}
