package org.telecrm.calendar;

import io.vavr.collection.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Working time agrees with counting minute by minute, for random instants and random working periods. */
class WorkingTimePropertiesTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.official();
    static final Instant BASE = LocalDateTime.of(2026, 9, 20, 0, 0).atZone(ZONE).toInstant();

    static WorkingHours hours(int aStart, int aLength, int gap, int bLength) {
        LocalTime s1 = LocalTime.MIN.plusMinutes(aStart);
        LocalTime e1 = s1.plusMinutes(aLength);
        LocalTime s2 = e1.plusMinutes(gap);
        LocalTime e2 = s2.plusMinutes(bLength);
        return new WorkingHours(List.of(new WorkingHours.Period(s1, e1), new WorkingHours.Period(s2, e2)));
    }

    /** The reference: every minute of [from, to) that lies in a period of a working day. */
    static long minuteByMinute(WorkingHours hours, Instant from, Instant to) {
        long minutes = 0;
        for (Instant t = from; t.isBefore(to); t = t.plusSeconds(60)) {
            LocalDateTime local = LocalDateTime.ofInstant(t, ZONE);
            LocalTime time = local.toLocalTime();
            if (CALENDAR.isWorkingDay(local.toLocalDate()).get()
                    && hours.periods().exists(p -> !time.isBefore(p.start()) && time.isBefore(p.end()))) {
                minutes++;
            }
        }
        return minutes;
    }

    @Property(tries = 200)
    void betweenAgreesWithAMinuteByMinuteCount(@ForAll @IntRange(min = 0, max = 600) int aStart,
                                               @ForAll @IntRange(min = 1, max = 300) int aLength,
                                               @ForAll @IntRange(min = 0, max = 200) int gap,
                                               @ForAll @IntRange(min = 1, max = 300) int bLength,
                                               @ForAll @IntRange(min = 0, max = 20 * 24 * 60) int fromMinute,
                                               @ForAll @IntRange(min = 0, max = 6 * 24 * 60) int lengthMinutes) {
        WorkingHours h = hours(aStart, aLength, gap, bLength);
        WorkingTime time = new WorkingTime(CALENDAR, h, ZONE);
        Instant from = BASE.plusSeconds(60L * fromMinute);
        Instant to = from.plusSeconds(60L * lengthMinutes);
        assertEquals(Duration.ofMinutes(minuteByMinute(h, from, to)), time.between(from, to).get());
    }

    /** Periods of at least an hour each, so that the working time asked for ends within the known calendar. */
    @Property(tries = 200)
    void afterIsTheFirstInstantWhenThatMuchWorkingTimeHasPassed(@ForAll @IntRange(min = 0, max = 600) int aStart,
                                                               @ForAll @IntRange(min = 60, max = 300) int aLength,
                                                               @ForAll @IntRange(min = 0, max = 200) int gap,
                                                               @ForAll @IntRange(min = 60, max = 300) int bLength,
                                                               @ForAll @IntRange(min = 0, max = 20 * 24 * 60) int fromMinute,
                                                               @ForAll @IntRange(min = 1, max = 3000) int worked) {
        WorkingHours h = hours(aStart, aLength, gap, bLength);
        WorkingTime time = new WorkingTime(CALENDAR, h, ZONE);
        Instant from = BASE.plusSeconds(60L * fromMinute);
        Instant end = time.after(from, Duration.ofMinutes(worked)).get();
        assertEquals(worked, minuteByMinute(h, from, end));
        // and not a minute earlier: the last minute before it was working time
        assertEquals(worked - 1, minuteByMinute(h, from, end.minusSeconds(60)));
    }
}
