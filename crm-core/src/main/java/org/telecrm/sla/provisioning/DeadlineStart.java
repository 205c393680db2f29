package org.telecrm.sla.provisioning;

/** Interpretation setting: from which day the provisioning deadline's working days are counted. */
public enum DeadlineStart {
    /** rules.md section 5 default: the deadline is the N-th working day after the acceptance date. */
    DAY_AFTER_ACCEPTANCE,
    /** The acceptance day itself is the first working day of the deadline when it is a working day. */
    ACCEPTANCE_DAY
}
