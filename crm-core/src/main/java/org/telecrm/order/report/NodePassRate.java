package org.telecrm.order.report;

import org.jmolecules.ddd.annotation.ValueObject;
import org.telecrm.order.aggregate.DepartmentId;
import org.telecrm.order.aggregate.Node;

import java.util.Objects;

/**
 * The internal back-end SLA assessment (内部前后端SLA考核, rules.md section 7) of one department in one node: of the
 * stays measured in the month, how many ended within the node's time limit.
 *
 * @param department  the responsible department
 * @param node        the node
 * @param measured    stays left in the month, plus stays still open and already overdue at the end of it
 * @param withinLimit of them, those within the limit
 */
@ValueObject
public record NodePassRate(DepartmentId department, Node node, int measured, int withinLimit) {

    public NodePassRate {
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(node, "node");
        if (withinLimit < 0 || withinLimit > measured) {
            throw new IllegalArgumentException("within limit " + withinLimit + " of " + measured + " measured");
        }
    }

    /** The pass rate as a percentage with two decimals, rounded half-up ({@link Percent}). */
    public String passRate() {
        return Percent.of(withinLimit, measured);
    }
}
