package org.telecrm.calendar;

import io.vavr.Lazy;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.SortedSet;
import io.vavr.collection.TreeSet;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.jmolecules.ddd.annotation.ValueObject;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * Working days as rules.md section 6 defines them: Monday to Friday, minus the announced public holidays,
 * plus the announced make-up working days, for a contiguous run of known years.
 *
 * <p>Every query costs the same whatever the distance between its dates: building the calendar indexes each
 * known day once (a running count of working days, and the position of each working day), and a query is
 * two array reads. A date outside the known years is a {@link CalendarError}, never a guess.
 *
 * <pre>{@code
 * WorkingDayCalendar calendar = WorkingDayCalendar.official();
 * calendar.isWorkingDay(LocalDate.of(2026, 10, 10));                       // Right(true): a make-up Saturday
 * calendar.workingDayAfter(LocalDate.of(2026, 9, 25), 8);                   // Right(2026-10-13)
 * calendar.workingDaysBetween(LocalDate.of(2026, 10, 13), LocalDate.of(2026, 10, 20)); // Right(5)
 * calendar.isWorkingDay(LocalDate.of(2031, 1, 6));                          // Left(DateOutsideCalendar)
 * }</pre>
 */
@ValueObject
public final class WorkingDayCalendar {

    private static final Lazy<WorkingDayCalendar> OFFICIAL = Lazy.of(() -> from(OfficialHolidays.mainland())
            .getOrElseThrow(error -> new IllegalStateException("bundled calendar is inconsistent: " + error.message())));

    private final LocalDate firstDay;
    private final LocalDate lastDay;
    private final long firstEpochDay;
    private final Seq<YearSchedule> schedules;
    /** {@code countThrough[i]}: working days in [firstDay, firstDay + i]. */
    private final int[] countThrough;
    /** {@code workingDayAt[k]}: offset from firstDay of the (k+1)-th working day. */
    private final int[] workingDayAt;

    private WorkingDayCalendar(int firstYear, int lastYear, Seq<YearSchedule> schedules, SortedSet<LocalDate> off,
                               SortedSet<LocalDate> makeup) {
        this.firstDay = LocalDate.of(firstYear, 1, 1);
        this.lastDay = LocalDate.of(lastYear, 12, 31);
        this.firstEpochDay = firstDay.toEpochDay();
        this.schedules = schedules;
        int length = (int) (lastDay.toEpochDay() - firstEpochDay + 1);
        this.countThrough = new int[length];
        int[] positions = new int[length];
        int count = 0;
        LocalDate day = firstDay;
        for (int i = 0; i < length; i++, day = day.plusDays(1)) {
            boolean working = makeup.contains(day) || (!YearSchedule.isWeekend(day) && !off.contains(day));
            if (working) {
                positions[count++] = i;
            }
            countThrough[i] = count;
        }
        this.workingDayAt = Arrays.copyOf(positions, count);
    }

    /** The official mainland calendar the library ships (2023-2026), built once. */
    public static WorkingDayCalendar official() {
        return OFFICIAL.get();
    }

    /**
     * A calendar from one or more sources; schedules of the same year are merged. The years must be
     * contiguous (a gap would make every count across it wrong), and no day may be both off and a make-up day.
     */
    public static Either<CalendarError, WorkingDayCalendar> from(CalendarSource... sources) {
        Seq<YearSchedule> all = List.of(sources).flatMap(CalendarSource::yearSchedules);
        if (all.isEmpty()) {
            return Either.left(new CalendarError.InvalidSchedule("calendar", "no year schedules given"));
        }
        Seq<YearSchedule> merged = List.empty();
        for (int year : all.map(YearSchedule::year).distinct().sorted()) {
            Seq<YearSchedule> parts = all.filter(s -> s.year() == year);
            Either<CalendarError, YearSchedule> one = YearSchedule.of(year, parts.map(YearSchedule::source).mkString(" + "),
                    parts.flatMap(YearSchedule::offDays), parts.flatMap(YearSchedule::makeupWorkdays));
            if (one.isLeft()) {
                return Either.left(one.getLeft());
            }
            merged = merged.append(one.get());
        }
        int firstYear = merged.head().year();
        int lastYear = merged.last().year();
        if (merged.size() != lastYear - firstYear + 1) {
            Seq<Integer> known = merged.map(YearSchedule::year);
            int missing = List.rangeClosed(firstYear, lastYear).find(y -> !known.contains(y)).get();
            return Either.left(new CalendarError.InvalidSchedule("calendar",
                    "no schedule for " + missing + " between " + firstYear + " and " + lastYear
                            + "; the known years must be contiguous"));
        }
        SortedSet<LocalDate> off = TreeSet.ofAll(merged.flatMap(YearSchedule::offDays));
        SortedSet<LocalDate> makeup = TreeSet.ofAll(merged.flatMap(YearSchedule::makeupWorkdays));
        // Each schedule was checked alone; a day may still be off in one year's notice and make-up in another's.
        Option<LocalDate> both = makeup.find(off::contains);
        if (both.isDefined()) {
            return Either.left(new CalendarError.InvalidSchedule("calendar",
                    both.get() + " is a day off in one schedule and a make-up working day in another"));
        }
        return Either.right(new WorkingDayCalendar(firstYear, lastYear, merged, off, makeup));
    }

    /**
     * This calendar with {@code days} as days off (a make-up working day among them is no longer one): what an
     * order's held days (rules.md section 6, a pause covering a working day's working hours) make of the calendar
     * its deadlines and days late are counted on. Without days it is this calendar itself.
     *
     * <pre>{@code
     * WorkingDayCalendar held = WorkingDayCalendar.official().withDaysOff(TreeSet.of(LocalDate.of(2026, 3, 4))).get();
     * held.isWorkingDay(LocalDate.of(2026, 3, 4));    // Right(false)
     * }</pre>
     */
    public Either<CalendarError, WorkingDayCalendar> withDaysOff(SortedSet<LocalDate> days) {
        if (days.isEmpty()) {
            return Either.right(this);
        }
        Seq<Either<CalendarError, YearSchedule>> years = schedules.map(s -> YearSchedule.of(s.year(),
                s.source() + " + days off",
                s.offDays().addAll(days.filter(d -> d.getYear() == s.year() && !s.makeupWorkdays().contains(d))),
                s.makeupWorkdays().removeAll(days)));
        return Either.sequenceRight(years).flatMap(all -> WorkingDayCalendar.from(() -> all));
    }

    /** The first day the calendar knows (1 January of its first year). */
    public LocalDate firstDay() {
        return firstDay;
    }

    /** The last day the calendar knows (31 December of its last year). */
    public LocalDate lastDay() {
        return lastDay;
    }

    /** The schedules this calendar was built from, one per year, in year order (for audit). */
    public Seq<YearSchedule> schedules() {
        return schedules;
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(firstDay) && !date.isAfter(lastDay);
    }

    public Either<CalendarError, Boolean> isWorkingDay(LocalDate date) {
        return offsetOf(date).map(this::workingAt);
    }

    /**
     * The {@code n}-th working day after {@code date} (the date itself does not count, whatever it is).
     *
     * @param n at least 1
     */
    public Either<CalendarError, LocalDate> workingDayAfter(LocalDate date, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1, was " + n);
        }
        return offsetOf(date).flatMap(i -> {
            long index = (long) countThrough[i] + n - 1;
            if (index >= workingDayAt.length) {
                return Either.left(new CalendarError.BeyondCalendar(date, n, lastDay));
            }
            return Either.right(firstDay.plusDays(workingDayAt[(int) index]));
        });
    }

    /**
     * The number of working days in {@code (from, to]}: after {@code from}, up to and including {@code to}.
     * Negative, with the same magnitude, when {@code to} is before {@code from}.
     */
    public Either<CalendarError, Integer> workingDaysBetween(LocalDate from, LocalDate to) {
        return offsetOf(from).flatMap(a -> offsetOf(to).map(b -> countThrough[b] - countThrough[a]));
    }

    private Either<CalendarError, Integer> offsetOf(LocalDate date) {
        long offset = date.toEpochDay() - firstEpochDay;
        if (offset < 0 || offset >= countThrough.length) {
            return Either.left(new CalendarError.DateOutsideCalendar(date, firstDay, lastDay));
        }
        return Either.right((int) offset);
    }

    /**
     * The first day {@code earlier} knows on which this calendar gives another answer: a day this one does not
     * know, or a day working in one and not in the other. None when this calendar is a <b>compatible successor</b>
     * of {@code earlier} (rules.md section 6, "A new year"): it answers every question about the days
     * {@code earlier} knew exactly as {@code earlier} does, and may know more years.
     *
     * <pre>{@code
     * WorkingDayCalendar extended = WorkingDayCalendar.from(OfficialHolidays.mainland(), year2027).get();
     * extended.firstDisagreementWith(WorkingDayCalendar.official());   // None: a compatible successor
     * }</pre>
     */
    public Option<LocalDate> firstDisagreementWith(WorkingDayCalendar earlier) {
        if (earlier.firstDay.isBefore(firstDay)) {
            return Option.some(earlier.firstDay);
        }
        int shift = (int) (earlier.firstEpochDay - firstEpochDay);
        for (int i = 0; i < earlier.countThrough.length; i++) {
            if (shift + i >= countThrough.length) {
                return Option.some(earlier.firstDay.plusDays(i));
            }
            if (earlier.workingAt(i) != workingAt(shift + i)) {
                return Option.some(earlier.firstDay.plusDays(i));
            }
        }
        return Option.none();
    }

    /** Whether this calendar is a compatible successor of {@code earlier} (see {@link #firstDisagreementWith}). */
    public boolean agreesWith(WorkingDayCalendar earlier) {
        return firstDisagreementWith(earlier).isEmpty();
    }

    /**
     * This calendar with every year after its last one, up to {@code year}, taken as Monday to Friday without
     * holidays: a <b>provisional</b> reading for dates no schedule has been supplied for yet (rules.md section 6).
     * Its answers about the unknown years are guesses, so a caller shows them flagged as provisional and never
     * computes money on them. The same calendar when {@code year} is not after the last known one.
     */
    public WorkingDayCalendar provisionallyExtendedTo(int year) {
        int lastYear = lastDay.getYear();
        if (year <= lastYear) {
            return this;
        }
        Seq<YearSchedule> provisional = List.rangeClosed(lastYear + 1, year).map(y -> new YearSchedule(y,
                PROVISIONAL_SOURCE, TreeSet.empty(), TreeSet.empty()));
        Seq<YearSchedule> all = schedules.appendAll(provisional);
        return from(() -> all).getOrElseThrow(error -> new IllegalStateException("extending a valid calendar failed: "
                + error.message()));
    }

    /** The source named by the years {@link #provisionallyExtendedTo} adds. */
    public static final String PROVISIONAL_SOURCE = "provisional: Monday to Friday, no schedule supplied yet";

    /** The number of working days from the first day the calendar knows up to, not including, {@code date}. */
    Either<CalendarError, Integer> workingDaysBefore(LocalDate date) {
        return offsetOf(date).map(i -> i == 0 ? 0 : countThrough[i - 1]);
    }

    /** As {@link #workingDaysBefore}, 0 before the first day and all of them after the last (for messages). */
    int workingDaysBeforeClamped(LocalDate date) {
        long offset = date.toEpochDay() - firstEpochDay;
        return offset <= 0 ? 0 : offset > countThrough.length ? workingDayAt.length : countThrough[(int) offset - 1];
    }

    /** The {@code k}-th working day the calendar knows (1-based), none past its last. */
    Option<LocalDate> nthWorkingDay(int k) {
        return k >= 1 && k <= workingDayAt.length ? Option.some(firstDay.plusDays(workingDayAt[k - 1])) : Option.none();
    }

    private boolean workingAt(int offset) {
        return offset == 0 ? countThrough[0] == 1 : countThrough[offset] != countThrough[offset - 1];
    }

    /** Two calendars are equal when built from the same schedules (everything else derives from them). */
    @Override
    public boolean equals(Object o) {
        return o instanceof WorkingDayCalendar other && schedules.equals(other.schedules);
    }

    @Override
    public int hashCode() {
        return schedules.hashCode();
    }

    @Override
    public String toString() {
        return "WorkingDayCalendar[" + firstDay + ".." + lastDay + ", " + workingDayAt.length + " working days]";
    }
}
