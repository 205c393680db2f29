package org.telecrm.calendar;

import java.time.LocalDate;

/** Why the working-day calendar cannot answer, or cannot be built. */
public sealed interface CalendarError {

    /** A sentence that says what is wrong and where. */
    String message();

    /**
     * Whether the answer needs a day after the last one the calendar knows: a year not supplied yet (rules.md
     * section 6, "A new year"). Such an answer is not yet known rather than wrong, and becomes known once a calendar
     * version with that year is supplied.
     */
    default boolean notYetKnown() {
        return false;
    }

    /** The date lies in a year the calendar has no official data for: answering would be a guess. */
    record DateOutsideCalendar(LocalDate date, LocalDate firstKnown, LocalDate lastKnown) implements CalendarError {
        public String message() {
            return date + " is outside the working-day calendar, which knows " + firstKnown + " to " + lastKnown;
        }

        public boolean notYetKnown() {
            return date.isAfter(lastKnown);
        }
    }

    /** Counting forward from a known date runs past the last day the calendar knows. */
    record BeyondCalendar(LocalDate from, int workingDays, LocalDate lastKnown) implements CalendarError {
        public String message() {
            return "working day " + workingDays + " after " + from + " falls after " + lastKnown
                    + ", the last day the working-day calendar knows";
        }

        public boolean notYetKnown() {
            return true;
        }
    }

    /** A year schedule is malformed or contradicts another; {@code where} names the source and field. */
    record InvalidSchedule(String where, String problem) implements CalendarError {
        public String message() {
            return where + ": " + problem;
        }
    }
}
