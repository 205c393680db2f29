package org.telecrm.examples.settle;

import io.vavr.control.Either;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;

/**
 * Reads and writes dates exactly {@code YYYY-MM-DD}, reading only real ones ({@code 2026-02-30} is rejected).
 *
 * <p>Why not {@code LocalDate.parse} and {@code toString}: settle handles three dates on each of millions of
 * lines. {@code LocalDate.parse} reports a bad date by throwing and goes through a {@code DateTimeFormatter};
 * here the ten characters are checked directly, straight from the JSON parser's buffer (no {@code String} is
 * made for a good date), and the message says what is wrong.
 */
public final class IsoDates {

    /** Characters in {@code YYYY-MM-DD}. */
    static final int LENGTH = 10;

    private IsoDates() {
    }

    /** The date, or a sentence (without the field name) saying why the text is not one. */
    public static Either<String, LocalDate> parse(String text) {
        return parse(text.toCharArray(), 0, text.length());
    }

    /** As {@link #parse(String)}, for the text {@code chars[offset .. offset + length)}. */
    public static Either<String, LocalDate> parse(char[] chars, int offset, int length) {
        if (length != LENGTH || chars[offset + 4] != '-' || chars[offset + 7] != '-') {
            return Either.left(notADate(new String(chars, offset, length)));
        }
        int year = digits(chars, offset, 4);
        int month = digits(chars, offset + 5, 2);
        int day = digits(chars, offset + 8, 2);
        if (year < 0 || month < 0 || day < 0) {
            return Either.left(notADate(new String(chars, offset, length)));
        }
        if (month < 1 || month > 12) {
            return Either.left("'" + new String(chars, offset, length) + "' is not a real date: there is no month " + month);
        }
        int monthLength = Month.of(month).length(Year.isLeap(year));
        if (day < 1 || day > monthLength) {
            return Either.left("'" + new String(chars, offset, length) + "' is not a real date: "
                    + new String(chars, offset, 7) + " has " + monthLength + " days");
        }
        return Either.right(LocalDate.of(year, month, day));
    }

    /** Writes {@code date} as {@code YYYY-MM-DD} into {@code chars[0 .. 10)}; the year must have four digits. */
    static void write(LocalDate date, char[] chars) {
        int year = date.getYear();
        if (year < 0 || year > 9999) {
            throw new IllegalArgumentException("not a four-digit year: " + date);
        }
        put(chars, 0, year, 4);
        chars[4] = '-';
        put(chars, 5, date.getMonthValue(), 2);
        chars[7] = '-';
        put(chars, 8, date.getDayOfMonth(), 2);
    }

    private static void put(char[] chars, int from, int value, int count) {
        for (int i = from + count - 1; i >= from; i--) {
            chars[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    private static String notADate(String text) {
        return "must be a date written YYYY-MM-DD, was '" + Texts.abbreviate(text) + "'";
    }

    /** The number the {@code count} digits at {@code from} spell, or -1 if one of them is not a digit. */
    private static int digits(char[] chars, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = chars[i];
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
