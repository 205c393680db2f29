package org.telecrm.order.clock;

import io.vavr.collection.SortedMap;
import io.vavr.collection.TreeMap;
import io.vavr.control.Option;
import org.jmolecules.ddd.annotation.ValueObject;
import org.telecrm.calendar.WorkingDayCalendar;

import java.util.Objects;

/**
 * The working-day calendars a host has published, numbered 1, 2, ... in publication order. An order records at
 * acceptance the number of the {@link #current()} version and is always measured on that one, so publishing a new
 * version (a corrected holiday notice) never rewrites an order accepted before it.
 *
 * <pre>{@code
 * CalendarVersions calendars = CalendarVersions.first(WorkingDayCalendar.official());
 * calendars.current();                                       // 1
 * CalendarVersions later = calendars.publish(corrected);    // current() 2; calendar(1) unchanged
 * }</pre>
 */
@ValueObject
public record CalendarVersions(SortedMap<Integer, WorkingDayCalendar> versions) {

    public CalendarVersions {
        Objects.requireNonNull(versions, "versions");
        if (versions.isEmpty() || !versions.keySet().equals(io.vavr.collection.TreeSet.rangeClosed(1, versions.size()))) {
            throw new IllegalArgumentException("calendar versions are numbered 1.." + versions.size() + " without gaps");
        }
    }

    public static CalendarVersions first(WorkingDayCalendar calendar) {
        return new CalendarVersions(TreeMap.of(1, Objects.requireNonNull(calendar, "calendar")));
    }

    /** These versions and a new one, numbered after the last. */
    public CalendarVersions publish(WorkingDayCalendar calendar) {
        return new CalendarVersions(versions.put(versions.size() + 1, Objects.requireNonNull(calendar, "calendar")));
    }

    /** The number of the latest version: the one an order accepted now records. */
    public int current() {
        return versions.size();
    }

    public Option<WorkingDayCalendar> calendar(int version) {
        return versions.get(version);
    }
}
