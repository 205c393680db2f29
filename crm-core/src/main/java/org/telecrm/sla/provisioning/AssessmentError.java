package org.telecrm.sla.provisioning;

import org.telecrm.calendar.CalendarError;
import org.telecrm.money.Money;

import java.time.LocalDate;

/** Why a provisioning case cannot be assessed. */
public sealed interface AssessmentError {

    /** A sentence that says what is wrong, naming the field. */
    String message();

    /** Whether the answer waits for a year's schedule rather than being wrong (see {@link NotYetKnown}). */
    default boolean notYetKnown() {
        return false;
    }

    record NegativeFee(Money standardOneTimeFee) implements AssessmentError {
        public String message() {
            return "standardOneTimeFee must not be negative, was " + standardOneTimeFee.toPlainString();
        }
    }

    record CompletedBeforeAccepted(LocalDate acceptedOn, LocalDate completedOn) implements AssessmentError {
        public String message() {
            return "completedOn " + completedOn + " is before acceptedOn " + acceptedOn;
        }
    }

    record AsOfBeforeAccepted(LocalDate acceptedOn, LocalDate asOf) implements AssessmentError {
        public String message() {
            return "the order is still open, and the as-of date " + asOf + " is before acceptedOn " + acceptedOn;
        }
    }

    /** A date the working-day calendar does not know; {@code field} names the input it came from. */
    record OutsideCalendar(String field, CalendarError cause) implements AssessmentError {
        public String message() {
            return field + ": " + cause.message();
        }
    }

    /** An amount the assessment computes would be beyond the largest amount: the fee is too large. */
    record TooLarge(String field, org.telecrm.money.MoneyError cause) implements AssessmentError {
        public String message() {
            return field + ": " + cause.message() + "; the standardOneTimeFee is too large to assess";
        }
    }

    /**
     * The money needs a day in a year no schedule has been supplied for yet (rules.md section 6, "A new year"):
     * not yet known, never a guess. Assess the case again once a calendar with that year is supplied.
     *
     * @param field     the input whose date is not yet known ({@code acceptedOn}, {@code completedOn}, the as-of date)
     * @param lastKnown the last day the calendar knows
     */
    record NotYetKnown(String field, LocalDate lastKnown, CalendarError cause) implements AssessmentError {
        public String message() {
            return "not yet known: " + field + ": " + cause.message() + "; settled once the schedule of "
                    + lastKnown.plusDays(1).getYear() + " is supplied";
        }

        public boolean notYetKnown() {
            return true;
        }
    }
}
