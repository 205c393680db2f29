package org.telecrm.calendar;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import org.jmolecules.ddd.annotation.ValueObject;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;

/**
 * The working periods of every working day, in local time of the order's zone (rules.md section 6, "Working hours"):
 * a named setting per contract or per department. {@link #SAMPLE} is the library's sample default, 08:30-12:00 and
 * 14:00-17:30. Periods are in order, do not overlap, and each ends after it starts, within the day.
 *
 * <pre>{@code
 * WorkingHours hours = WorkingHours.of(List.of(new WorkingHours.Period(LocalTime.of(9, 0), LocalTime.of(18, 0)))).get();
 * WorkingHours.SAMPLE.perDay();                       // PT7H
 * WorkingHours.SAMPLE.workedBefore(LocalTime.NOON);   // PT3H30M
 * }</pre>
 *
 * @param periods the working periods of a day, in order
 */
@ValueObject
public record WorkingHours(Seq<Period> periods) {

    /** rules.md section 6, library default (sample): 08:30-12:00 and 14:00-17:30. */
    public static final WorkingHours SAMPLE = of(List.of(new Period(LocalTime.of(8, 30), LocalTime.of(12, 0)),
            new Period(LocalTime.of(14, 0), LocalTime.of(17, 30)))).get();

    public WorkingHours {
        Objects.requireNonNull(periods, "periods");
        String problem = problem(periods);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    /** Working hours from periods; the error says which period is wrong. */
    public static Either<String, WorkingHours> of(Seq<Period> periods) {
        String problem = problem(periods);
        return problem == null ? Either.right(new WorkingHours(periods)) : Either.left(problem);
    }

    private static String problem(Seq<Period> periods) {
        if (periods.isEmpty()) {
            return "working hours need at least one period";
        }
        for (int i = 1; i < periods.size(); i++) {
            if (periods.get(i).start().isBefore(periods.get(i - 1).end())) {
                return "working period " + periods.get(i) + " starts before " + periods.get(i - 1) + " ends";
            }
        }
        return null;
    }

    /** The working time of one working day. */
    public Duration perDay() {
        return periods.foldLeft(Duration.ZERO, (sum, p) -> sum.plus(p.length()));
    }

    /** The working time of a working day before {@code time}. */
    public Duration workedBefore(LocalTime time) {
        return periods.foldLeft(Duration.ZERO, (sum, p) -> time.isAfter(p.start())
                ? sum.plus(Duration.between(p.start(), time.isBefore(p.end()) ? time : p.end())) : sum);
    }

    /**
     * The local time at which {@code worked} of a working day's working time has passed: within the period where it
     * runs out, or the end of a period when it runs out exactly there.
     *
     * @param worked more than zero, at most {@link #perDay()}
     */
    public LocalTime timeWhenWorked(Duration worked) {
        Duration left = worked;
        for (Period p : periods) {
            if (left.compareTo(p.length()) <= 0) {
                return p.start().plus(left);
            }
            left = left.minus(p.length());
        }
        throw new IllegalArgumentException(worked + " is more than a working day's " + perDay());
    }

    /** When the first period starts. */
    public LocalTime dayStart() {
        return periods.head().start();
    }

    /** When the last period ends. */
    public LocalTime dayEnd() {
        return periods.last().end();
    }

    /** e.g. "08:30-12:00, 14:00-17:30". */
    public String describe() {
        return periods.map(Period::toString).mkString(", ");
    }

    /**
     * One working period of a day, {@code [start, end)} in local time.
     */
    @ValueObject
    public record Period(LocalTime start, LocalTime end) {
        public Period {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
            if (!end.isAfter(start)) {
                throw new IllegalArgumentException("a working period ends after it starts, was " + start + "-" + end);
            }
        }

        public Duration length() {
            return Duration.between(start, end);
        }

        @Override
        public String toString() {
            return start + "-" + end;
        }
    }
}
