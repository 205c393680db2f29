package org.telecrm.order.aggregate;

import org.jmolecules.ddd.annotation.ValueObject;

import java.time.Duration;
import java.util.Objects;

/**
 * How long after it was closed a fault that comes back reopens the same order (its clock continuing, counted against
 * the restoration figures) instead of a new one.
 *
 * <pre>{@code
 * order.reopen(lines, StaffId.of("S-101"), at, "the same circuit drops again", ReopenWindow.SAMPLE);
 * }</pre>
 *
 * @param within positive
 */
@ValueObject
public record ReopenWindow(Duration within) {

    /** Library sample default (issue 15's sample, not from the sources): 7 days after the close. */
    public static final ReopenWindow SAMPLE = new ReopenWindow(Duration.ofDays(7));

    public ReopenWindow {
        Objects.requireNonNull(within, "within");
        if (within.isNegative() || within.isZero()) {
            throw new IllegalArgumentException("a reopen window is positive, was " + within);
        }
    }
}
