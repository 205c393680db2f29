package org.telecrm.order.jeopardy;

/** How an order's current node stands against its time limit. */
public enum JeopardyStatus {
    /** Past its limit, net of pauses, and not left. */
    OVERDUE,
    /** Not overdue, but will be once the warning margin has passed. */
    AT_RISK
}
