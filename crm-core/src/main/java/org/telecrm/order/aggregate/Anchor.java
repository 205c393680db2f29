package org.telecrm.order.aggregate;

/** Where a node's time limit is measured from. */
public enum Anchor {
    /** From when the order entered the node (e.g. dispatch within 2 h of acceptance, delivery after completion). */
    NODE_ENTRY,
    /** From the order's acceptance (the provisioning deadline, fault response and restoration). */
    ACCEPTANCE,
    /** From the order's completion (return visits: "after a service is opened / a fault is handled"). */
    COMPLETION
}
