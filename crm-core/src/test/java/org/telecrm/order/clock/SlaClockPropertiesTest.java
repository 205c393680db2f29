package org.telecrm.order.clock;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Assume;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.telecrm.calendar.WorkingDayCalendar;
import org.telecrm.calendar.YearSchedule;
import org.telecrm.customer.StaffId;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The clock's laws: pauses never overlap and never end before they start; pausing never increases the working days
 * used (so never the days late) nor moves a due date earlier; without pauses the clock is the calendar's count;
 * the working days used are exactly the working days counted day by day that no pause covers all the working hours of.
 */
class SlaClockPropertiesTest {

    static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.official();
    static final ZoneId ZONE = SlaClock.BEIJING;
    static final Instant START = LocalDate.of(2026, 1, 5).atTime(9, 0).atZone(ZONE).toInstant();
    static final StaffId CLERK = StaffId.of("S-1");

    /** Pause attempts as (hours after the previous instant to start, hours to last, or -1: leave open / try back-dated). */
    @Provide
    Arbitrary<Seq<int[]>> pauseAttempts() {
        Arbitrary<int[]> one = Combinators.combine(Arbitraries.integers().between(-20, 200),
                Arbitraries.integers().between(-20, 200)).as((a, b) -> new int[]{a, b});
        return one.list().ofMaxSize(8).map(List::ofAll);
    }

    static PauseLedger ledger(Seq<int[]> attempts) {
        PauseLedger ledger = PauseLedger.EMPTY;
        Instant t = START;
        for (int[] a : attempts) {
            Instant s = t.plus(Duration.ofHours(a[0]));
            ledger = ledger.start(s, PauseReason.SITE_NOT_READY, CLERK).getOrElse(ledger);
            Instant e = s.plus(Duration.ofHours(a[1]));
            ledger = ledger.end(e, CLERK).getOrElse(ledger);
            t = e.isAfter(s) ? e : s;
        }
        return ledger;
    }

    @Property
    void pausesNeverOverlapAndNeverEndBeforeTheyStart(@ForAll("pauseAttempts") Seq<int[]> attempts) {
        Seq<Pause> pauses = ledger(attempts).pauses();
        for (int i = 0; i < pauses.size(); i++) {
            Pause p = pauses.get(i);
            assertTrue(p.end().forAll(e -> !e.isBefore(p.start())));
            if (i + 1 < pauses.size()) {
                assertFalse(pauses.get(i + 1).start().isBefore(p.end().get()));
            }
        }
    }

    @Property
    void pausingNeverIncreasesTheDaysUsedNorBringsTheDueDateForward(@ForAll("pauseAttempts") Seq<int[]> attempts,
                                                                    @ForAll @IntRange(min = 1, max = 20) int days,
                                                                    @ForAll @IntRange(min = 0, max = 60) int asOfDays) {
        TimeLimit limit = new TimeLimit.WorkingDays(days);
        Instant asOf = START.plus(Duration.ofDays(asOfDays));
        ClockReading.Days plain = (ClockReading.Days) SlaClock.read(limit, START, asOf, PauseLedger.EMPTY, CALENDAR, ZONE).get();
        ClockReading.Days net = (ClockReading.Days) SlaClock.read(limit, START, asOf, ledger(attempts), CALENDAR, ZONE).get();
        assertTrue(net.used() <= plain.used());
        assertFalse(net.dueOn().isBefore(plain.dueOn()));
        assertTrue(!net.overdue() || plain.overdue());
        // without pauses, the calendar's own count and deadline
        assertEquals(CALENDAR.workingDaysBetween(LocalDate.of(2026, 1, 5), asOf.atZone(ZONE).toLocalDate()).get(), plain.used());
        assertEquals(CALENDAR.workingDayAfter(LocalDate.of(2026, 1, 5), days).get(), plain.dueOn());
    }

    @Property
    void theDaysUsedAreTheNonPausedWorkingDaysCountedDayByDay(@ForAll("pauseAttempts") Seq<int[]> attempts,
                                                              @ForAll @IntRange(min = 0, max = 60) int asOfDays) {
        PauseLedger ledger = ledger(attempts);
        Instant asOf = START.plus(Duration.ofDays(asOfDays));
        LocalDate asOfDay = asOf.atZone(ZONE).toLocalDate();
        int expected = 0;
        for (LocalDate d = LocalDate.of(2026, 1, 6); !d.isAfter(asOfDay); d = d.plusDays(1)) {
            LocalDate day = d;
            // held: a pause covers all of the day's sample working hours, 08:30 to 17:30 (rules.md section 6)
            Instant opens = day.atTime(8, 30).atZone(ZONE).toInstant();
            Instant closes = day.atTime(17, 30).atZone(ZONE).toInstant();
            boolean held = ledger.pauses().exists(p -> !p.start().isAfter(opens)
                    && p.end().map(e -> !e.isBefore(closes)).getOrElse(true));
            if (CALENDAR.isWorkingDay(d).get() && !held) {
                expected++;
            }
        }
        ClockReading.Days r = (ClockReading.Days) SlaClock.read(new TimeLimit.WorkingDays(5), START, asOf, ledger, CALENDAR, ZONE).get();
        assertEquals(expected, r.used());
    }

    @Property
    void clockTimeUsedIsElapsedMinusPaused(@ForAll("pauseAttempts") Seq<int[]> attempts,
                                           @ForAll @IntRange(min = 0, max = 2000) int asOfHours,
                                           @ForAll @IntRange(min = 1, max = 500) int limitHours) {
        PauseLedger ledger = ledger(attempts);
        Instant asOf = START.plus(Duration.ofHours(asOfHours));
        ClockReading.Time plain = (ClockReading.Time) SlaClock.read(new TimeLimit.ClockTime(Duration.ofHours(limitHours)),
                START, asOf, PauseLedger.EMPTY, CALENDAR, ZONE).get();
        ClockReading.Time net = (ClockReading.Time) SlaClock.read(new TimeLimit.ClockTime(Duration.ofHours(limitHours)),
                START, asOf, ledger, CALENDAR, ZONE).get();
        assertEquals(Duration.ofHours(asOfHours), plain.used());
        assertEquals(plain.used().minus(ledger.pausedDuring(START, asOf)), net.used());
        assertTrue(net.used().compareTo(plain.used()) <= 0);
        assertEquals(net.used().compareTo(Duration.ofHours(limitHours)) > 0, net.overdue());
    }

    @Property
    void aLaterCalendarVersionNeverChangesAReadingOnTheRecordedVersion(@ForAll("pauseAttempts") Seq<int[]> attempts,
                                                                        @ForAll @IntRange(min = 0, max = 60) int asOfDays,
                                                                        @ForAll @IntRange(min = 0, max = 90) int extraHoliday) {
        LocalDate holiday = LocalDate.of(2026, 1, 6).plusDays(extraHoliday);
        Assume.that(holiday.getDayOfWeek().getValue() <= 5 && CALENDAR.isWorkingDay(holiday).get());
        WorkingDayCalendar corrected = WorkingDayCalendar.from(CALENDAR::schedules,
                () -> List.of(YearSchedule.of(2026, "corrected notice", List.of(holiday), List.empty()).get())).get();
        CalendarVersions v1 = CalendarVersions.first(CALENDAR);
        CalendarVersions v2 = v1.publish(corrected);
        int recorded = v1.current();   // what an order accepted before the correction records
        Instant asOf = START.plus(Duration.ofDays(asOfDays));
        PauseLedger ledger = ledger(attempts);
        assertEquals(SlaClock.read(new TimeLimit.WorkingDays(8), START, asOf, ledger, v1.calendar(recorded).get(), ZONE),
                SlaClock.read(new TimeLimit.WorkingDays(8), START, asOf, ledger, v2.calendar(recorded).get(), ZONE));
        assertEquals(2, v2.current());
        assertFalse(v2.calendar(2).get().isWorkingDay(holiday).get(), "the new version does differ");
    }
}
