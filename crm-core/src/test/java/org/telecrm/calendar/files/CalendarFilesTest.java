package org.telecrm.calendar.files;

import io.vavr.collection.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telecrm.calendar.CalendarError;
import org.telecrm.calendar.OfficialHolidays;
import org.telecrm.calendar.SyntheticYears;
import org.telecrm.calendar.WorkingDayCalendar;
import org.telecrm.calendar.YearSchedule;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CalendarFilesTest {

    static final String SYNTHETIC_2027 = """
            {"year": 2027, "source": "SYNTHETIC test schedule, not a State Council announcement",
             "offDays": ["2027-01-01", "2027-02-08", "2027-02-09", "2027-02-10", "2027-02-11", "2027-02-12"],
             "makeupWorkdays": ["2027-02-06"]}
            """;

    @TempDir
    Path dir;

    Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    String problem(Path path) {
        CalendarError e = CalendarFiles.read(path).getLeft();
        assertInstanceOf(CalendarError.InvalidSchedule.class, e);
        return e.message();
    }

    @Nested
    class SupplyingAYear {
        @Test
        void aFileInTheBundledShapeExtendsTheOfficialCalendar() throws IOException {
            Path file = write("2027.json", SYNTHETIC_2027);
            WorkingDayCalendar calendar = WorkingDayCalendar.from(OfficialHolidays.mainland(),
                    CalendarFiles.read(file).get()).get();
            assertEquals(LocalDate.of(2027, 12, 31), calendar.lastDay());
            assertEquals(SyntheticYears.officialWith2027().schedules().last().offDays(), calendar.schedules().last().offDays());
            assertTrue(calendar.agreesWith(WorkingDayCalendar.official()));
        }

        @Test
        void aDirectoryGivesEachOfItsJsonFilesAndIgnoresTheRest() throws IOException {
            write("2027.json", SYNTHETIC_2027);
            write("2028.json", "{\"year\": 2028, \"source\": \"SYNTHETIC\", \"offDays\": [], \"makeupWorkdays\": []}");
            write("README.txt", "not a schedule");
            List<Integer> years = CalendarFiles.read(dir).get().yearSchedules().map(YearSchedule::year).toList();
            assertEquals(List.of(2027, 2028), years);
        }

        @Test
        void aByteOrderMarkIsSkipped() throws IOException {
            byte[] text = SYNTHETIC_2027.getBytes(StandardCharsets.UTF_8);
            byte[] withBom = new byte[text.length + 3];
            withBom[0] = (byte) 0xEF;
            withBom[1] = (byte) 0xBB;
            withBom[2] = (byte) 0xBF;
            System.arraycopy(text, 0, withBom, 3, text.length);
            assertEquals(2027, CalendarFiles.read(write("bom.json", withBom)).get().yearSchedules().head().year());
        }
    }

    @Nested
    class BadInputIsATypedErrorNamingTheFile {
        @Test
        void missingFile() {
            String message = problem(dir.resolve("2027.json"));
            assertTrue(message.endsWith("2027.json: does not exist"), message);
        }

        @Test
        void emptyDirectory() {
            assertTrue(problem(dir).endsWith(": is a directory without .json files"));
        }

        @Test
        void malformedUtf8IsRefusedWithItsPosition() throws IOException {
            Path file = write("bad.json", new byte[]{'{', '"', (byte) 0xC3, (byte) 0x28, '"', '}'});
            String message = problem(file);
            assertTrue(message.contains("bad.json: is not valid UTF-8: malformed byte sequence at byte 3"), message);
        }

        @Test
        void deepNestingIsRefusedNotAStackOverflow() throws IOException {
            String deep = "[".repeat(100_000) + "]".repeat(100_000);
            assertTrue(problem(write("deep.json", deep)).contains("nested deeper than 32 levels"));
        }

        @Test
        void wrongShapes() throws IOException {
            assertTrue(problem(write("a.json", "[]")).endsWith("a.json: expected a JSON object"));
            assertTrue(problem(write("b.json", "{\"year\": \"2027\"}")).contains("field 'year' is missing or not a number"));
            assertTrue(problem(write("c.json", "{\"year\": 1e12, \"offDays\": [], \"makeupWorkdays\": []}"))
                    .contains("is not a whole number"));
            assertTrue(problem(write("d.json", "{\"year\": 99999, \"offDays\": [], \"makeupWorkdays\": []}"))
                    .endsWith("d.json (99999): year 99999 is not between 1949 and 9999"));   // the file, not the source
            assertTrue(problem(write("e.json", "{\"year\": 2027, \"offDays\": [\"2027-02-30\"], \"makeupWorkdays\": []}"))
                    .contains("offDays[0] is not a date (YYYY-MM-DD): 2027-02-30"));
            assertTrue(problem(write("f.json", "{\"year\": 2027, \"offDays\": [], \"makeupWorkdays\": [\"2027-01-04\"]}"))
                    .contains("f.json (2027): make-up working day 2027-01-04 is a MONDAY"));
            assertTrue(problem(write("g.json", "{\"year\": 2027, \"offDays\": [], \"makeupWorkdays\": []} x"))
                    .contains("unexpected content after the JSON value"));
            assertTrue(problem(write("h.json", "")).contains("unexpected end of text"));
        }

        @Test
        void aHugeFileIsRefusedUnread() throws IOException {
            Path file = write("huge.json", new byte[YearSchedule.MAX_JSON_BYTES + 1]);
            assertTrue(problem(file).contains("more than the 1048576 a year schedule may have"));
        }

        @Test
        void theFirstBadFileOfSeveralIsNamed() throws IOException {
            Path good = write("2027.json", SYNTHETIC_2027);
            Path bad = write("2028.json", "{");
            CalendarError e = CalendarFiles.read(List.of(good, bad)).getLeft();
            assertTrue(e.message().startsWith(bad.toString()), e.message());
        }
    }
}
