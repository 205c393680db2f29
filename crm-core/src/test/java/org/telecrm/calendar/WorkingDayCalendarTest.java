package org.telecrm.calendar;

import io.vavr.collection.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkingDayCalendarTest {

    private static final WorkingDayCalendar OFFICIAL = WorkingDayCalendar.official();
    private static final DayByDayCalendar ORACLE = new DayByDayCalendar(OFFICIAL);

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Nested
    class TheOfficialCalendar {

        @Test
        void knowsTheYears2023To2026() {
            assertEquals(d("2023-01-01"), OFFICIAL.firstDay());
            assertEquals(d("2026-12-31"), OFFICIAL.lastDay());
            assertEquals(List.of(2023, 2024, 2025, 2026), OFFICIAL.schedules().map(YearSchedule::year));
        }

        @ParameterizedTest(name = "{0} is a working day: {1} ({2})")
        @CsvSource({
                "2026-10-10, true, National Day make-up Saturday",
                "2026-09-20, true, make-up Sunday",
                "2026-10-01, false, National Day",
                "2026-10-07, false, National Day week (a Wednesday)",
                "2026-10-09, true, plain Friday",
                "2026-10-11, false, plain Sunday",
                "2024-02-04, true, Spring Festival make-up Sunday",
                "2024-02-18, true, Spring Festival make-up Sunday",
                "2024-02-12, false, Spring Festival Monday",
                "2025-01-26, true, Spring Festival make-up Sunday",
                "2025-02-08, true, Spring Festival make-up Saturday",
                "2025-01-28, false, Spring Festival eve",
                "2026-02-14, true, Spring Festival make-up Saturday",
                "2026-02-23, false, Spring Festival Monday",
                "2026-02-28, true, Spring Festival make-up Saturday",
                "2023-01-28, true, make-up Saturday",
                "2023-04-05, false, Qingming"})
        void followsTheStateCouncilNotices(String day, boolean working, String why) {
            assertEquals(working, OFFICIAL.isWorkingDay(d(day)).get(), why);
        }

        @Test
        void countsForwardAcrossHolidaysAndMakeUpDays() {
            // Mid-Autumn 09-25..27 and National Day 10-01..07 off, Saturday 10-10 worked (the example).
            assertEquals(d("2026-10-13"), OFFICIAL.workingDayAfter(d("2026-09-25"), 8).get());
            assertEquals(5, OFFICIAL.workingDaysBetween(d("2026-10-13"), d("2026-10-20")).get());
        }

        @Test
        void theStartDayItselfNeverCounts() {
            assertEquals(d("2026-10-12"), OFFICIAL.workingDayAfter(d("2026-10-09"), 2).get()); // Sat 10-10 is worked
            assertEquals(d("2026-10-12"), OFFICIAL.workingDayAfter(d("2026-10-10"), 1).get());
        }

        @Test
        void countingBackwardsIsTheNegativeOfCountingForwards() {
            assertEquals(-5, OFFICIAL.workingDaysBetween(d("2026-10-20"), d("2026-10-13")).get());
            assertEquals(0, OFFICIAL.workingDaysBetween(d("2026-10-13"), d("2026-10-13")).get());
        }
    }

    @Nested
    class OutsideTheKnownYears {

        @ParameterizedTest
        @CsvSource({"2022-12-30", "2027-01-01", "1999-06-01"})
        void aDateIsAnErrorNeverAGuess(String day) {
            CalendarError error = OFFICIAL.isWorkingDay(d(day)).getLeft();
            assertInstanceOf(CalendarError.DateOutsideCalendar.class, error);
            assertTrue(error.message().contains(day) && error.message().contains("2023-01-01 to 2026-12-31"),
                    error.message());
            assertTrue(OFFICIAL.workingDaysBetween(d("2026-12-01"), d(day)).isLeft());
            assertTrue(OFFICIAL.workingDayAfter(d(day), 3).isLeft());
        }

        @Test
        void countingPastTheLastKnownDayIsAnError() {
            CalendarError error = OFFICIAL.workingDayAfter(d("2026-12-28"), 8).getLeft();
            assertInstanceOf(CalendarError.BeyondCalendar.class, error);
            assertTrue(error.message().contains("2026-12-31"), error.message());
            assertEquals(d("2026-12-31"), OFFICIAL.workingDayAfter(d("2026-12-28"), 3).get());
        }
    }

    @Nested
    class OtherCalendarsThroughThePort {

        private final YearSchedule year2027 = YearSchedule.of(2027, "host-supplied 2027",
                List.of(d("2027-01-01")), List.empty()).get();

        @Test
        void aHostCanAddAYear() {
            WorkingDayCalendar extended = WorkingDayCalendar.from(OfficialHolidays.mainland(), () -> List.of(year2027)).get();
            assertEquals(d("2027-12-31"), extended.lastDay());
            assertFalse(extended.isWorkingDay(d("2027-01-01")).get());
            assertEquals(d("2027-01-05"), extended.workingDayAfter(d("2026-12-31"), 2).get());
        }

        @Test
        void aProvinceCanAddItsOwnDaysToTheNationalOnes() {
            // Guangxi's 三月三 holidays, for illustration: a regional day off merged into the national 2026 schedule.
            CalendarSource guangxi = () -> List.of(YearSchedule.of(2026, "Guangxi",
                    List.of(d("2026-04-20"), d("2026-04-21")), List.empty()).get());
            WorkingDayCalendar regional = WorkingDayCalendar.from(OfficialHolidays.mainland(), guangxi).get();
            assertFalse(regional.isWorkingDay(d("2026-04-20")).get());
            assertTrue(OFFICIAL.isWorkingDay(d("2026-04-20")).get());
            assertFalse(regional.isWorkingDay(d("2026-10-01")).get(), "national holidays still apply");
            assertEquals(OFFICIAL.workingDaysBetween(d("2026-04-01"), d("2026-04-30")).get() - 2,
                    regional.workingDaysBetween(d("2026-04-01"), d("2026-04-30")).get());
        }

        @Test
        void aGapInTheYearsIsRefused() {
            CalendarError error = WorkingDayCalendar.from(OfficialHolidays.mainland(), () -> List.of(
                    YearSchedule.of(2028, "x", List.empty(), List.empty()).get())).getLeft();
            assertTrue(error.message().contains("no schedule for 2027"), error.message());
        }

        @Test
        void aDayBothOffAndWorkedIsRefused() {
            CalendarSource contradicting = () -> List.of(YearSchedule.of(2026, "contradiction",
                    List.of(d("2026-10-10")), List.empty()).get());
            CalendarError error = WorkingDayCalendar.from(OfficialHolidays.mainland(), contradicting).getLeft();
            assertTrue(error.message().contains("2026-10-10"), error.message());
        }

        @Test
        void aWeekdayCannotBeAMakeUpWorkingDay() {
            CalendarError error = YearSchedule.of(2026, "typo", List.empty(), List.of(d("2026-10-12"))).getLeft();
            assertTrue(error.message().contains("2026-10-12") && error.message().contains("MONDAY"), error.message());
        }

        @Test
        void noScheduleAtAllIsRefused() {
            assertTrue(WorkingDayCalendar.from(List::empty).isLeft());
        }
    }

    @Nested
    class ReadingScheduleJson {

        @Test
        void readsTheBundledShape() {
            YearSchedule schedule = YearSchedule.parseJson("""
                    {"year": 2027, "source": "test", "offDays": ["2027-01-01"], "makeupWorkdays": [], "extra": [1, {"a": null}]}
                    """, "test.json").get();
            assertEquals(2027, schedule.year());
            assertEquals(List.of(d("2027-01-01")), schedule.offDays().toList());
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
                "{\"offDays\": [], \"makeupWorkdays\": []}|'year' is missing",
                "{\"year\": 2027, \"offDays\": [\"2027-02-30\"], \"makeupWorkdays\": []}|offDays[0] is not a date",
                "{\"year\": 2027, \"offDays\": []}|'makeupWorkdays' is missing",
                "{\"year\": 2027, \"offDays\": [], \"makeupWorkdays\": []} x|unexpected content",
                "{\"year\": 2027, \"year\": 2028}|duplicate field",
                "[1, 2]|expected a JSON object",
                "{\"year\": 2027.5, \"offDays\": [], \"makeupWorkdays\": []}|not a whole number",
                "{\"year\": 2027, \"offDays\": [\"2027-01-01\"|malformed JSON"})
        void namesWhatIsWrong(String json, String expected) {
            CalendarError error = YearSchedule.parseJson(json, "host.json").getLeft();
            assertTrue(error.message().startsWith("host.json") && error.message().contains(expected), error.message());
        }
    }

    @Nested
    class AgreesWithTheDayByDayDefinition {

        @Property
        void isWorkingDay(@ForAll("knownDays") LocalDate day) {
            assertEquals(ORACLE.isWorkingDay(day), OFFICIAL.isWorkingDay(day).get());
        }

        @Property
        void workingDayAfter(@ForAll("knownDays") LocalDate day, @ForAll @IntRange(min = 1, max = 120) int n) {
            LocalDate expected = ORACLE.workingDayAfter(day, n);
            var actual = OFFICIAL.workingDayAfter(day, n);
            if (expected.isAfter(OFFICIAL.lastDay())) {
                assertInstanceOf(CalendarError.BeyondCalendar.class, actual.getLeft());
            } else {
                assertEquals(expected, actual.get());
                assertTrue(OFFICIAL.isWorkingDay(actual.get()).get(), "the result is always a working day");
                assertEquals(n, OFFICIAL.workingDaysBetween(day, actual.get()).get());
            }
        }

        @Property
        void workingDaysBetween(@ForAll("knownDays") LocalDate a, @ForAll("knownDays") LocalDate b) {
            LocalDate from = a.isBefore(b) ? a : b;
            LocalDate to = a.isBefore(b) ? b : a;
            int forward = OFFICIAL.workingDaysBetween(from, to).get();
            assertEquals(ORACLE.workingDaysBetween(from, to), forward);
            assertEquals(-forward, OFFICIAL.workingDaysBetween(to, from).get());
        }

        @Provide
        Arbitrary<LocalDate> knownDays() {
            return Arbitraries.longs().between(OFFICIAL.firstDay().toEpochDay(), OFFICIAL.lastDay().toEpochDay())
                    .map(LocalDate::ofEpochDay)
                    .edgeCases(edges -> edges.add(OFFICIAL.firstDay(), OFFICIAL.lastDay()));
        }
    }
}
