package org.telecrm.examples.settle;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits UTF-8 input into lines without ever holding more than one bounded line in memory.
 *
 * <p>Why not {@code BufferedReader.readLine()}: it builds a {@code String} of whatever length the input has, so
 * one line without a newline can exhaust the heap. Here a line longer than {@code maxChars} characters (UTF-16
 * units, as Java counts them) is consumed and dropped while it is read, and reported as {@link #tooLong()};
 * the lines after it are read as usual. Lines stay bytes here: {@link StrictUtf8} decodes each one (strictly)
 * into a reused character buffer.
 *
 * <p>A line ends at {@code \n}; a {@code \r} before it is left in the line (JSON treats it as whitespace).
 * The last line needs no newline. Memory: one buffer that grows to at most {@code 3 x maxChars + 9} bytes (the
 * most UTF-8 bytes an accepted line can take), whatever the input's size.
 *
 * <pre>{@code
 * BoundedLineReader lines = new BoundedLineReader(in, BoundedLineReader.MAX_LINE_CHARS);
 * while (lines.next()) {
 *     if (!lines.tooLong()) parse(lines.buffer(), lines.start(), lines.length());
 * }
 * }</pre>
 */
public final class BoundedLineReader {

    /** The longest line settle reads: 1 MiB characters. */
    public static final int MAX_LINE_CHARS = 1 << 20;

    private static final int CHUNK = 1 << 16;

    private final InputStream in;
    private final int maxChars;
    /** A line of more bytes than this has more than maxChars characters, or is not UTF-8 at all. */
    private final int maxBytes;

    private byte[] buffer = new byte[CHUNK];
    /** Where the next line starts in buffer. */
    private int next;
    /** The end of the bytes read into buffer. */
    private int limit;
    private boolean endOfInput;

    private int lineStart;
    private int lineEnd;
    private boolean lineTooLong;
    private long lineNumber;

    public BoundedLineReader(InputStream in, int maxChars) {
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars must be at least 1, was " + maxChars);
        }
        this.in = in;
        this.maxChars = maxChars;
        this.maxBytes = 3 * maxChars + 8;
    }

    /**
     * Moves to the next line; false at the end of the input. The previous line's bytes are no longer valid
     * after this call.
     */
    public boolean next() throws IOException {
        int start = next;
        int scanned = start;
        int counted = 0;
        long chars = 0;
        boolean discarding = false;
        while (true) {
            int newline = indexOfNewline(scanned, limit);
            if (newline >= 0) {
                return found(start, newline, newline + 1, discarding, chars, counted);
            }
            if (endOfInput) {
                if (start == limit && !discarding) {
                    return false;
                }
                return found(start, limit, limit, discarding, chars, counted);
            }
            if (!discarding && limit - start > maxChars) {
                chars += utf16Length(start + counted, limit);
                counted = limit - start;
                discarding = chars > maxChars || counted > maxBytes;
            }
            if (discarding) {
                limit = 0;
                counted = 0;
            } else {
                keepPartialLine(start);
            }
            start = 0;
            scanned = limit;
            fill();
        }
    }

    /** The bytes of the current line are {@code buffer()[start() .. start() + length())}, without the newline. */
    public byte[] buffer() {
        return buffer;
    }

    public int start() {
        return lineStart;
    }

    public int length() {
        return lineEnd - lineStart;
    }

    /** The current line's 1-based number in the input, counting every line (blank and too long ones too). */
    public long lineNumber() {
        return lineNumber;
    }

    /** The current line had more than {@code maxChars} characters: its bytes were dropped and it is empty here. */
    public boolean tooLong() {
        return lineTooLong;
    }

    /** The current line holds nothing but JSON whitespace (space, tab, carriage return), or nothing at all. */
    public boolean blank() {
        for (int i = lineStart; i < lineEnd; i++) {
            byte b = buffer[i];
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    private boolean found(int start, int end, int after, boolean discarding, long chars, int counted) {
        lineNumber++;
        next = after;
        lineTooLong = discarding
                || (end - start > maxChars && chars + utf16Length(start + counted, end) > maxChars);
        lineStart = lineTooLong ? end : start;
        lineEnd = end;
        return true;
    }

    private int indexOfNewline(int from, int to) {
        for (int i = from; i < to; i++) {
            if (buffer[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** UTF-16 units the UTF-8 bytes decode to: one per sequence, two for a four-byte one. */
    private long utf16Length(int from, int to) {
        long units = 0;
        for (int i = from; i < to; i++) {
            int b = buffer[i];
            if ((b & 0xC0) != 0x80) {
                units += (b & 0xF8) == 0xF0 ? 2 : 1;
            }
        }
        return units;
    }

    /** Moves the unfinished line to the front of the buffer, growing the buffer if the line fills it. */
    private void keepPartialLine(int start) {
        int kept = limit - start;
        System.arraycopy(buffer, start, buffer, 0, kept);
        limit = kept;
        if (limit == buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.min(buffer.length * 2, maxBytes + 1));
        }
    }

    private void fill() throws IOException {
        int read = in.read(buffer, limit, buffer.length - limit);
        if (read < 0) {
            endOfInput = true;
        } else {
            limit += read;
        }
    }
}
