package org.telecrm.order.clock;

import java.time.Instant;

/**
 * Why a pause could not be recorded. {@link #message()} says what and where.
 *
 * <pre>{@code
 * ledger.end(at, staff).getLeft().message();   // "pauses: no pause is open to end at 2026-03-04T01:00:00Z"
 * }</pre>
 */
public sealed interface ClockError {

    String message();

    /** A pause is open already; pauses never overlap. */
    record AlreadyPaused(Instant openSince, Instant at) implements ClockError {
        public String message() {
            return "pauses: a pause is open since " + openSince + ", so no new pause can start at " + at;
        }
    }

    /** No pause is open to end. */
    record NotPaused(Instant at) implements ClockError {
        public String message() {
            return "pauses: no pause is open to end at " + at;
        }
    }

    /** The new pause would start before the previous one ended, or the end is before the start. */
    record OutOfOrder(String field, Instant at, Instant notBefore) implements ClockError {
        public String message() {
            return "pauses: " + field + " " + at + " is before " + notBefore + "; pauses never overlap and never end before they start";
        }
    }
}
