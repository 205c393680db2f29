package org.telecrm.persistence.jdbc;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.vavr.collection.Seq;
import org.telecrm.calendar.WorkingDayCalendar;
import org.telecrm.examples.Crm;
import org.telecrm.examples.monthend.MonthEndCommand;
import org.telecrm.examples.monthend.SampleProvince;
import org.telecrm.kernel.Changed;
import org.telecrm.order.clock.CalendarVersions;
import org.telecrm.persistence.tck.PersonalValues;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code crm month-end --store} on a database: the same month gives the very same reports as in memory, and a second
 * run leaves every crm_ table, the outbox included, byte for byte as the first left it; no identity number, phone
 * number or e-mail address of the sample's customers is in any of them in clear.
 */
abstract class MonthEndOnDatabaseBehaviour {

    static final String KEY_ACCOUNTS = "12";

    /** Every crm_ table with the columns that order its rows. */
    static final String[][] TABLES = {{"crm_customer", "id"}, {"crm_account", "id"}, {"crm_account_entry", "account_id, seq"},
            {"crm_sla_contract", "id"}, {"crm_service_order", "id"}, {"crm_outbox", "position"},
            {"crm_purpose_register", "id"}, {"crm_billing_group", "id"}};

    abstract TestDatabase database();

    @TempDir
    Path dir;

    @Test
    void theMonthGivesTheReportsItGivesInMemoryAndASecondRunLeavesTheStoreByteForByte() throws Exception {
        database().emptied();
        ConnectionSettings settings = database().settings();
        String[] onStore = {"month-end", "--month", "2026-03", "--dir", dir.resolve("db").toString(), "--key-accounts",
                KEY_ACCOUNTS, "--store", settings.url(), "--user", settings.user(), "--password", settings.password()};
        assertEquals(0, crm(onStore));
        String first = dump();
        assertTrue(first.contains("crm_outbox") && first.length() > 100_000, "the month was stored");
        Seq<String> personal = PersonalValues.of(new SampleProvince(MonthEndCommand.DEFAULT_SEED, YearMonth.of(2026, 3),
                        CalendarVersions.first(WorkingDayCalendar.official())).units(Integer.parseInt(KEY_ACCOUNTS))
                .toList().flatMap(unit -> unit.customers().flatMap(Changed::events)));
        assertTrue(personal.size() > 20, "the sample's identity numbers and phones: " + personal.size());
        for (String clear : personal) {
            assertFalse(first.contains(clear), () -> "in clear in a crm_ table: " + clear.substring(0, 3) + "...");
        }
        assertEquals(0, crm(onStore));
        assertEquals(first, dump(), "the second run changed the store");
        // the audit trail grows with every run (an access is recorded each time), always the province's system job
        String audit = database().rawRows().lines().filter(l -> l.startsWith("crm_audit "))
                .collect(java.util.stream.Collectors.joining("\n"));
        assertTrue(audit.contains("system-job month-end 2026-03@44") && audit.contains("churn early warning"), "audited");
        assertFalse(audit.lines().anyMatch(l -> !l.contains("system-job month-end 2026-03@44")), "only the job");
        for (String clear : personal) {
            assertFalse(audit.contains(clear), () -> "in clear in crm_audit: " + clear.substring(0, 3) + "...");
        }

        assertEquals(0, crm("month-end", "--month", "2026-03", "--dir", dir.resolve("memory").toString(), "--key-accounts",
                KEY_ACCOUNTS, "--in-memory"));
        for (String report : new String[]{"month-end-2026-03.jsonl", "month-end-2026-03.html"}) {
            String text = Files.readString(dir.resolve("db/reports").resolve(report));
            assertEquals(Files.readString(dir.resolve("memory/reports").resolve(report)), text, report);
            for (String clear : personal) {
                assertFalse(text.contains(clear), () -> "in clear in " + report + ": " + clear.substring(0, 3) + "...");
            }
        }
    }

    private static int crm(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Crm.run(args, new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        if (code != 0) {
            System.err.println(err.toString(StandardCharsets.UTF_8));
        }
        return code;
    }

    /** Every row of every crm_ table, every column, in key order. */
    private String dump() throws SQLException {
        StringBuilder out = new StringBuilder();
        try (Connection c = database().dataSource().getConnection(); Statement s = c.createStatement()) {
            for (String[] table : TABLES) {
                out.append(table[0]).append('\n');
                try (ResultSet rows = s.executeQuery("SELECT * FROM " + table[0] + " ORDER BY " + table[1])) {
                    ResultSetMetaData meta = rows.getMetaData();
                    while (rows.next()) {
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            out.append(meta.getColumnName(i)).append('=').append(rows.getString(i)).append('\t');
                        }
                        out.append('\n');
                    }
                }
            }
        }
        return out.toString();
    }
}
