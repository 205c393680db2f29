package org.telecrm.examples;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line at its edges: version, help spellings, an input file, and a reader that goes away. */
class CliEdgesTest {

    private static final String ORDER = "{\"orderId\":\"SO-1\",\"product\":\"DDN\",\"provisioningClass\":\"EXPRESS\","
            + "\"standardOneTimeFee\":\"8000.00\",\"acceptedOn\":\"2026-09-25\",\"completedOn\":\"2026-10-20\"}\n";

    private record Run(int exit, String out, String err) {
    }

    private static Run crm(byte[] in, OutputStream out, String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Crm.run(args, new ByteArrayInputStream(in), out, new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out instanceof ByteArrayOutputStream bytes ? bytes.toString(StandardCharsets.UTF_8) : "",
                err.toString(StandardCharsets.UTF_8));
    }

    private static Run crm(String in, String... args) {
        return crm(in.getBytes(StandardCharsets.UTF_8), new ByteArrayOutputStream(), args);
    }

    /** A reader that closed its end of the pipe, as {@code head -1} does: every write fails with EPIPE. */
    private static final OutputStream CLOSED_PIPE = new OutputStream() {
        @Override
        public void write(int b) throws IOException {
            throw new IOException("Broken pipe");
        }
    };

    @Test
    void versionNamesTheBuildsVersion() {
        Run run = crm("", "--version");
        assertEquals(0, run.exit());
        assertTrue(run.out().matches("crm \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\n"), run.out());
    }

    @Test
    void settleTakesDashHForHelp() {
        Run run = crm("", "settle", "-h");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("Usage: crm settle"), run.out());
    }

    @Test
    void settleReadsTheFileItIsGivenAndNotStandardInput(@TempDir Path dir) throws IOException {
        Path orders = Files.writeString(dir.resolve("orders.jsonl"), ORDER);
        Run fromFile = crm("this is not read\n", "settle", "--as-of", "2026-12-31", orders.toString());
        Run fromStdin = crm(ORDER, "settle", "--as-of", "2026-12-31");
        Run dash = crm(ORDER, "settle", orders.toString().isEmpty() ? "" : "-", "--as-of", "2026-12-31");
        assertEquals(0, fromFile.exit(), fromFile.err());
        assertEquals(fromStdin.out(), fromFile.out());
        assertEquals(fromStdin.out(), dash.out());
    }

    @Test
    void aMissingFileIsAnIoFailureNamingItAndTwoFilesAreAUsageError(@TempDir Path dir) {
        Run missing = crm("", "settle", "--as-of", "2026-12-31", dir.resolve("nope.jsonl").toString());
        assertEquals(Crm.IO_FAILURE, missing.exit());
        assertTrue(missing.err().contains("nope.jsonl: no such file"), missing.err());
        Run two = crm("", "settle", "--as-of", "2026-12-31", "a.jsonl", "b.jsonl");
        assertEquals(Crm.USAGE, two.exit());
        assertTrue(two.err().contains("unexpected argument 'b.jsonl'"), two.err());
    }

    @Test
    void aClosedPipeEndsEveryCommandQuietlyWithTheSigpipeStatus() {
        Run generate = crm(new byte[0], CLOSED_PIPE, "generate", "--count", "100000");
        Run settle = crm(ORDER.getBytes(StandardCharsets.UTF_8), CLOSED_PIPE, "settle", "--as-of", "2026-12-31");
        Run help = crm(new byte[0], CLOSED_PIPE, "help");
        for (Run run : new Run[] {generate, settle, help}) {
            assertEquals(Crm.BROKEN_PIPE, run.exit());
            assertEquals("", run.err());
        }
    }

    @Test
    void anyOtherWriteFailureIsStillAnIoFailureWithItsReason() {
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        Run run = crm(new byte[0], full, "generate", "--count", "10");
        assertEquals(Crm.IO_FAILURE, run.exit());
        assertTrue(run.err().contains("No space left on device"), run.err());
    }
}
