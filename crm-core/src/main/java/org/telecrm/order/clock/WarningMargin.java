package org.telecrm.order.clock;

import org.jmolecules.ddd.annotation.ValueObject;

import java.time.Duration;
import java.util.Objects;

/**
 * How early a node counts as at risk: within {@code clockTime} of a clock-time limit, or within {@code workingDays}
 * of a working-day limit.
 *
 * <pre>{@code
 * WarningMargin.LIBRARY_DEFAULT;                              // 1 working day, 30 min
 * new WarningMargin(2, Duration.ofHours(1));
 * }</pre>
 *
 * @param workingDays not negative
 * @param clockTime   not negative
 */
@ValueObject
public record WarningMargin(int workingDays, Duration clockTime) {

    /**
     * Library default, not from the sources: at risk on the due day of a working-day limit (one working day left)
     * and in the last 30 minutes of a clock-time limit (the shortest sample star response target is 15 min).
     */
    public static final WarningMargin LIBRARY_DEFAULT = new WarningMargin(1, Duration.ofMinutes(30));

    public WarningMargin {
        Objects.requireNonNull(clockTime, "clockTime");
        if (workingDays < 0 || clockTime.isNegative()) {
            throw new IllegalArgumentException("a warning margin is not negative, was " + workingDays + " working days, " + clockTime);
        }
    }
}
