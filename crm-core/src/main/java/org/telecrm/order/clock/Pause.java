package org.telecrm.order.clock;

import io.vavr.control.Option;
import org.jmolecules.ddd.annotation.ValueObject;
import org.telecrm.customer.StaffId;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One pause of an order's SLA clock: from {@code start} to {@code end} (none while the pause is open), why, and who
 * recorded its start and its end. An end is never before its start.
 *
 * <pre>{@code
 * Pause p = Pause.open(Instant.parse("2026-03-03T01:00:00Z"), PauseReason.SITE_NOT_READY, StaffId.of("S-1"));
 * p.isOpen();   // true
 * }</pre>
 *
 * @param start      when the clock stopped
 * @param end        when it started again; none while open
 * @param reason     why the order waits on the customer
 * @param recordedBy who recorded the start
 * @param endedBy    who recorded the end; defined exactly when {@code end} is
 */
@ValueObject
public record Pause(Instant start, Option<Instant> end, PauseReason reason, StaffId recordedBy, Option<StaffId> endedBy) {

    public Pause {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(endedBy, "endedBy");
        if (end.isDefined() != endedBy.isDefined()) {
            throw new IllegalArgumentException("a pause's end and who ended it are recorded together");
        }
        if (end.exists(e -> e.isBefore(start))) {
            throw new IllegalArgumentException("pause end " + end.get() + " is before its start " + start);
        }
    }

    public static Pause open(Instant start, PauseReason reason, StaffId recordedBy) {
        return new Pause(start, Option.none(), reason, recordedBy, Option.none());
    }

    public boolean isOpen() {
        return end.isEmpty();
    }

    /** This pause ended at {@code at} by {@code by}. */
    Pause endedAt(Instant at, StaffId by) {
        return new Pause(start, Option.some(at), reason, recordedBy, Option.some(by));
    }

    /** How much of {@code [from, to)} this pause covers; an open pause runs on past {@code to}. */
    public Duration overlap(Instant from, Instant to) {
        Instant a = start.isAfter(from) ? start : from;
        Instant pauseEnd = end.getOrElse(to);
        Instant b = pauseEnd.isBefore(to) ? pauseEnd : to;
        return b.isAfter(a) ? Duration.between(a, b) : Duration.ZERO;
    }
}
