package org.telecrm.sla.provisioning;

/** Interpretation setting: which working days after the deadline count as late. */
public enum LateDayCount {
    /** rules.md section 5 default: working days after the deadline up to and including the completion day. */
    THROUGH_COMPLETION_DAY,
    /** Working days after the deadline before the completion day (the completion day itself is not late). */
    BEFORE_COMPLETION_DAY
}
