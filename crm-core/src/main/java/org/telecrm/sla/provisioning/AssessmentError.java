package org.telecrm.sla.provisioning;

import org.telecrm.calendar.CalendarError;
import org.telecrm.money.Money;

import java.time.LocalDate;

/** Why a provisioning case cannot be assessed. */
public sealed interface AssessmentError {

    /** A sentence that says what is wrong, naming the field. */
    String message();

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
}
