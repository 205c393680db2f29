package org.telecrm.persistence.audit;

import io.vavr.control.Option;
import org.telecrm.privacy.access.DataTier;

import java.time.Instant;
import java.util.Objects;

/**
 * One access to personal data: who, when, what, why, and whether it was refused. It names records (a customer's id,
 * a query's scope), never a personal value.
 *
 * @param at      when (the request's time, from the host)
 * @param who     the requester ({@code Requester.describe()})
 * @param action  read, change or reveal
 * @param target  what: {@code "customer C-1"}, or a refused query's scope ({@code "city 440100"})
 * @param tier    which tier of the data
 * @param why     the reason the requester gave
 * @param refused why it was refused; none when it was allowed
 */
public record AuditRecord(Instant at, String who, AuditAction action, String target, DataTier tier, String why,
                          Option<String> refused) {

    public AuditRecord {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(who, "who");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(why, "why");
        Objects.requireNonNull(refused, "refused");
    }

    public boolean allowed() {
        return refused.isEmpty();
    }
}
