package org.telecrm.order.clock;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.SortedSet;
import io.vavr.collection.TreeSet;
import io.vavr.control.Either;
import org.telecrm.calendar.CalendarError;
import org.telecrm.calendar.WorkingDayCalendar;
import org.telecrm.calendar.YearSchedule;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The SLA clock: measures a {@link TimeLimit} from a start instant to an as-of instant, net of the pauses of a
 * {@link PauseLedger}. Pure functions.
 *
 * <p><b>Working days net of pauses.</b> A day is <em>paused</em> when a pause holds the order on it: every date from
 * the pause's start date up to, not including, its end date (in the order's zone); an open pause holds every date
 * from its start date up to and including the as-of date. (Library default: a pause that starts and ends on the same
 * day holds no whole day and pauses no working day; the day work resumes counts.) The clock then counts only
 * non-paused working days: {@link #pauseAware} is the calendar with the paused days turned into days off, and a
 * working-day limit of n is due on the n-th working day of that calendar after the start day. Because the SLA
 * contract's provisioning engine takes a calendar, the same pause-aware calendar gives the compensation result
 * (org.telecrm.order.compensation): the money rules stay in one place.
 *
 * <p><b>Clock time net of pauses</b> is the time from start to as-of minus the time the pauses cover in between.
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

    /** The limit read as of {@code asOf}, measured from {@code from}; an as-of before the start has used nothing. */
    public static Either<CalendarError, ClockReading> read(TimeLimit limit, Instant from, Instant asOf, PauseLedger ledger,
                                                           WorkingDayCalendar calendar, ZoneId zone) {
        Instant to = asOf.isBefore(from) ? from : asOf;
        if (limit instanceof TimeLimit.ClockTime clock) {
            Duration used = Duration.between(from, to).minus(ledger.pausedDuring(from, to));
            return Either.right(new ClockReading.Time(used, clock.duration()));
        }
        int allowed = ((TimeLimit.WorkingDays) limit).days();
        LocalDate start = from.atZone(zone).toLocalDate();
        LocalDate day = to.atZone(zone).toLocalDate();
        Either<CalendarError, ClockReading> firm = days(calendar, ledger, zone, start, day, allowed)
                .map(r -> new ClockReading.Days(r._1, allowed, r._2));
        if (firm.isRight() || !firm.getLeft().notYetKnown() || !calendar.covers(start)) {
            return firm;
        }
        // A year not supplied yet: count it Monday to Friday, and say the answer is provisional.
        int years = Math.max(day.getYear(), calendar.lastDay().getYear() + 1 + allowed / MIN_WORKING_DAYS_A_YEAR);
        if (years - calendar.lastDay().getYear() > MAX_PROVISIONAL_YEARS) {
            return firm;
        }
        return days(calendar.provisionallyExtendedTo(years), ledger, zone, start, day, allowed)
                .map(r -> new ClockReading.ProvisionalDays(r._1, allowed, r._2, calendar.lastDay()));
    }

    /** Fewer working days than any year has (a Monday-to-Friday year has 260 or 261), to size a provisional extension. */
    private static final int MIN_WORKING_DAYS_A_YEAR = 240;
    /** How far past the known years a provisional reading goes; further is not worth a guess. */
    private static final int MAX_PROVISIONAL_YEARS = 10;

    private static Either<CalendarError, io.vavr.Tuple2<Integer, LocalDate>> days(WorkingDayCalendar calendar,
            PauseLedger ledger, ZoneId zone, LocalDate start, LocalDate day, int allowed) {
        return pauseAware(calendar, ledger, zone, day).flatMap(c -> c.workingDaysBetween(start, day)
                .flatMap(used -> c.workingDayAfter(start, allowed).map(due -> io.vavr.Tuple.of(used, due))));
    }

    /** The working days of {@code calendar} that the ledger's pauses hold, as of {@code asOf} (see the class comment). */
    public static SortedSet<LocalDate> pausedWorkingDays(WorkingDayCalendar calendar, PauseLedger ledger, ZoneId zone,
                                                         LocalDate asOf) {
        Seq<LocalDate> held = ledger.pauses().flatMap(p -> {
            LocalDate first = p.start().atZone(zone).toLocalDate();
            LocalDate endExclusive = p.end().map(e -> e.atZone(zone).toLocalDate()).getOrElse(asOf.plusDays(1));
            return first.isBefore(endExclusive) ? List.ofAll(first.datesUntil(endExclusive)::iterator) : List.empty();
        });
        return TreeSet.ofAll(held.filter(d -> calendar.covers(d) && calendar.isWorkingDay(d).getOrElse(false)));
    }

    /**
     * {@code calendar} with the paused working days as days off, so that its working days are the non-paused ones.
     * Without pauses it is {@code calendar} itself.
     */
    public static Either<CalendarError, WorkingDayCalendar> pauseAware(WorkingDayCalendar calendar, PauseLedger ledger,
                                                                      ZoneId zone, LocalDate asOf) {
        SortedSet<LocalDate> paused = pausedWorkingDays(calendar, ledger, zone, asOf);
        if (paused.isEmpty()) {
            return Either.right(calendar);
        }
        Seq<Either<CalendarError, YearSchedule>> years = calendar.schedules().map(s -> YearSchedule.of(s.year(),
                s.source() + " + order pauses",
                s.offDays().addAll(paused.filter(d -> d.getYear() == s.year() && !s.makeupWorkdays().contains(d))),
                s.makeupWorkdays().removeAll(paused)));
        return Either.sequenceRight(years).flatMap(schedules -> WorkingDayCalendar.from(() -> schedules));
    }
}
