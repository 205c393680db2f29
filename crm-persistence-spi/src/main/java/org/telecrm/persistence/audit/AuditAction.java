package org.telecrm.persistence.audit;

/** What was done with personal data. */
public enum AuditAction {
    /** Read, masked where it is personal. */
    READ,
    /** Changed (saved). */
    CHANGE,
    /** A full number shown unmasked, on an explicit request. */
    REVEAL
}
