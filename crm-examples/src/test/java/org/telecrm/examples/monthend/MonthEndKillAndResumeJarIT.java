package org.telecrm.examples.monthend;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telecrm.examples.KeyFile;
import org.telecrm.persistence.jdbc.PooledStorage;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged {@code crm month-end} on its embedded H2, killed (SIGKILL) half way through and started again, ends
 * in the same state, outbox included, and writes the same reports as a run that was never interrupted.
 */
class MonthEndKillAndResumeJarIT {

    static final String KEY_ACCOUNTS = "30";

    @TempDir
    Path dir;

    @Test
    void aRunKilledHalfWayAndResumedEndsWhereAnUninterruptedRunEnds() throws Exception {
        Path whole = dir.resolve("whole");
        Path killed = dir.resolve("killed");
        assertEquals(0, monthEnd(whole).start().waitFor());

        Process interrupted = monthEnd(killed).start();
        File stderr = lastStderr;
        // kill it as soon as the claims stage starts: the sample is stored, deadlines reviewed, claims in progress
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(3));
        while (!Files.readString(stderr.toPath()).contains("month-end: raise claims ...")) {
            assertTrue(interrupted.isAlive() && Instant.now().isBefore(giveUp),
                    "the run ended or took too long before the claims stage: " + Files.readString(stderr.toPath()));
            Thread.sleep(20);
        }
        interrupted.destroyForcibly();
        assertTrue(interrupted.waitFor(1, TimeUnit.MINUTES));
        assertNotEquals(0, interrupted.exitValue());
        assertTrue(Files.notExists(killed.resolve("reports/month-end-2026-03.html")), "killed before the reports");

        Process resumed = monthEnd(killed).start();
        assertEquals(0, resumed.waitFor(), Files.readString(lastStderr.toPath()));
        assertTrue(Files.readString(lastStderr.toPath()).matches("(?s).*load sample: \\d+ seen, 0 saved, 0 events.*"),
                "the resumed run found the sample stored");

        for (String report : List.of("month-end-2026-03.jsonl", "month-end-2026-03.html")) {
            assertEquals(Files.readString(whole.resolve("reports").resolve(report)),
                    Files.readString(killed.resolve("reports").resolve(report)), report);
        }
        assertEquals(dump(whole), dump(killed));
    }

    private File lastStderr;

    private ProcessBuilder monthEnd(Path into) throws IOException {
        String jar = System.getProperty("crm.jar");
        assertTrue(jar != null && Files.isRegularFile(Path.of(jar)), "the crm.jar system property (failsafe sets it)");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", jar, "month-end", "--month", "2026-03", "--dir", into.toString(),
                "--key-accounts", KEY_ACCOUNTS));
        lastStderr = Files.createTempFile(dir, "stderr", ".txt").toFile();
        return new ProcessBuilder(command).redirectError(lastStderr).redirectOutput(ProcessBuilder.Redirect.DISCARD);
    }

    /** The store's state through the ports (write stamps aside, which differ between any two runs). */
    private static String dump(Path at) {
        String url = "jdbc:h2:file:" + at.toAbsolutePath().resolve("crm") + ";FILE_LOCK=FS";
        try (PooledStorage store = PooledStorage.open(url, "sa", "", 2, KeyFile.in(at).get())) {
            return StoreDump.of(Ports.of(store.storage()), store.storage().cipher(), YearMonth.of(2026, 3));
        }
    }
}
