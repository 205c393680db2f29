package org.telecrm.examples.settle;

import java.util.Arrays;

/**
 * Decodes one line's bytes as strict UTF-8 (RFC 3629) into a reused character buffer, or says where it stops
 * being UTF-8.
 *
 * <p>Why settle decodes itself rather than handing bytes to Jackson: Jackson guesses each byte array's
 * encoding from its first bytes, so a line starting with NUL bytes was taken as UTF-32 (and aborted the run)
 * and UTF-16 lines were settled although the input is UTF-8; and its UTF-8 reader accepts overlong forms such
 * as {@code C0 AF}. Here the input is UTF-8 and nothing else: overlong forms, encoded surrogates
 * ({@code ED A0 80}), code points above U+10FFFF, stray continuation bytes and sequences cut short are all
 * refused, with the position of the first bad byte. Jackson then parses characters, where it guesses nothing.
 */
final class StrictUtf8 {

    private char[] chars = new char[1024];
    private int length;
    /** Where decoding stopped on a bad byte: its 0-based byte offset in the line, and characters before it. */
    private int badByteOffset = -1;
    private int charsBeforeBad;
    private int badByte;

    /**
     * Decodes {@code bytes[offset .. offset + count)}; true when all of it is UTF-8, and then the characters are
     * {@code chars()[0 .. length())}. False: {@link #problem()} says where and why.
     */
    boolean decode(byte[] bytes, int offset, int count) {
        if (chars.length < count) {
            // A UTF-8 byte sequence never gives more UTF-16 units than it has bytes.
            chars = Arrays.copyOf(chars, Math.max(count, chars.length * 2));
        }
        int out = 0;
        int i = offset;
        int end = offset + count;
        while (i < end) {
            int b = bytes[i];
            if (b >= 0) {
                chars[out++] = (char) b;
                i++;
                continue;
            }
            int lead = b & 0xFF;
            int needed;
            int codePoint;
            int min;
            if (lead >= 0xC2 && lead <= 0xDF) {
                needed = 1;
                codePoint = lead & 0x1F;
                min = 0x80;
            } else if (lead >= 0xE0 && lead <= 0xEF) {
                needed = 2;
                codePoint = lead & 0x0F;
                min = 0x800;
            } else if (lead >= 0xF0 && lead <= 0xF4) {
                needed = 3;
                codePoint = lead & 0x07;
                min = 0x10000;
            } else {
                return bad(i - offset, out, lead);
            }
            for (int k = 1; k <= needed; k++) {
                if (i + k >= end || (bytes[i + k] & 0xC0) != 0x80) {
                    return bad(i - offset, out, lead);
                }
                codePoint = (codePoint << 6) | (bytes[i + k] & 0x3F);
            }
            if (codePoint < min || codePoint > Character.MAX_CODE_POINT
                    || (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE)) {
                return bad(i - offset, out, lead);
            }
            if (codePoint >= 0x10000) {
                chars[out++] = Character.highSurrogate(codePoint);
                chars[out++] = Character.lowSurrogate(codePoint);
            } else {
                chars[out++] = (char) codePoint;
            }
            i += needed + 1;
        }
        length = out;
        badByteOffset = -1;
        return true;
    }

    private boolean bad(int byteOffset, int decodedChars, int lead) {
        badByteOffset = byteOffset;
        charsBeforeBad = decodedChars;
        badByte = lead;
        length = 0;
        return false;
    }

    char[] chars() {
        return chars;
    }

    int length() {
        return length;
    }

    /** Why the last {@link #decode} failed, naming the column (1-based, in characters) and byte. */
    String problem() {
        return "not UTF-8: byte " + (badByteOffset + 1) + " (column " + (charsBeforeBad + 1) + ") is 0x"
                + String.format("%02X", badByte) + ", which does not start a valid UTF-8 sequence there"
                + " (overlong, surrogate, beyond U+10FFFF, cut short or a stray continuation byte);"
                + " settle reads UTF-8 only";
    }
}
