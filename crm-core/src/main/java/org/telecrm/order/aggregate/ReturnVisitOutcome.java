package org.telecrm.order.aggregate;

/**
 * What the customer said on the return visit (回访, rules.md section 4). A dissatisfied visit is escalated to the
 * account manager, who leads the follow-up.
 */
public enum ReturnVisitOutcome {
    SATISFIED, DISSATISFIED
}
