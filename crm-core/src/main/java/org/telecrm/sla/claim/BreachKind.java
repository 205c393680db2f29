package org.telecrm.sla.claim;

/** The kinds of SLA breach a claim can be raised for (rules.md section 5). */
public enum BreachKind {
    /** A circuit opened after its provisioning deadline (进网服务保证). */
    LATE_PROVISIONING,
    /** A circuit's month below its quality level's availability target, or over its time limits (质量保证). */
    QUALITY,
    /**
     * A circuit's month with more measurement windows (latency, packet loss, jitter) above its quality level's limits
     * than the level allows (质量保证: measurable commitments).
     */
    MEASURED
}
