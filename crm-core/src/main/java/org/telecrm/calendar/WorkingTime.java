package org.telecrm.calendar;

import io.vavr.control.Either;
import org.jmolecules.ddd.annotation.ValueObject;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Working time by time of day (rules.md section 6, "Working hours"): the {@link WorkingHours} of every working day of
 * a {@link WorkingDayCalendar}, in a zone. Both queries cost the same whatever the distance between their instants:
 * the working time before an instant is (working days before its date) x (working time a day) + (the day's working
 * time before its time), the day counts being the calendar's prefix sums, so no minute and no day is walked.
 *
 * <pre>{@code
 * WorkingTime time = new WorkingTime(WorkingDayCalendar.official(), WorkingHours.SAMPLE, SlaClock.BEIJING);
 * time.between(friday1700, monday0900);      // Right(PT30M): 17:00-17:30 and 08:30-09:00
 * time.after(friday1700, Duration.ofHours(1));   // Right(Monday 09:30)
 * }</pre>
 *
 * <p>Times are read as local date-times of the zone; in a zone with daylight saving a period that a transition
 * shortens counts its local length (Beijing, the default, has none).
 */
@ValueObject
public record WorkingTime(WorkingDayCalendar calendar, WorkingHours hours, ZoneId zone) {

    public WorkingTime {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(hours, "hours");
        Objects.requireNonNull(zone, "zone");
    }

    /** The working time in {@code [from, to)}; negative, with the same magnitude, when {@code to} is before {@code from}. */
    public Either<CalendarError, Duration> between(Instant from, Instant to) {
        return before(from).flatMap(a -> before(to).map(b -> b.minus(a)));
    }

    /**
     * The instant at which {@code worked} working time has passed since {@code from}: the end of a working period
     * when it runs out exactly there. {@code from} itself when {@code worked} is zero.
     */
    public Either<CalendarError, Instant> after(Instant from, Duration worked) {
        if (worked.isNegative()) {
            throw new IllegalArgumentException("working time to add is not negative, was " + worked);
        }
        if (worked.isZero()) {
            return calendar.covers(local(from).toLocalDate()) ? Either.right(from)
                    : Either.left(new CalendarError.DateOutsideCalendar(local(from).toLocalDate(), calendar.firstDay(), calendar.lastDay()));
        }
        long perDay = hours.perDay().toNanos();
        return before(from).flatMap(start -> {
            if (worked.compareTo(Duration.ofNanos(Long.MAX_VALUE).minus(start)) > 0) {
                // beyond what is counted to the nanosecond (about 292 years of working time): no calendar reaches it
                return Either.left(new CalendarError.BeyondCalendar(local(from).toLocalDate(), Integer.MAX_VALUE,
                        calendar.lastDay()));
            }
            long target = start.toNanos() + worked.toNanos();
            long days = (target - 1) / perDay;              // whole working days before the one it runs out on
            Duration within = Duration.ofNanos(target - days * perDay);   // in (0, perDay]
            if (days >= Integer.MAX_VALUE) {
                return Either.left(new CalendarError.BeyondCalendar(local(from).toLocalDate(), Integer.MAX_VALUE, calendar.lastDay()));
            }
            return calendar.nthWorkingDay((int) days + 1)
                    .<CalendarError>toEither(() -> new CalendarError.BeyondCalendar(local(from).toLocalDate(),
                            (int) Math.min(Integer.MAX_VALUE, days + 1 - calendar.workingDaysBeforeClamped(local(from).toLocalDate())),
                            calendar.lastDay()))
                    .map(day -> LocalDateTime.of(day, hours.timeWhenWorked(within)).atZone(zone).toInstant());
        });
    }

    /** The working time from the calendar's first day up to {@code at}. */
    private Either<CalendarError, Duration> before(Instant at) {
        LocalDateTime local = local(at);
        LocalDate day = local.toLocalDate();
        return calendar.workingDaysBefore(day).flatMap(days -> calendar.isWorkingDay(day).map(working ->
                hours.perDay().multipliedBy(days).plus(working ? hours.workedBefore(local.toLocalTime()) : Duration.ZERO)));
    }

    private LocalDateTime local(Instant at) {
        return LocalDateTime.ofInstant(at, zone);
    }
}
