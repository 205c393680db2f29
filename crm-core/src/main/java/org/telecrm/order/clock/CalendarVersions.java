package org.telecrm.order.clock;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.SortedMap;
import io.vavr.collection.TreeMap;
import io.vavr.control.Option;
import org.jmolecules.ddd.annotation.ValueObject;
import org.telecrm.calendar.WorkingDayCalendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The working-day calendars a host has published, numbered 1, 2, ... in publication order. An order records at
 * acceptance the number of the {@link #current()} version (it is <em>pinned</em> to it) and is measured on
 * {@link #readFor(int) the newest compatible successor} of that version: a later version that answers every day the
 * pinned one knew the same way and only adds years (rules.md section 6, "A new year"). So supplying next year's
 * schedule lets every pinned order be measured into that year, while a corrected holiday notice (a version that
 * changes a day the pinned one knew) never rewrites an order accepted before it: the order keeps its version and
 * {@link Pinned#describe() says so}.
 *
 * <pre>{@code
 * CalendarVersions calendars = CalendarVersions.first(WorkingDayCalendar.official());   // 2023-2026
 * CalendarVersions later = calendars.publish(officialPlus2027);                         // current() 2
 * later.readFor(1).get().version();       // 2: a compatible successor, so 2027 is known to orders pinned to 1
 * CalendarVersions corrected = later.publish(changes20261231);
 * corrected.readFor(1).get().describe();  // "calendar version 2 (pinned to 1); not 3, which changes 2026-12-31"
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

    /** Exactly the version numbered {@code version}, whatever came after it. */
    public Option<WorkingDayCalendar> calendar(int version) {
        return versions.get(version);
    }

    /**
     * What an order pinned to {@code pinned} is measured on: the newest version that agrees with it on every day it
     * knew (itself when none does), with the later versions it could not take and the first day each changes. None
     * when {@code pinned} is not among these versions.
     */
    public Option<Pinned> readFor(int pinned) {
        return calendar(pinned).map(own -> {
            int chosen = pinned;
            Seq<Incompatible> refused = List.empty();
            for (int v = current(); v > pinned; v--) {
                Option<LocalDate> changes = versions.get(v).get().firstDisagreementWith(own);
                if (changes.isEmpty()) {
                    chosen = v;
                    break;
                }
                refused = refused.prepend(new Incompatible(v, changes.get()));
            }
            return new Pinned(pinned, chosen, versions.get(chosen).get(), refused);
        });
    }

    /** A later version an order could not read: it answers {@code changes} differently from the pinned version. */
    @ValueObject
    public record Incompatible(int version, LocalDate changes) {
    }

    /**
     * The calendar an order is measured on.
     *
     * @param pinned       the version recorded at acceptance
     * @param version      the version read: {@code pinned} or its newest compatible successor
     * @param calendar     that version's calendar
     * @param incompatible the versions after {@code version} that change a day {@code pinned} knew, oldest first
     */
    @ValueObject
    public record Pinned(int pinned, int version, WorkingDayCalendar calendar, Seq<Incompatible> incompatible) {

        public Pinned {
            Objects.requireNonNull(calendar, "calendar");
            Objects.requireNonNull(incompatible, "incompatible");
        }

        /** e.g. "calendar version 2 (pinned to 1); not 3, which changes 2026-12-31". */
        public String describe() {
            String read = "calendar version " + version + (version == pinned ? "" : " (pinned to " + pinned + ")");
            return incompatible.isEmpty() ? read : read + "; " + incompatible
                    .map(i -> "not " + i.version() + ", which changes " + i.changes()).mkString("; ");
        }
    }
}
