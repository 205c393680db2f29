package org.telecrm.persistence.access;

import org.telecrm.privacy.access.Requester;

import java.time.Instant;
import java.util.Objects;

/**
 * Who asks, why, and when: what every scoped access carries into the audit trail. The time comes from the host, as
 * everywhere in the library.
 *
 * @param who the requester
 * @param why the reason, in the host's words (a ticket, a complaint number, a task); not blank
 * @param at  when
 */
public record AccessRequest(Requester who, String why, Instant at) {

    public AccessRequest {
        Objects.requireNonNull(who, "who");
        Objects.requireNonNull(why, "why");
        Objects.requireNonNull(at, "at");
        if (why.isBlank()) {
            throw new IllegalArgumentException("an access to personal data says why, was blank");
        }
    }
}
