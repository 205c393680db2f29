package org.telecrm.calendar;

import io.vavr.collection.List;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The calendar's rules at their edges: the first and last day it knows, the n-th working day, counts clamped for
 * messages, provisional years, days off added, compatible successors, schedule years and sizes, working hours and
 * working time past the last known day, and the strict JSON reader of the data files.
 */
class CalendarRulesTest {

    private static final String SYNTHETIC = SyntheticYears.SOURCE;
    /** 2030, synthetic, Monday to Friday: starts on a Tuesday, 261 working days. */
    private static final WorkingDayCalendar Y2030 = WorkingDayCalendar.from(() -> List.of(
            YearSchedule.of(2030, SYNTHETIC, List.empty(), List.empty()).get())).get();
    private static final LocalDate FIRST = LocalDate.of(2030, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2030, 12, 31);

    @Nested
    class TheDaysACalendarKnows {

        @Test
        void runFromTheFirstDayOfItsFirstYearToTheLastDayOfItsLast() {
            assertTrue(Y2030.covers(FIRST));
            assertTrue(Y2030.covers(LAST));
            assertFalse(Y2030.covers(FIRST.minusDays(1)));
            assertFalse(Y2030.covers(LAST.plusDays(1)));
            assertEquals(true, Y2030.isWorkingDay(FIRST).get(), "a Tuesday");
            assertEquals(true, Y2030.isWorkingDay(LAST).get());
            assertTrue(Y2030.isWorkingDay(LAST.plusDays(1)).isLeft());
            assertEquals(false, WorkingDayCalendar.official().isWorkingDay(LocalDate.of(2023, 1, 1)).get(),
                    "the first day of the official calendar is a Sunday and a holiday");
            assertEquals(261, Y2030.workingDaysBetween(FIRST.minusDays(0), LAST).get() + 1);
        }

        @Test
        void theNthWorkingDayIsNoneBeforeTheFirstAndAfterTheLast() {
            assertEquals(Option.none(), Y2030.nthWorkingDay(0));
            assertEquals(Option.some(FIRST), Y2030.nthWorkingDay(1));
            assertEquals(Option.some(LAST), Y2030.nthWorkingDay(261));
            assertEquals(Option.none(), Y2030.nthWorkingDay(262));
        }

        @Test
        void workingDaysBeforeADayAreClampedToTheCalendarForMessages() {
            assertEquals(0, Y2030.workingDaysBeforeClamped(FIRST.minusDays(5)));
            assertEquals(0, Y2030.workingDaysBeforeClamped(FIRST));
            assertEquals(1, Y2030.workingDaysBeforeClamped(FIRST.plusDays(1)));
            assertEquals(2, Y2030.workingDaysBeforeClamped(FIRST.plusDays(2)));
            assertEquals(260, Y2030.workingDaysBeforeClamped(LAST));
            assertEquals(261, Y2030.workingDaysBeforeClamped(LAST.plusDays(1)));
            assertEquals(261, Y2030.workingDaysBeforeClamped(LAST.plusDays(30)));
        }

        @Test
        void isNamedByItsRangeAndEqualWhenBuiltFromTheSameSchedules() {
            assertEquals("WorkingDayCalendar[2030-01-01..2030-12-31, 261 working days]", Y2030.toString());
            WorkingDayCalendar again = WorkingDayCalendar.from(() -> Y2030.schedules()).get();
            assertEquals(Y2030, again);
            assertEquals(Y2030.hashCode(), again.hashCode());
            assertNotEquals(Y2030, WorkingDayCalendar.official());
            assertNotEquals(Y2030, "2030");
        }
    }

    @Nested
    class ProvisionalYearsAndDaysOff {

        @Test
        void aProvisionalExtensionAddsMondayToFridayYearsAfterTheLastOnly() {
            assertSame(Y2030, Y2030.provisionallyExtendedTo(2030));
            assertSame(Y2030, Y2030.provisionallyExtendedTo(2029));
            WorkingDayCalendar extended = Y2030.provisionallyExtendedTo(2032);
            assertEquals(LocalDate.of(2032, 12, 31), extended.lastDay());
            assertEquals(List.of(2030, 2031, 2032), extended.schedules().map(YearSchedule::year));
            assertEquals(WorkingDayCalendar.PROVISIONAL_SOURCE, extended.schedules().last().source());
            assertEquals(true, extended.isWorkingDay(LocalDate.of(2031, 1, 1)).get(), "a Wednesday, no holiday known");
        }

        @Test
        void daysOffMakeWorkingDaysAndMakeUpDaysRestDays() {
            WorkingDayCalendar official = WorkingDayCalendar.official();
            assertSame(official, official.withDaysOff(TreeSet.empty()).get());
            LocalDate wednesday = LocalDate.of(2026, 3, 4);
            LocalDate makeUpSunday = LocalDate.of(2026, 1, 4);
            assertEquals(true, official.isWorkingDay(makeUpSunday).get());
            WorkingDayCalendar held = official.withDaysOff(TreeSet.of(wednesday, makeUpSunday)).get();
            assertEquals(false, held.isWorkingDay(wednesday).get());
            assertEquals(false, held.isWorkingDay(makeUpSunday).get(), "a make-up day held is no longer worked");
            assertEquals(true, held.isWorkingDay(LocalDate.of(2026, 3, 5)).get());
            assertEquals(official.lastDay(), held.lastDay());
            assertEquals(Option.some(makeUpSunday), held.firstDisagreementWith(official));
            assertFalse(held.agreesWith(official));
            assertTrue(official.agreesWith(official));
        }

        @Test
        void aCalendarThatKnowsLessDisagreesAtTheFirstDayItLacks() {
            WorkingDayCalendar official = WorkingDayCalendar.official();
            WorkingDayCalendar from2024 = WorkingDayCalendar.from(() -> official.schedules().drop(1)).get();
            assertEquals(Option.some(official.firstDay()), from2024.firstDisagreementWith(official));
            WorkingDayCalendar to2025 = WorkingDayCalendar.from(() -> official.schedules().dropRight(1)).get();
            assertEquals(Option.some(LocalDate.of(2026, 1, 1)), to2025.firstDisagreementWith(official));
            assertEquals(Option.none(), official.firstDisagreementWith(to2025), "knowing more years is compatible");
        }
    }

    @Nested
    class Schedules {

        @Test
        void aYearFrom1949To9999() {
            assertTrue(YearSchedule.of(YearSchedule.FIRST_YEAR, SYNTHETIC, List.empty(), List.empty()).isRight());
            assertTrue(YearSchedule.of(YearSchedule.LAST_YEAR, SYNTHETIC, List.empty(), List.empty()).isRight());
            assertTrue(YearSchedule.of(YearSchedule.FIRST_YEAR - 1, SYNTHETIC, List.empty(), List.empty()).isLeft());
            assertTrue(YearSchedule.of(YearSchedule.LAST_YEAR + 1, SYNTHETIC, List.empty(), List.empty()).isLeft());
        }

        @Test
        void aFileOfExactlyTheLargestSizeIsReadAndOneByteMoreIsNot() {
            String doc = "{\"year\":2030,\"offDays\":[],\"makeupWorkdays\":[]}";
            byte[] largest = (doc + " ".repeat(YearSchedule.MAX_JSON_BYTES - doc.length()))
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
            assertEquals(YearSchedule.MAX_JSON_BYTES, largest.length);
            assertEquals(2030, YearSchedule.parseJson(largest, "big.json").get().year());
            byte[] tooLarge = java.util.Arrays.copyOf(largest, largest.length + 1);
            tooLarge[largest.length] = ' ';
            assertEquals(new CalendarError.InvalidSchedule("big.json", "is " + tooLarge.length + " bytes, more than the "
                    + YearSchedule.MAX_JSON_BYTES + " a year schedule may have"),
                    YearSchedule.parseJson(tooLarge, "big.json").getLeft());
        }

        @Test
        void onlyADateAfterTheLastKnownDayIsNotYetKnown() {
            assertTrue(new CalendarError.DateOutsideCalendar(LAST.plusDays(1), FIRST, LAST).notYetKnown());
            assertFalse(new CalendarError.DateOutsideCalendar(FIRST.minusDays(1), FIRST, LAST).notYetKnown());
            assertFalse(new CalendarError.InvalidSchedule("x", "y").notYetKnown());
        }
    }

    @Nested
    class WorkingHoursAndTime {

        @Test
        void theSampleDayRunsFrom0830To1730AndPeriodsMayNotOverlap() {
            assertEquals(LocalTime.of(8, 30), WorkingHours.SAMPLE.dayStart());
            assertEquals(LocalTime.of(17, 30), WorkingHours.SAMPLE.dayEnd());
            WorkingHours.Period morning = new WorkingHours.Period(LocalTime.of(8, 0), LocalTime.of(12, 0));
            WorkingHours.Period overlapping = new WorkingHours.Period(LocalTime.of(11, 0), LocalTime.of(13, 0));
            assertEquals(io.vavr.control.Either.left("working period " + overlapping + " starts before " + morning
                    + " ends"), WorkingHours.of(List.of(morning, overlapping)));
        }

        @Test
        void noWorkingTimeIsTheStartItselfOnAKnownDayOnly() {
            ZoneId zone = ZoneId.of("Asia/Shanghai");
            WorkingTime time = new WorkingTime(Y2030, WorkingHours.SAMPLE, zone);
            java.time.Instant known = ZonedDateTime.of(2030, 3, 5, 10, 0, 0, 0, zone).toInstant();
            assertEquals(known, time.after(known, Duration.ZERO).get());
            java.time.Instant unknown = ZonedDateTime.of(2031, 3, 5, 10, 0, 0, 0, zone).toInstant();
            assertEquals(new CalendarError.DateOutsideCalendar(LocalDate.of(2031, 3, 5), FIRST, LAST),
                    time.after(unknown, Duration.ZERO).getLeft());
        }

        @Test
        void workingTimeRunningPastTheLastDayNamesHowManyWorkingDaysItNeeds() {
            ZoneId zone = ZoneId.of("Asia/Shanghai");
            WorkingTime time = new WorkingTime(Y2030, WorkingHours.SAMPLE, zone);
            // from the start of the last working day, two working days of 7 h: the second falls after the calendar
            java.time.Instant lastMorning = ZonedDateTime.of(2030, 12, 31, 8, 30, 0, 0, zone).toInstant();
            assertEquals(new CalendarError.BeyondCalendar(LAST, 2, LAST),
                    time.after(lastMorning, Duration.ofHours(14)).getLeft());
            assertEquals(ZonedDateTime.of(2030, 12, 31, 17, 30, 0, 0, zone).toInstant(),
                    time.after(lastMorning, Duration.ofHours(7)).get());
        }

        @Test
        void workingTimeBeyondWhatCanBeCountedIsBeyondTheCalendarNotAnOverflow() {
            ZoneId zone = ZoneId.of("Asia/Shanghai");
            WorkingTime time = new WorkingTime(Y2030, WorkingHours.SAMPLE, zone);
            java.time.Instant lastMorning = ZonedDateTime.of(2030, 12, 31, 8, 30, 0, 0, zone).toInstant();
            for (Duration huge : List.of(Duration.ofDays(365L * 300), Duration.ofSeconds(Long.MAX_VALUE))) {
                assertEquals(new CalendarError.BeyondCalendar(LAST, Integer.MAX_VALUE, LAST),
                        time.after(lastMorning, huge).getLeft());
            }
        }

        @Test
        void workingHoursHaveAtLeastOnePeriod() {
            assertEquals(io.vavr.control.Either.left("working hours need at least one period"),
                    WorkingHours.of(List.empty()));
        }
    }

    @Nested
    class TheDataFilesJsonReader {

        private Object read(String text) {
            return JsonText.parse(text).getOrElseThrow(problem -> new AssertionError(text + ": " + problem));
        }

        private String refused(String text) {
            return JsonText.parse(text).getLeft();
        }

        @Test
        void takesWhitespaceBetweenAnyTwoTokens() {
            Object value = read(" { \"a\" : [ 1 , 2 ] ,\t\"b\" :\r\n{ } , \"c\" : [ ] } ");
            assertEquals(Map.of("a", java.util.List.of(BigDecimal.ONE, BigDecimal.valueOf(2)), "b", Map.of(),
                    "c", java.util.List.of()), value);
            assertEquals(java.util.List.of("x"), read("[\"x\"]"));
            assertEquals(Map.of(), read("{}"));
        }

        @Test
        void readsLiteralsNumbersAndEveryEscape() {
            assertEquals(Boolean.TRUE, read("true"));
            assertEquals(Boolean.FALSE, read("false"));
            assertSame(JsonText.NULL, read("null"));
            assertEquals(new BigDecimal("0"), read("0"));
            assertEquals(new BigDecimal("9"), read("9"));
            assertEquals(new BigDecimal("-12"), read("-12"));
            assertEquals(new BigDecimal("1E+5"), read("1e+5"));
            assertEquals("\"\\/\b\f\n\r\tA é", read("\"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u0041 é\""));
        }

        @Test
        void namesWhatIsWrongAndAtWhichCharacter() {
            assertEquals("malformed JSON at character 4: unexpected character ']'", refused("[1,]"));
            assertEquals("malformed JSON at character 1: unexpected character '/'", refused("/"));
            assertEquals("malformed JSON at character 1: unexpected character ':'", refused(":"));
            assertEquals("malformed JSON at character 1: unexpected word", refused("nul"));
            assertEquals("malformed JSON at character 2: bad number", refused("[-]"));
            assertEquals("malformed JSON at character 5: unterminated string", refused("\"abc"));
            assertEquals("malformed JSON at character 6: unterminated string", refused("\"abc\\"));
            assertEquals("malformed JSON at character 8: unterminated string", refused("\"\\u0041"));
            assertEquals("malformed JSON at character 4: incomplete \\u escape", refused("\"\\u004"));
            assertEquals("malformed JSON at character 4: bad \\u escape", refused("\"\\u00G1\""));
            assertEquals("malformed JSON at character 4: bad escape '\\x'", refused("\"\\x\""));
            assertEquals("malformed JSON at character 4: control character in a string", refused("\"a\u0001\""));
            assertEquals(" ", read("\" \""));
            assertEquals("malformed JSON at character 13: duplicate field 'a'", refused("{\"a\":1,\"a\":2}"));
            assertEquals("malformed JSON at character 2: expected a field name", refused("{1:2}"));
            assertEquals("malformed JSON at character 4: unexpected content after the JSON value", refused("[] x"));
            assertEquals("malformed JSON at character 2: unexpected end of text", refused("["));
        }

        @Test
        void nestsUpToItsLimitAndSiblingsDoNotAddUp() {
            int limit = JsonText.MAX_DEPTH;
            assertTrue(JsonText.parse("[".repeat(limit) + "]".repeat(limit)).isRight());
            assertEquals("malformed JSON at character " + (limit + 1) + ": nested deeper than " + limit + " levels",
                    refused("[".repeat(limit + 1) + "]".repeat(limit + 1)));
            assertTrue(JsonText.parse("[" + "[],".repeat(3 * limit) + "[]]").isRight());
        }
    }
}
