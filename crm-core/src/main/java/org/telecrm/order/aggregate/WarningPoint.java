package org.telecrm.order.aggregate;

import org.jmolecules.ddd.annotation.ValueObject;
import org.telecrm.order.clock.ClockReading;

import java.time.Duration;
import java.util.Objects;

/**
 * When a node's time limit warns: at a fraction of the limit, or some time before it. A limit counted in days
 * (working or calendar days) reads a time before it in whole days, rounded up, as {@code WarningMargin} does: 30
 * minutes or one day before an 8-day limit both warn on the due day.
 *
 * <pre>{@code
 * new WarningPoint.FractionOfLimit(80).describe();              // "at 80% of the limit"
 * new WarningPoint.BeforeLimit(Duration.ofMinutes(30)).describe(); // "30 min before the limit"
 * }</pre>
 */
public sealed interface WarningPoint {

    /** Whether the reading has reached this point (the limit itself need not be passed). */
    boolean reached(ClockReading reading);

    String describe();

    /**
     * At {@code percent} of the limit used, net of pauses.
     *
     * @param percent between 1 and 99
     */
    @ValueObject
    record FractionOfLimit(int percent) implements WarningPoint {
        public FractionOfLimit {
            if (percent < 1 || percent > 99) {
                throw new IllegalArgumentException("a warning point is 1 to 99% of the limit, was " + percent);
            }
        }

        public boolean reached(ClockReading reading) {
            if (reading instanceof ClockReading.Time time) {
                return time.used().multipliedBy(100).compareTo(time.allowed().multipliedBy(percent)) >= 0;
            }
            return 100L * Readings.usedDays(reading) >= (long) percent * Readings.allowedDays(reading);
        }

        public String describe() {
            return "at " + percent + "% of the limit";
        }
    }

    /**
     * {@code before} the limit, net of pauses; for a limit in days, {@code before} in whole days rounded up.
     *
     * @param before positive
     */
    @ValueObject
    record BeforeLimit(Duration before) implements WarningPoint {
        public BeforeLimit {
            Objects.requireNonNull(before, "before");
            if (before.isNegative() || before.isZero()) {
                throw new IllegalArgumentException("a warning point before the limit is positive, was " + before);
            }
        }

        public boolean reached(ClockReading reading) {
            if (reading instanceof ClockReading.Time time) {
                return time.used().plus(before).compareTo(time.allowed()) >= 0;
            }
            return Readings.usedDays(reading) + Readings.wholeDays(before) > Readings.allowedDays(reading);
        }

        public String describe() {
            long minutes = before.toMinutes();
            return (minutes % 60 == 0 ? minutes / 60 + " h" : minutes + " min") + " before the limit";
        }
    }
}
