package org.telecrm.examples.settle;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Line splitting with a bounded buffer: lines as written, over-long ones dropped while read, the rest kept. */
class BoundedLineReaderTest {

    /** Each line as text, or "TOO LONG", with its number. */
    private static List<String> read(InputStream in, int maxChars) throws IOException {
        BoundedLineReader lines = new BoundedLineReader(in, maxChars);
        List<String> read = new ArrayList<>();
        while (lines.next()) {
            read.add(lines.lineNumber() + ":" + (lines.tooLong() ? "TOO LONG"
                    : new String(lines.buffer(), lines.start(), lines.length(), StandardCharsets.UTF_8)));
        }
        return read;
    }

    private static List<String> read(String text, int maxChars) throws IOException {
        return read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), maxChars);
    }

    /** Hands out one byte per read call, the worst case for a line split across reads. */
    private static InputStream trickle(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new InputStream() {
            private int next;

            @Override
            public int read() {
                return next < bytes.length ? bytes[next++] & 0xFF : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                int one = read();
                if (one < 0) {
                    return -1;
                }
                b[off] = (byte) one;
                return 1;
            }
        };
    }

    @Test
    void linesEndAtNewlinesAndTheLastNeedsNone() throws IOException {
        assertEquals(List.of("1:a", "2:", "3:bc"), read("a\n\nbc", 10));
        assertEquals(List.of("1:a", "2:bc"), read("a\nbc\n", 10));
        assertEquals(List.of(), read("", 10));
        assertEquals(List.of("1:"), read("\n", 10));
    }

    @Test
    void aCarriageReturnStaysInTheLine() throws IOException {
        assertEquals(List.of("1:a\r", "2:b"), read("a\r\nb", 10));
    }

    @Test
    void aLineOfExactlyTheLimitIsKeptAndOneMoreCharacterIsTooLong() throws IOException {
        assertEquals(List.of("1:12345", "2:TOO LONG", "3:x"), read("12345\n123456\nx\n", 5));
    }

    @Test
    void theLimitCountsCharactersNotBytes() throws IOException {
        // 5 characters of 3 bytes each, and 2 characters of 4 bytes each (2 UTF-16 units each).
        assertEquals(List.of("1:电路电路电", "2:TOO LONG", "3:\uD83D\uDE00\uD83D\uDE00"),
                read("电路电路电\n电路电路电路\n\uD83D\uDE00\uD83D\uDE00\n", 5));
        assertEquals(List.of("1:TOO LONG"), read("\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00", 5));
    }

    @Test
    void linesSplitAcrossReadsAreReassembled() throws IOException {
        assertEquals(List.of("1:abc", "2:TOO LONG", "3:", "4:de"), read(trickle("abc\nabcdefgh\n\nde"), 5));
    }

    @Test
    void anOverLongLineIsDroppedWhileReadSoTheBufferStaysBounded() throws IOException {
        String huge = "y".repeat(5_000_000);
        List<String> lines = read(huge + "\nok\n" + huge, 1000);
        assertEquals(List.of("1:TOO LONG", "2:ok", "3:TOO LONG"), lines);
    }

    @Test
    void longLinesWithinTheLimitGrowTheBuffer() throws IOException {
        String longLine = "z".repeat(300_000);
        assertEquals(List.of("1:" + longLine, "2:a"), read(longLine + "\na", BoundedLineReader.MAX_LINE_CHARS));
    }

    @Test
    void blankMeansOnlyJsonWhitespace() throws IOException {
        BoundedLineReader lines = new BoundedLineReader(
                new ByteArrayInputStream(" \t\r\n\n x\n".getBytes(StandardCharsets.UTF_8)), 10);
        List<Boolean> blank = new ArrayList<>();
        while (lines.next()) {
            blank.add(lines.blank());
        }
        assertEquals(List.of(true, true, false), blank);
    }
}
