package org.telecrm.order.clock;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.SortedSet;
import io.vavr.collection.TreeSet;
import io.vavr.control.Either;
import org.telecrm.calendar.CalendarError;
import org.telecrm.calendar.WorkingDayCalendar;
import org.telecrm.calendar.WorkingHours;
import org.telecrm.calendar.WorkingTime;
import org.telecrm.calendar.YearSchedule;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * The SLA clock: measures a {@link TimeLimit} from a start instant to an as-of instant, net of the pauses of a
 * {@link PauseLedger}. Pure functions.
 *
 * <p><b>Working days net of pauses.</b> A working day is <em>paused</em> when a pause covers all of its working hours
 * (rules.md section 6; {@link WorkingHours#SAMPLE} unless a contract's hours are given), in the order's zone; an open
 * pause runs on through the as-of date. So a pause from 17:00 to 09:00 pauses no working day, and a pause within one
 * day's working hours pauses none either; only the working days a pause really covers extend the limit. The clock then counts only
 * non-paused working days: {@link #pauseAware} is the calendar with the paused days turned into days off, and a
 * working-day limit of n is due on the n-th working day of that calendar after the start day. Because the SLA
 * contract's provisioning engine takes a calendar, the same pause-aware calendar gives the compensation result
 * (org.telecrm.order.compensation): the money rules stay in one place.
 *
 * <p><b>Clock time net of pauses</b> (7x24) is the time from start to as-of minus the time the pauses cover in between.
 * <b>Working time net of pauses</b> ({@link TimeLimit.InWorkingHours}) is the working time from start to as-of minus
 * the working time the pauses overlap, each in constant time ({@link #workingTimeNetOfPauses}).
 *
 * <pre>{@code
 * ClockReading r = SlaClock.read(new TimeLimit.ClockTime(Duration.ofHours(4)), reportedAt, asOf, ledger,
 *         WorkingDayCalendar.official(), SlaClock.BEIJING).get();
 * }</pre>
 */
public final class SlaClock {

    /** The zone an order's days are counted in by default: Beijing time, as the SLA contract measures (rules.md section 5). */
    public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private SlaClock() {
    }

    /**
     * The limit read as of {@code asOf}, measured from {@code from}; an as-of before the start has used nothing. A
     * pause holds a working day when it covers all of that day's {@link WorkingHours#SAMPLE sample working hours}.
     */
    public static Either<CalendarError, ClockReading> read(TimeLimit limit, Instant from, Instant asOf, PauseLedger ledger,
                                                           WorkingDayCalendar calendar, ZoneId zone) {
        return read(limit, from, asOf, ledger, calendar, WorkingHours.SAMPLE, zone);
    }

    /**
     * As {@link #read(TimeLimit, Instant, Instant, PauseLedger, WorkingDayCalendar, ZoneId)}, a pause holding a working
     * day when it covers all of that day's {@code hours} (the contract's or department's setting).
     */
    public static Either<CalendarError, ClockReading> read(TimeLimit limit, Instant from, Instant asOf, PauseLedger ledger,
                                                           WorkingDayCalendar calendar, WorkingHours hours, ZoneId zone) {
        Instant to = asOf.isBefore(from) ? from : asOf;
        if (limit instanceof TimeLimit.ClockTime clock) {
            Duration used = Duration.between(from, to).minus(ledger.pausedDuring(from, to));
            return Either.right(new ClockReading.Time(used, clock.duration()));
        }
        if (limit instanceof TimeLimit.CalendarDays calendarDays) {
            return Either.right(calendarDays(calendarDays.days(), from, to, ledger, zone));
        }
        if (limit instanceof TimeLimit.InWorkingHours working) {
            return workingTimeNetOfPauses(new WorkingTime(calendar, working.hours(), zone), ledger, from, to)
                    .map(used -> new ClockReading.Time(used, working.duration()));
        }
        int allowed = ((TimeLimit.WorkingDays) limit).days();
        LocalDate start = from.atZone(zone).toLocalDate();
        LocalDate day = to.atZone(zone).toLocalDate();
        Either<CalendarError, ClockReading> firm = days(calendar, hours, ledger, zone, start, day, allowed)
                .map(r -> new ClockReading.Days(r._1, allowed, r._2));
        if (firm.isRight() || !firm.getLeft().notYetKnown() || !calendar.covers(start)) {
            return firm;
        }
        // A year not supplied yet: count it Monday to Friday, and say the answer is provisional.
        int years = Math.max(day.getYear(), calendar.lastDay().getYear() + 1 + allowed / MIN_WORKING_DAYS_A_YEAR);
        if (years - calendar.lastDay().getYear() > MAX_PROVISIONAL_YEARS) {
            return firm;
        }
        return days(calendar.provisionallyExtendedTo(years), hours, ledger, zone, start, day, allowed)
                .map(r -> new ClockReading.ProvisionalDays(r._1, allowed, r._2, calendar.lastDay()));
    }

    /**
     * A promise of calendar days, by date in {@code zone}: the days after the start day up to the as-of day, and the
     * n-th such day as the due date, skipping the days a pause covers whole (midnight to midnight).
     */
    private static ClockReading calendarDays(int allowed, Instant from, Instant to, PauseLedger ledger, ZoneId zone) {
        LocalDate start = from.atZone(zone).toLocalDate();
        LocalDate asOf = to.atZone(zone).toLocalDate();
        int used = 0;
        for (LocalDate d = start.plusDays(1); !d.isAfter(asOf); d = d.plusDays(1)) {
            used += coveredWhole(d, ledger, zone, to) ? 0 : 1;
        }
        LocalDate due = start;
        for (int counted = 0; counted < allowed; ) {
            due = due.plusDays(1);
            counted += coveredWhole(due, ledger, zone, to) ? 0 : 1;
        }
        return new ClockReading.CalendarDays(used, allowed, due);
    }

    /** Whether a pause known as of {@code asOf} covers all of {@code day} (an open pause runs to {@code asOf}). */
    private static boolean coveredWhole(LocalDate day, PauseLedger ledger, ZoneId zone, Instant asOf) {
        Instant begins = day.atStartOfDay(zone).toInstant();
        Instant ends = day.plusDays(1).atStartOfDay(zone).toInstant();
        return ledger.pauses().exists(p -> !p.start().isAfter(begins) && !p.end().getOrElse(asOf).isBefore(ends));
    }

    /** Fewer working days than any year has (a Monday-to-Friday year has 260 or 261), to size a provisional extension. */
    private static final int MIN_WORKING_DAYS_A_YEAR = 240;
    /** How far past the known years a provisional reading goes; further is not worth a guess. */
    private static final int MAX_PROVISIONAL_YEARS = 10;

    /**
     * The working time in {@code [from, to)} that no pause overlaps: the working time between them minus, for each
     * pause, the working time of its overlap with them (pauses never overlap each other). Each term costs the same
     * whatever the distance ({@link WorkingTime}).
     */
    public static Either<CalendarError, Duration> workingTimeNetOfPauses(WorkingTime time, PauseLedger ledger, Instant from,
                                                                        Instant to) {
        Either<CalendarError, Duration> used = time.between(from, to);
        for (Pause p : ledger.pauses()) {
            Instant a = p.start().isAfter(from) ? p.start() : from;
            Instant pauseEnd = p.end().getOrElse(to);
            Instant b = pauseEnd.isBefore(to) ? pauseEnd : to;
            if (b.isAfter(a)) {
                used = used.flatMap(u -> time.between(a, b).map(u::minus));
            }
        }
        return used;
    }

    private static Either<CalendarError, io.vavr.Tuple2<Integer, LocalDate>> days(WorkingDayCalendar calendar,
            WorkingHours hours, PauseLedger ledger, ZoneId zone, LocalDate start, LocalDate day, int allowed) {
        return pauseAware(calendar, hours, ledger, zone, day).flatMap(c -> c.workingDaysBetween(start, day)
                .flatMap(used -> c.workingDayAfter(start, allowed).map(due -> io.vavr.Tuple.of(used, due))));
    }

    /** The working days of {@code calendar} that the ledger's pauses hold, as of {@code asOf}, on the sample hours. */
    public static SortedSet<LocalDate> pausedWorkingDays(WorkingDayCalendar calendar, PauseLedger ledger, ZoneId zone,
                                                         LocalDate asOf) {
        return pausedWorkingDays(calendar, WorkingHours.SAMPLE, ledger, zone, asOf);
    }

    /**
     * The working days of {@code calendar} that the ledger's pauses hold, as of {@code asOf}: a pause holds a working
     * day when it covers all of that day's working hours, from the start of its first period to the end of its last
     * (rules.md section 6: a pause counts only for the working time it overlaps, so a pause from 17:00 to 09:00 holds
     * no day). An open pause runs on through the as-of date.
     */
    public static SortedSet<LocalDate> pausedWorkingDays(WorkingDayCalendar calendar, WorkingHours hours,
                                                         PauseLedger ledger, ZoneId zone, LocalDate asOf) {
        Seq<LocalDate> held = ledger.pauses().flatMap(p -> {
            LocalDateTime start = LocalDateTime.ofInstant(p.start(), zone);
            LocalDate first = start.toLocalTime().isAfter(hours.dayStart()) ? start.toLocalDate().plusDays(1)
                    : start.toLocalDate();
            LocalDate last = p.end().map(e -> {
                LocalDateTime end = LocalDateTime.ofInstant(e, zone);
                return end.toLocalTime().isBefore(hours.dayEnd()) ? end.toLocalDate().minusDays(1) : end.toLocalDate();
            }).getOrElse(asOf);
            return first.isAfter(last) ? List.empty() : List.ofAll(first.datesUntil(last.plusDays(1))::iterator);
        });
        return TreeSet.ofAll(held.filter(d -> calendar.covers(d) && calendar.isWorkingDay(d).getOrElse(false)));
    }

    /**
     * {@code calendar} with the paused working days as days off, so that its working days are the non-paused ones.
     * Without pauses it is {@code calendar} itself.
     */
    public static Either<CalendarError, WorkingDayCalendar> pauseAware(WorkingDayCalendar calendar, PauseLedger ledger,
                                                                      ZoneId zone, LocalDate asOf) {
        return pauseAware(calendar, WorkingHours.SAMPLE, ledger, zone, asOf);
    }

    /** As {@link #pauseAware(WorkingDayCalendar, PauseLedger, ZoneId, LocalDate)}, a day held by the {@code hours} rule. */
    public static Either<CalendarError, WorkingDayCalendar> pauseAware(WorkingDayCalendar calendar, WorkingHours hours,
                                                                      PauseLedger ledger, ZoneId zone, LocalDate asOf) {
        return calendar.withDaysOff(pausedWorkingDays(calendar, hours, ledger, zone, asOf));
    }
}
