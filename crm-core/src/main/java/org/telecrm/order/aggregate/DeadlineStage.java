package org.telecrm.order.aggregate;

/**
 * The stages of a node's time limit that the deadline review announces, in the order they come: the warning point,
 * the violation at the limit, then the steps of the escalation chain (rules.md section 7: each node's time limit
 * monitored, responsibility matched to each node).
 */
public enum DeadlineStage {
    /** The warning point of the node's limit is passed ({@link WarningPoint}). */
    WARNING,
    /** The node's limit is passed: the node is overdue. */
    VIOLATION,
    /** Escalated to the department responsible for the node. */
    ESCALATED_TO_DEPARTMENT,
    /** Escalated to that department's supervisor. */
    ESCALATED_TO_SUPERVISOR,
    /** Escalated to service supervision (服务监督). */
    ESCALATED_TO_SERVICE_SUPERVISION;

    public boolean isEscalation() {
        return ordinal() > VIOLATION.ordinal();
    }
}
