package org.telecrm.examples.bench;

import io.vavr.control.Either;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.telecrm.calendar.CalendarError;
import org.telecrm.calendar.WorkingDayCalendar;
import org.telecrm.calendar.WorkingHours;
import org.telecrm.calendar.WorkingTime;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * The calendar's queries at two distances, {@code daysApart} = 1 and 1000: the working-day queries
 * ({@code workingDaysBetween}, {@code workingDayAfter}) and, beside them, the working-time queries by time of day
 * ({@link WorkingTime#between}, {@link WorkingTime#after}, rules.md section 6). Each is answered from prefix sums, so
 * the ratio of a query 1000 days apart over the same query 1 day apart should stay near 1 ({@code crm-bench} prints
 * it), and working time costs a small constant factor over the day count.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CalendarQueriesBenchmark {

    private static final int QUERIES = 1024;
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Param({"1", "1000"})
    public int daysApart;

    private final LocalDate[] fromDays = new LocalDate[QUERIES];
    private final LocalDate[] toDays = new LocalDate[QUERIES];
    private final Instant[] fromInstants = new Instant[QUERIES];
    private final Instant[] toInstants = new Instant[QUERIES];
    private WorkingDayCalendar calendar;
    private WorkingTime workingTime;
    private int workingDays;
    private Duration worked;
    private int next;

    @Setup(Level.Trial)
    public void queries() {
        calendar = WorkingDayCalendar.official();
        workingTime = new WorkingTime(calendar, WorkingHours.SAMPLE, BEIJING);
        SplittableRandom random = new SplittableRandom(42);
        Instant first = LocalDate.of(2023, 1, 2).atStartOfDay(BEIJING).toInstant();
        for (int i = 0; i < QUERIES; i++) {
            // starts spread over the first quarter of 2023, so that 1000 days later is still in the calendar
            Instant from = first.plusSeconds(random.nextLong(90L * 86_400));
            Instant to = from.plus(Duration.ofDays(daysApart)).plusSeconds(random.nextLong(3_600));
            fromInstants[i] = from;
            toInstants[i] = to;
            fromDays[i] = from.atZone(BEIJING).toLocalDate();
            toDays[i] = to.atZone(BEIJING).toLocalDate();
        }
        // about the working days and working time in daysApart calendar days (5 of 7 days, less holidays)
        workingDays = Math.max(1, daysApart * 2 / 3);
        worked = WorkingHours.SAMPLE.perDay().multipliedBy(workingDays);
    }

    @Benchmark
    public Either<CalendarError, Integer> workingDaysBetween() {
        int i = nextQuery();
        return calendar.workingDaysBetween(fromDays[i], toDays[i]);
    }

    @Benchmark
    public Either<CalendarError, LocalDate> workingDayAfter() {
        return calendar.workingDayAfter(fromDays[nextQuery()], workingDays);
    }

    @Benchmark
    public Either<CalendarError, Duration> workingTimeBetween() {
        int i = nextQuery();
        return workingTime.between(fromInstants[i], toInstants[i]);
    }

    @Benchmark
    public Either<CalendarError, Instant> workingTimeAfter() {
        return workingTime.after(fromInstants[nextQuery()], worked);
    }

    private int nextQuery() {
        int i = next;
        next = (next + 1) & (QUERIES - 1);
        return i;
    }
}
