package org.telecrm.examples.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.vavr.collection.List;
import org.telecrm.examples.Crm;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code crm-bench --only month-end-scale} on a tiny province (the full scale is run by hand: docs/month-end.md,
 * "Month-end at scale"): settle and the month-end both run on the same province, and the table says so with a ratio.
 */
class MonthEndScaleTest {

    @TempDir
    Path dir;

    /** What a run of crm-bench gave: its exit code, standard output and standard error. */
    record BenchRun(int exit, String out, String err) {
    }

    /** Runs {@code crm-bench args...} in-process (the first argument, "bench", names the program). */
    static BenchRun crm(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = BenchCommand.run(List.of(args).tail(), out, new PrintStream(err, true, StandardCharsets.UTF_8));
        return new BenchRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void runsSettleAndTheMonthEndOnTheSameProvinceAndPrintsTheCostPerOrderOfEach() throws Exception {
        BenchRun run = crm("bench", "--only", "month-end-scale", "--key-accounts", "3", "--orders-per-contract", "4",
                "--dir", dir.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("Month-end at scale (one run each, same JVM): 3 contracts, 12 orders"), run.out());
        long provisioning = Files.readAllLines(dir.resolve("provisioning-orders.jsonl")).size();
        assertTrue(provisioning > 0 && provisioning <= 12);
        assertTrue(run.out().matches("(?s).*settle, " + provisioning + " provisioning orders +[0-9.]+ s +[0-9.]+ us per order.*"),
                run.out());
        assertTrue(run.out().matches("(?s).*month-end \\(on-disk H2, reports\\), 12 orders +[0-9.]+ s +[0-9.]+ us per order.*"),
                run.out());
        assertTrue(run.out().matches("(?s).*cost per order, month-end / settle: [0-9.]+\n.*"), run.out());
        assertTrue(run.out().matches("(?s).*heap: at most \\d+ MB live after a collection, of a maximum of \\d+ MB.*"));
        assertTrue(run.out().contains("orders of the month: 12"), "the month-end's own summary: " + run.out());
        assertTrue(Files.exists(dir.resolve("month-end/reports/month-end-2026-03.html")));
    }

    @Test
    void itsOptionsGoWithItAlone() {
        BenchRun run = crm("bench", "--only", "settle", "--key-accounts", "3");
        assertEquals(Crm.USAGE, run.exit());
        assertTrue(run.err().contains("--key-accounts, --orders-per-contract and --dir go with --only month-end-scale"),
                run.err());
        assertEquals(Crm.USAGE, crm("bench", "--only", "month-end-scale", "--orders-per-contract", "0").exit());
        assertTrue(crm("bench", "--help").out().contains("month-end-scale"));
    }
}
