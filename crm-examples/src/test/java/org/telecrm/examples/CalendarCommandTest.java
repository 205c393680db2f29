package org.telecrm.examples;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telecrm.examples.calendar.CalendarCommand;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code crm calendar check FILE...}: the check an operator runs before supplying a year (docs/calendar.md, "Each November"). */
class CalendarCommandTest {

    static CrmRun crm(String... args) {
        return CrmRun.of(args);
    }

    @Test
    void aValidNextYearIsSummarisedToCompareWithTheNotice() {
        CrmRun run = crm("calendar", "check", "samples/calendar/2027-synthetic.json");
        assertEquals(0, run.exit(), run.err());
        // 261 Monday-to-Friday days in 2027, 6 weekdays off, 1 Saturday worked
        assertTrue(run.out().startsWith("2027: valid; 256 working days; 6 days off (6 on weekdays); 1 make-up working days"
                + " (2027-02-06 saturday); source: SYNTHETIC"), run.out());
        assertTrue(run.out().contains("calendar with these: 2023-01-01 to 2027-12-31, a compatible successor"), run.out());
    }

    @Test
    void aMakeUpDayOnAWeekdayIsInvalid(@TempDir Path dir) throws IOException {
        Path bad = Files.writeString(dir.resolve("2027.json"),
                "{\"year\": 2027, \"source\": \"typo\", \"offDays\": [], \"makeupWorkdays\": [\"2027-02-05\"]}");
        CrmRun run = crm("calendar", "check", bad.toString());
        assertEquals(CalendarCommand.INVALID, run.exit());
        assertTrue(run.err().contains("make-up working day 2027-02-05 is a FRIDAY"), run.err());
    }

    @Test
    void aYearThatLeavesAGapIsInvalid(@TempDir Path dir) throws IOException {
        Path gap = Files.writeString(dir.resolve("2028.json"),
                "{\"year\": 2028, \"source\": \"SYNTHETIC\", \"offDays\": [], \"makeupWorkdays\": []}");
        CrmRun run = crm("calendar", "check", gap.toString());
        assertEquals(CalendarCommand.INVALID, run.exit());
        assertTrue(run.err().contains("no schedule for 2027 between 2023 and 2028"), run.err());
    }

    @Test
    void aScheduleThatChangesAKnownDayIsInvalid(@TempDir Path dir) throws IOException {
        Path change = Files.writeString(dir.resolve("2026-fix.json"),
                "{\"year\": 2026, \"source\": \"SYNTHETIC\", \"offDays\": [\"2026-12-31\"], \"makeupWorkdays\": []}");
        CrmRun run = crm("calendar", "check", change.toString());
        assertEquals(CalendarCommand.INVALID, run.exit());
        assertTrue(run.err().contains("changes 2026-12-31, which the official calendar"), run.err());
    }

    @Test
    void usage() {
        assertEquals(Crm.USAGE, crm("calendar").exit());
        assertEquals(Crm.USAGE, crm("calendar", "check").exit());
        assertEquals(Crm.USAGE, crm("calendar", "verify", "x.json").exit());
        assertEquals(Crm.USAGE, crm("calendar", "check", "--strict", "x.json").exit());
        assertEquals(0, crm("calendar", "--help").exit());
        assertTrue(crm("calendar", "--help").out().contains("Exit codes"));
        assertEquals(CalendarCommand.INVALID, crm("calendar", "check", "no-such-file.json").exit());
    }
}
