package org.telecrm.persistence.protection;

/**
 * What a store does when the host has a new current key: re-seal, under it, every personal value it holds sealed
 * under another, so that a retired key can be destroyed once a rotation has run. Idempotent: a second run rewrites
 * nothing. Versions do not change (the content is the same) and no event is raised.
 *
 * <pre>{@code
 * // the host's PersonalDataKeys now answer current() = "2026-03", and still hold "2026-02"
 * storage.keyRotation().rotate();     // Rotated[records=1200, messages=310]
 * storage.keyRotation().rotate();     // Rotated[records=0, messages=0]
 * // now "2026-02" may be retired
 * }</pre>
 */
public interface KeyRotation {

    /** Re-seals what is not under the current key; how many stored records and outbox messages it rewrote. */
    Rotated rotate();

    /**
     * What a rotation rewrote.
     *
     * @param records  stored aggregates whose personal values (or identity-document lookup) it re-sealed
     * @param messages outbox messages whose personal values it re-sealed
     */
    record Rotated(long records, long messages) {
    }
}
