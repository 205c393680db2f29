package org.telecrm.examples.settle;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.telecrm.examples.Crm;
import org.telecrm.examples.generate.OrderGenerator;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.telecrm.examples.settle.Orders.order;

/** The settle command's contract: output shape and order, line handling, exit codes and usage errors. */
class SettleCommandTest {

    private static final String AS_OF = "2026-12-31";

    @Test
    void aResultLineHasExactlyTheDocumentedShape() {
        SettleRun run = SettleRun.settleLines(AS_OF, order());
        assertEquals(0, run.exitCode());
        assertEquals(List.of("{\"orderId\":\"SO-1\",\"dueOn\":\"2026-10-13\",\"workingDaysLate\":5,"
                + "\"chargedOneTimeFee\":\"12000.00\",\"compensation\":\"3000.00\",\"capped\":false}"), run.lines());
    }

    @Test
    void anErrorRecordHasExactlyTheDocumentedShape() {
        SettleRun run = SettleRun.settleLines(AS_OF, order("product", "\"ISDN\""));
        assertEquals(List.of("{\"line\":1,\"orderId\":\"SO-1\",\"error\":\"product: must be one of DIGITAL_CIRCUIT, DDN, FR, ATM, was 'ISDN'\"}"),
                run.lines());
    }

    @Test
    void aFeeGivenAsAJsonNumberIsReadFromItsTextExactly() {
        assertEquals("12000.15", SettleRun.settleLines(AS_OF, order("standardOneTimeFee", "8000.10")).json(0).get("chargedOneTimeFee").asText());
        assertEquals("1500.00", SettleRun.settleLines(AS_OF, order("standardOneTimeFee", "1e3")).json(0).get("chargedOneTimeFee").asText());
        assertEquals("12000.00", SettleRun.settleLines(AS_OF, order("standardOneTimeFee", "8000")).json(0).get("chargedOneTimeFee").asText());
        // 0.1 + 0.2 style trap: a binary double of 1234.56 is not 1234.56.
        assertEquals("1234.56", SettleRun.settleLines(AS_OF, order("standardOneTimeFee", "1234.56", "provisioningClass", "\"NORMAL\""))
                .json(0).get("chargedOneTimeFee").asText());
    }

    @Test
    void anOrderWithoutCompletionIsSettledAsOfTheAsOfDate() {
        JsonNode absent = SettleRun.settleLines("2026-10-20", order("completedOn", null)).json(0);
        JsonNode nulled = SettleRun.settleLines("2026-10-20", order("completedOn", "null")).json(0);
        JsonNode completedThatDay = SettleRun.settleLines("2026-10-20", order()).json(0);
        assertEquals(completedThatDay, absent);
        assertEquals(completedThatDay, nulled);
        assertEquals(5, absent.get("workingDaysLate").asInt());
    }

    @Test
    void customerIdIsOptionalAndUnknownFieldsAreIgnored() {
        SettleRun run = SettleRun.settleLines(AS_OF, order("customerId", null, "note", "{\"a\":[1,{\"b\":null}]}", "x", "[]"));
        assertEquals(0, run.exitCode(), run.lines().toString());
        assertEquals(SettleRun.settleLines(AS_OF, order()).lines(), run.lines());
    }

    @Test
    void whitespaceOnlyLinesAreSkippedButCountInLineNumbers() {
        SettleRun run = SettleRun.settle(AS_OF, order() + "\n\n   \n\t\r\n" + order("product", "\"X\"") + "\n");
        assertEquals(2, run.lines().size(), run.lines().toString());
        assertEquals(5, run.json(1).get("line").asInt(), "the bad line is the fifth physical line");
        assertTrue(run.stderr().contains("3 blank lines skipped"), run.stderr());
    }

    @Test
    void windowsLineEndingsAndAMissingFinalNewlineAreAccepted() {
        SettleRun run = SettleRun.settle(AS_OF, order() + "\r\n" + order("orderId", "\"SO-2\""));
        assertEquals(0, run.exitCode());
        assertEquals(2, run.lines().size());
        assertEquals("SO-2", run.json(1).get("orderId").asText());
    }

    @Test
    void aLineLongerThanOneMebiCharacterIsRejectedAndTheRestStillSettles() {
        String padding = "x".repeat(BoundedLineReader.MAX_LINE_CHARS);
        String tooLong = order("pad", "\"" + padding + "\"");
        String justFits = order("pad", "\"" + padding.substring(0, BoundedLineReader.MAX_LINE_CHARS - order().length() - 9) + "\"");
        assertEquals(BoundedLineReader.MAX_LINE_CHARS, justFits.length());

        SettleRun run = SettleRun.settleLines(AS_OF, tooLong, order("orderId", "\"SO-2\""), justFits);

        assertEquals(2, run.exitCode());
        assertEquals(3, run.lines().size());
        assertEquals(1, run.json(0).get("line").asInt());
        assertTrue(run.json(0).get("orderId").isNull());
        assertTrue(run.json(0).get("error").asText().contains("longer than 1048576 characters"));
        assertEquals("SO-2", run.json(1).get("orderId").asText());
        assertEquals("SO-1", run.json(2).get("orderId").asText(), "a line of exactly 1 MiB characters is read");
    }

    @Test
    void theOutputKeepsTheInputOrder() {
        OrderGenerator generator = new OrderGenerator(3, 7);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            lines.add(generator.nextLine());
        }
        SettleRun run = SettleRun.settleLines(AS_OF, lines.toArray(String[]::new));
        assertEquals(lines.size(), run.lines().size());
        for (int i = 0; i < lines.size(); i++) {
            JsonNode out = run.json(i);
            if ((i + 1) % 7 == 0) {
                assertEquals(i + 1, out.get("line").asInt(), out.toString());
            } else {
                assertEquals("SO-" + (i + 1), out.get("orderId").asText(), out.toString());
            }
        }
    }

    @Test
    void exitCodeIsZeroWhenEveryLineSettled() {
        assertEquals(0, SettleRun.settleLines(AS_OF, order(), order()).exitCode());
    }

    @Test
    void emptyInputSettlesNothingAndSucceeds() {
        SettleRun run = SettleRun.settle(AS_OF, "");
        assertEquals(0, run.exitCode());
        assertEquals(List.of(), run.lines());
    }

    @Test
    void exitCodeIsTwoWhenAnyLineWasRejected() {
        assertEquals(2, SettleRun.settleLines(AS_OF, order(), "{}", order()).exitCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "--as-of", "--as-of 2026-02-30", "--as-of 26-01-01", "--as-of 2022-12-31",
            "--as-of 2026-12-31 --calendar", "--as-of 2026-12-31 --calendar no-such-2027.json",
            "--as-of 2026-12-31 --verbose", "--as-of 2026-12-31 extra more",
            "--as-of 2026-12-31 --as-of 2026-12-30"})
    void aUsageErrorExits64BeforeReadingInput(String options) {
        List<String> args = new ArrayList<>(List.of("settle"));
        if (!options.isEmpty()) {
            args.addAll(List.of(options.split(" ")));
        }
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = Crm.run(args.toArray(String[]::new), unreadable(), out, new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(Crm.USAGE, exit);
        assertEquals(0, out.size(), "nothing on stdout");
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("crm settle: "), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theAsOfDateMayBeGivenWithAnEqualsSign() {
        assertEquals(0, SettleRun.crm(new ByteArrayInputStream(new byte[0]), "settle", "--as-of=2026-12-31").exitCode());
    }

    @Test
    void helpDocumentsInputOutputErrorsAndExitCodes() {
        SettleRun run = SettleRun.crm(unreadable(), "settle", "--help");
        String help = String.join("\n", run.lines());
        assertEquals(0, run.exitCode());
        for (String topic : List.of("--as-of", "Input", "Output", "\"error\"", "Exit codes", "0 ", "2 ", "64", "1 ", "whitespace", "1 MiB")) {
            assertTrue(help.contains(topic), "help should mention " + topic);
        }
    }

    @Test
    void aFailureToWriteTheOutputExits1() {
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Disk quota exceeded");
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw new IOException("Disk quota exceeded");
            }
        };
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Crm.run(new String[]{"settle", "--as-of", AS_OF}, new ByteArrayInputStream((order() + "\n").getBytes(StandardCharsets.UTF_8)),
                broken, new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(Crm.IO_FAILURE, exit);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("Disk quota exceeded"));
    }

    @Test
    void aFailureToReadTheInputExits1() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("Input/output error");
            }
        };
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Crm.run(new String[]{"settle", "--as-of", AS_OF}, broken, new ByteArrayOutputStream(),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(Crm.IO_FAILURE, exit);
        assertFalse(err.toString(StandardCharsets.UTF_8).isEmpty());
    }

    /** Input that fails the test if anything reads it. */
    private static InputStream unreadable() {
        return new InputStream() {
            @Override
            public int read() {
                throw new AssertionError("the input must not be read");
            }
        };
    }
}
