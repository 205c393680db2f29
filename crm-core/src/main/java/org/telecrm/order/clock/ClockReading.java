package org.telecrm.order.clock;

import org.jmolecules.ddd.annotation.ValueObject;

import java.time.Duration;
import java.time.LocalDate;

/**
 * A time limit read as of an instant, net of pauses: how much of it is used. Overdue when more than the limit is
 * used; at risk when not overdue but it will be once the warning margin passes.
 *
 * <pre>{@code
 * ClockReading r = SlaClock.read(new TimeLimit.WorkingDays(8), acceptedAt, asOf, ledger, calendar, zone).get();
 * r.overdue();
 * r.atRisk(WarningMargin.LIBRARY_DEFAULT);
 * r.describe();   // "3 of 8 working days used, due 2026-03-12"
 * }</pre>
 */
public sealed interface ClockReading {

    boolean overdue();

    /** Not overdue, but overdue once the margin has passed. */
    boolean atRisk(WarningMargin margin);

    String describe();

    /** A count of days is at risk when not over the limit, but over it once the margin's days have passed. */
    private static boolean daysAtRisk(int used, int allowed, WarningMargin margin) {
        return used <= allowed && used + margin.workingDays() > allowed;
    }

    /**
     * @param used    non-paused working days after the start day up to the as-of day, inclusive
     * @param allowed the limit
     * @param dueOn   the {@code allowed}-th non-paused working day after the start day, with the pauses known so far
     */
    @ValueObject
    record Days(int used, int allowed, LocalDate dueOn) implements ClockReading {
        public boolean overdue() {
            return used > allowed;
        }

        public boolean atRisk(WarningMargin margin) {
            return daysAtRisk(used, allowed, margin);
        }

        public String describe() {
            return used + " of " + allowed + " working days used, due " + dueOn;
        }
    }

    /**
     * A working-day limit whose due day, or as-of day, lies in a year the calendar does not know yet (rules.md
     * section 6, "A new year"): the days of that year are counted Monday to Friday, so {@code dueOn} and the count
     * are <b>provisional</b>. Good for jeopardy (a queue can still be sorted); never for money, which stays "not yet
     * known" until the year is supplied.
     *
     * @param used     working days used, the unknown days counted Monday to Friday
     * @param allowed  the limit
     * @param dueOn    the provisional due day
     * @param lastKnown the last day the calendar knows
     */
    @ValueObject
    record ProvisionalDays(int used, int allowed, LocalDate dueOn, LocalDate lastKnown) implements ClockReading {
        public boolean overdue() {
            return used > allowed;
        }

        public boolean atRisk(WarningMargin margin) {
            return daysAtRisk(used, allowed, margin);
        }

        public String describe() {
            return used + " of " + allowed + " working days used, due " + dueOn + " (provisional: the calendar knows days up to "
                    + lastKnown + "; supply the schedule of " + lastKnown.plusDays(1).getYear() + " to make it firm)";
        }
    }

    /**
     * A calendar-day limit ({@link TimeLimit.CalendarDays}): overdue once the as-of date is after the due date.
     *
     * @param used    calendar days after the start day up to the as-of day, not counting days a pause covers whole
     * @param allowed the limit
     * @param dueOn   the last day that is on time
     */
    @ValueObject
    record CalendarDays(int used, int allowed, LocalDate dueOn) implements ClockReading {
        public boolean overdue() {
            return used > allowed;
        }

        public boolean atRisk(WarningMargin margin) {
            return daysAtRisk(used, allowed, margin);
        }

        public String describe() {
            return used + " of " + allowed + " calendar days used, due " + dueOn;
        }
    }

    /**
     * @param used    time since the start, net of pauses
     * @param allowed the limit
     */
    @ValueObject
    record Time(Duration used, Duration allowed) implements ClockReading {
        public boolean overdue() {
            return used.compareTo(allowed) > 0;
        }

        public boolean atRisk(WarningMargin margin) {
            return !overdue() && used.plus(margin.clockTime()).compareTo(allowed) > 0;
        }

        public String describe() {
            return used.toMinutes() + " of " + allowed.toMinutes() + " min used";
        }
    }
}
