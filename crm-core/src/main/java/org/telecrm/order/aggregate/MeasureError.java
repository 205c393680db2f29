package org.telecrm.order.aggregate;

import org.telecrm.calendar.CalendarError;

/**
 * Why an order's clock could not be read. {@link #message()} says what and where.
 */
public sealed interface MeasureError {

    String message();

    /** The calendar versions given do not hold the version the order recorded at acceptance. */
    record UnknownCalendarVersion(ServiceOrderId order, int version) implements MeasureError {
        public String message() {
            return "order " + order + ": calendar version " + version + " (recorded at acceptance) is not among the versions given";
        }
    }

    /** The calendar does not cover a day the measurement needs. */
    record Calendar(ServiceOrderId order, CalendarError error) implements MeasureError {
        public String message() {
            return "order " + order + ": " + error.message();
        }
    }
}
