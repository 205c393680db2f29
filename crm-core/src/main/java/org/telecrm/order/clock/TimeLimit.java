package org.telecrm.order.clock;

import org.jmolecules.ddd.annotation.ValueObject;

import java.time.Duration;
import java.util.Objects;

/**
 * How long an order may take for a node, measured net of pauses: in {@link WorkingDays working days} on the
 * working-day calendar (provisioning-style, rules.md sections 4 and 5) or in {@link ClockTime clock time} around the
 * clock (fault response and restoration, 7x24).
 *
 * <pre>{@code
 * TimeLimit opening = new TimeLimit.WorkingDays(8);
 * TimeLimit restore = new TimeLimit.ClockTime(Duration.ofHours(4));
 * restore.describe();   // "4 h (clock time)"
 * }</pre>
 */
public sealed interface TimeLimit {

    String describe();

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
            long minutes = duration.toMinutes();
            String text = minutes % 60 == 0 ? (minutes / 60) + " h" : minutes + " min";
            return text + " (clock time)";
        }
    }
}
