package org.telecrm.order.aggregate;

import org.jmolecules.ddd.annotation.ValueObject;
import org.telecrm.order.clock.CalendarVersions;

import java.time.ZoneId;
import java.util.Objects;

/**
 * What an order's clock is measured on, fixed at acceptance: the calendar version then current and the zone its
 * days are counted in. (The SLA terms version needs no record: the contract always evaluates an order under the
 * version in force on its acceptance date.)
 *
 * <pre>{@code
 * ClockBasis basis = ClockBasis.currentOf(calendars, SlaClock.BEIJING);
 * }</pre>
 */
@ValueObject
public record ClockBasis(int calendarVersion, ZoneId zone) {

    public ClockBasis {
        Objects.requireNonNull(zone, "zone");
        if (calendarVersion < 1) {
            throw new IllegalArgumentException("calendar versions start at 1, was " + calendarVersion);
        }
    }

    public static ClockBasis currentOf(CalendarVersions calendars, ZoneId zone) {
        return new ClockBasis(calendars.current(), zone);
    }
}
