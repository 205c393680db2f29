package org.telecrm.examples.settle;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telecrm.calendar.OfficialHolidays;
import org.telecrm.calendar.WorkingDayCalendar;
import org.telecrm.calendar.files.CalendarFiles;
import org.telecrm.sla.Product;
import org.telecrm.sla.ProvisioningClass;
import org.telecrm.money.Money;
import org.telecrm.sla.provisioning.ProvisioningAssessment;
import org.telecrm.sla.provisioning.ProvisioningCase;
import org.telecrm.sla.provisioning.ProvisioningCompensation;
import org.telecrm.sla.provisioning.ProvisioningTariff;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.telecrm.examples.settle.Orders.order;

/**
 * Issue 11, done when, for {@code crm settle}: an order accepted on 2026-12-15 with a 20-working-day deadline is not
 * yet known for money until a 2027 schedule is supplied with {@code --calendar}, and then settled as the library
 * settles it on the extended calendar.
 */
class SettleCalendarTest {

    /** The synthetic 2027 schedule the procedure of docs/calendar.md uses (marked synthetic in its source). */
    static final Path SYNTHETIC_2027 = Path.of("samples", "calendar", "2027-synthetic.json");
    static final String DEC_15 = order("orderId", "\"SO-1215\"", "provisioningClass", "\"NORMAL\"",
            "standardOneTimeFee", "\"1000.00\"", "acceptedOn", "\"2026-12-15\"", "completedOn", "\"2027-01-20\"");

    static SettleRun settle(String input, String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "settle";
        System.arraycopy(args, 0, all, 1, args.length);
        return SettleRun.crm(new ByteArrayInputStream((input + "\n").getBytes(StandardCharsets.UTF_8)), all);
    }

    @Nested
    class BeforeTheYearIsSupplied {
        @Test
        void moneyIsNotYetKnownExit3AndAWarningSaysHowToSupplyTheYear() {
            SettleRun run = settle(DEC_15, "--as-of", "2027-01-31");
            assertEquals(SettleCommand.SOME_NOT_YET_KNOWN, run.exitCode());
            assertEquals(1, run.lines().size());
            assertEquals("SO-1215", run.json(0).get("orderId").asText());
            assertTrue(run.json(0).get("notYetKnown").asText().endsWith("settled once the schedule of 2027 is supplied"));
            assertFalse(run.json(0).has("compensation"), "no guessed money");
            assertTrue(run.stderr().contains("warning: the working-day calendar knows days up to 2026-12-31"), run.stderr());
            assertTrue(run.stderr().contains("--calendar FILE"), run.stderr());
            assertTrue(run.stderr().contains("1 not yet known"), run.stderr());
        }

        @Test
        void anAsOfDateBeyondTheCalendarIsAllowed() {
            SettleRun run = settle(order("acceptedOn", "\"2026-12-15\"", "completedOn", "null"), "--as-of", "2027-01-04");
            assertEquals(SettleCommand.SOME_NOT_YET_KNOWN, run.exitCode());
            assertTrue(run.json(0).has("notYetKnown"));
        }

        @Test
        void aRejectedLineTakesPrecedenceOverNotYetKnown() {
            SettleRun run = settle(DEC_15 + "\n{}", "--as-of", "2027-01-31");
            assertEquals(SettleCommand.SOME_REJECTED, run.exitCode());
        }
    }

    @Nested
    class OnceItIsSupplied {
        @Test
        void theOrderIsSettledAsTheLibrarySettlesItOnTheExtendedCalendar() {
            SettleRun run = settle(DEC_15, "--as-of", "2027-01-31", "--calendar", SYNTHETIC_2027.toString());
            assertEquals(0, run.exitCode(), run.stderr());
            WorkingDayCalendar extended = WorkingDayCalendar.from(OfficialHolidays.mainland(),
                    CalendarFiles.read(SYNTHETIC_2027).get()).get();
            ProvisioningAssessment expected = ProvisioningCompensation.of(extended, ProvisioningTariff.RULES_MD)
                    .assess(ProvisioningCase.completed(Product.DDN, ProvisioningClass.NORMAL, Money.ofYuan(1000),
                            LocalDate.of(2026, 12, 15), LocalDate.of(2027, 1, 20))).get();
            assertEquals("2027-01-13", run.json(0).get("dueOn").asText());
            assertEquals(expected.dueOn().toString(), run.json(0).get("dueOn").asText());
            assertEquals(5, run.json(0).get("workingDaysLate").asInt());
            assertEquals(expected.compensation().toPlainString(), run.json(0).get("compensation").asText());
            assertEquals("100.00", run.json(0).get("compensation").asText());
            assertFalse(run.stderr().contains("warning"), "2027-01-31 is far from 2027-12-31: " + run.stderr());
        }

        @Test
        void calendarIsRepeatableAndTakesDirectories(@TempDir Path dir) throws IOException {
            Path directory = Files.createDirectories(dir.resolve("schedules"));
            Files.copy(SYNTHETIC_2027, directory.resolve("2027.json"));
            Files.writeString(directory.resolve("notes.txt"), "not a schedule, ignored");
            Path file2028 = Files.writeString(dir.resolve("2028.json"),
                    "{\"year\": 2028, \"source\": \"SYNTHETIC\", \"offDays\": [], \"makeupWorkdays\": []}");
            SettleRun run = settle(order("acceptedOn", "\"2027-12-20\"", "completedOn", "\"2028-01-20\""),
                    "--as-of", "2028-01-31", "--calendar", directory.toString(), "--calendar", file2028.toString());
            assertEquals(0, run.exitCode(), run.stderr());
            // due on the 8th working day after 2027-12-20: 12-30; late 12-31 and 14 working days of January 2028
            assertEquals("2027-12-30", run.json(0).get("dueOn").asText());
            assertEquals(15, run.json(0).get("workingDaysLate").asInt(), run.lines().toString());
        }

        @Test
        void aBadCalendarFileIsAUsageErrorNamingItAndNothingIsRead(@TempDir Path dir) throws IOException {
            Path bad = Files.writeString(dir.resolve("2027.json"), "{\"year\": 2027, \"offDays\": [], \"makeupWorkdays\": [\"2027-01-04\"]}");
            SettleRun run = SettleRun.crm(new java.io.InputStream() {
                @Override
                public int read() {
                    throw new AssertionError("the input must not be read");
                }
            }, "settle", "--as-of", "2027-01-31", "--calendar", bad.toString());
            assertEquals(64, run.exitCode());
            assertTrue(run.stderr().contains(bad + " (2027): make-up working day 2027-01-04 is a MONDAY"), run.stderr());
        }
    }

    @Nested
    class TheWarning {
        @Test
        void comesWithin60DaysOfTheLastKnownDayAndNotBefore() {
            assertTrue(settle("", "--as-of", "2026-11-01").stderr().contains("warning"));
            assertFalse(settle("", "--as-of", "2026-10-31").stderr().contains("warning"));
            // an order's own dates count too
            SettleRun run = settle(order("acceptedOn", "\"2026-11-02\"", "completedOn", "\"2026-11-20\""), "--as-of", "2026-03-01");
            assertTrue(run.stderr().contains("warning: the working-day calendar knows days up to 2026-12-31"), run.stderr());
        }
    }
}
