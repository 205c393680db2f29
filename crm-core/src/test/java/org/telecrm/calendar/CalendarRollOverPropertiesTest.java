package org.telecrm.calendar;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import io.vavr.control.Either;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** rules.md section 6, "A new year": supplying a year the calendar did not know changes no answer about a known day. */
class CalendarRollOverPropertiesTest {

    static final WorkingDayCalendar KNOWN = WorkingDayCalendar.official();
    static final WorkingDayCalendar EXTENDED = SyntheticYears.officialWith2027();
    static final int KNOWN_DAYS = (int) (KNOWN.lastDay().toEpochDay() - KNOWN.firstDay().toEpochDay() + 1);

    static LocalDate known(int offset) {
        return KNOWN.firstDay().plusDays(offset);
    }

    @Property
    void anExtendedCalendarAnswersEveryKnownDayAsBefore(@ForAll @IntRange(min = 0, max = 1460) int a,
                                                        @ForAll @IntRange(min = 0, max = 1460) int b,
                                                        @ForAll @IntRange(min = 1, max = 400) int n) {
        LocalDate from = known(a % KNOWN_DAYS);
        LocalDate to = known(b % KNOWN_DAYS);
        assertEquals(KNOWN.isWorkingDay(from), EXTENDED.isWorkingDay(from));
        assertEquals(KNOWN.workingDaysBetween(from, to), EXTENDED.workingDaysBetween(from, to));
        Either<CalendarError, LocalDate> before = KNOWN.workingDayAfter(from, n);
        Either<CalendarError, LocalDate> after = EXTENDED.workingDayAfter(from, n);
        if (before.isRight()) {
            assertEquals(before, after);
        } else {
            // what the known calendar could not answer was only not yet known, and now has an answer in 2027
            assertTrue(before.getLeft().notYetKnown(), before.getLeft().message());
            assertTrue(after.isLeft() || after.get().getYear() == 2027 || !after.get().isAfter(KNOWN.lastDay()));
        }
    }

    @Property
    void anExtensionIsACompatibleSuccessorAndNotTheOtherWayRound(@ForAll @IntRange(min = 2027, max = 2030) int year) {
        assertTrue(EXTENDED.agreesWith(KNOWN));
        assertTrue(KNOWN.provisionallyExtendedTo(year).agreesWith(KNOWN));
        assertEquals(LocalDate.of(2027, 1, 1), KNOWN.firstDisagreementWith(EXTENDED).get());
    }
}
