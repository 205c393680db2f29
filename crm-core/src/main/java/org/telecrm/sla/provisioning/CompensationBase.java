package org.telecrm.sla.provisioning;

/** Interpretation setting: the one-time fee that the compensation rate and the cap apply to. */
public enum CompensationBase {
    /** rules.md section 5 default: the one-time fee actually charged (after the class uplift). */
    CHARGED_FEE,
    /** The standard one-time fee, before the class uplift. */
    STANDARD_FEE
}
