package org.telecrm.order.clock;

import org.jmolecules.ddd.annotation.ValueObject;
import org.telecrm.calendar.WorkingHours;

import java.time.Duration;
import java.util.Objects;

/**
 * How long an order may take for a node, measured net of pauses: in {@link WorkingDays working days} on the
 * working-day calendar (provisioning-style, rules.md sections 4 and 5), in {@link ClockTime clock time} around the
 * clock (7x24: fault response and restoration, the key-account hotline), or in {@link InWorkingHours working hours}
 * on working days (internal node limits between departments, OLAs; rules.md section 6, "Working hours").
 *
 * <pre>{@code
 * TimeLimit opening = new TimeLimit.WorkingDays(8);
 * TimeLimit restore = new TimeLimit.ClockTime(Duration.ofHours(4));
 * restore.describe();   // "4 h (clock time, 7x24)"
 * TimeLimit internal = new TimeLimit.InWorkingHours(Duration.ofHours(8), WorkingHours.SAMPLE);
 * internal.describe();  // "8 h (working hours 08:30-12:00, 14:00-17:30)"
 * }</pre>
 */
public sealed interface TimeLimit {

    String describe();

    /** "4 h", or "90 min" when not whole hours. */
    private static String hoursOrMinutes(Duration duration) {
        long minutes = duration.toMinutes();
        return minutes % 60 == 0 ? (minutes / 60) + " h" : minutes + " min";
    }

    /**
     * Due by the end of the n-th non-paused working day after the day the measurement starts (that day itself does
     * not count, as the provisioning deadline of rules.md section 5 library defaults).
     */
    @ValueObject
    record WorkingDays(int days) implements TimeLimit {
        public WorkingDays {
            if (days < 1) {
                throw new IllegalArgumentException("a working-day limit must be at least 1, was " + days);
            }
        }

        public String describe() {
            return days + " working day" + (days == 1 ? "" : "s");
        }
    }

    /** Due once this much time, net of pauses, has passed since the measurement started. */
    @ValueObject
    record ClockTime(Duration duration) implements TimeLimit {
        public ClockTime {
            Objects.requireNonNull(duration, "duration");
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("a clock-time limit must be positive, was " + duration);
            }
        }

        public String describe() {
            return hoursOrMinutes(duration) + " (clock time, 7x24)";
        }
    }

    /**
     * Due by the end of the n-th calendar day after the day the measurement starts, counted by date in the order's
     * zone, as people read a promise of days (rules.md section 4: a return visit "within one week" of opening is due by
     * the end of the 7th calendar day after the opening day, "within 3 days" of a fault by the end of the 3rd). A
     * calendar day that a pause covers whole (midnight to midnight) does not count.
     */
    @ValueObject
    record CalendarDays(int days) implements TimeLimit {
        public CalendarDays {
            if (days < 1) {
                throw new IllegalArgumentException("a calendar-day limit must be at least 1, was " + days);
            }
        }

        public String describe() {
            return days + " calendar day" + (days == 1 ? "" : "s");
        }
    }

    /**
     * Due once this much <em>working</em> time, net of pauses, has passed since the measurement started: time counts
     * only within the working periods of working days, in the order's zone. A pause counts only for the working time
     * it overlaps.
     */
    @ValueObject
    record InWorkingHours(Duration duration, WorkingHours hours) implements TimeLimit {
        public InWorkingHours {
            Objects.requireNonNull(duration, "duration");
            Objects.requireNonNull(hours, "hours");
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("a working-hours limit must be positive, was " + duration);
            }
        }

        public String describe() {
            return hoursOrMinutes(duration) + " (working hours " + hours.describe() + ")";
        }
    }
}
