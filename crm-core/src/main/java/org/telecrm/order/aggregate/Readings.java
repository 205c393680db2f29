package org.telecrm.order.aggregate;

import org.telecrm.order.clock.ClockReading;

import java.time.Duration;

/** The numbers of a day-counted {@link ClockReading}, and how far past its limit a reading is. */
final class Readings {

    private static final Duration DAY = Duration.ofDays(1);

    private Readings() {
    }

    static int usedDays(ClockReading reading) {
        if (reading instanceof ClockReading.Days d) {
            return d.used();
        } else if (reading instanceof ClockReading.ProvisionalDays d) {
            return d.used();
        } else if (reading instanceof ClockReading.CalendarDays d) {
            return d.used();
        }
        throw new IllegalArgumentException("not counted in days: " + reading);
    }

    static int allowedDays(ClockReading reading) {
        if (reading instanceof ClockReading.Days d) {
            return d.allowed();
        } else if (reading instanceof ClockReading.ProvisionalDays d) {
            return d.allowed();
        } else if (reading instanceof ClockReading.CalendarDays d) {
            return d.allowed();
        }
        throw new IllegalArgumentException("not counted in days: " + reading);
    }

    /** {@code duration} in whole days, rounded up. */
    static long wholeDays(Duration duration) {
        long days = duration.toDays();
        return duration.equals(DAY.multipliedBy(days)) ? days : days + 1;
    }

    /**
     * How long the limit has been passed, net of pauses; zero while it is not. A limit in days is passed on its
     * first late day, which counts as zero: one day later it has been passed for a day.
     */
    static Duration overrun(ClockReading reading) {
        if (!reading.overdue()) {
            return Duration.ZERO;
        }
        if (reading instanceof ClockReading.Time time) {
            return time.used().minus(time.allowed());
        }
        return DAY.multipliedBy(usedDays(reading) - allowedDays(reading) - 1L);
    }
}
