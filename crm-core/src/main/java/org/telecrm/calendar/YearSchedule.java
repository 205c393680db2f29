package org.telecrm.calendar;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.SortedSet;
import io.vavr.collection.TreeSet;
import io.vavr.control.Either;
import org.jmolecules.ddd.annotation.ValueObject;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Objects;

/**
 * One year's announced exceptions to the Monday-to-Friday week (rules.md section 6): the public holidays
 * ({@code offDays}) and the weekend days declared working days ({@code makeupWorkdays}, 调休上班).
 *
 * <p>A State Council notice may list a day of the neighbouring year (the 2023 notice lists 2022-12-31), so
 * dates may lie one year either side of {@code year}. A make-up working day is always a Saturday or Sunday,
 * and no day is both off and a make-up day.
 *
 * <p>The JSON shape is the one of the bundled official data:
 * <pre>{@code
 * {"year": 2026, "source": "...", "offDays": ["2026-01-01", ...], "makeupWorkdays": ["2026-01-04", ...]}
 * }</pre>
 *
 * @param year           the year the announcement is for
 * @param source         where the data comes from (notice, province), kept for audit
 * @param offDays        days off, weekdays or weekend days alike
 * @param makeupWorkdays weekend days that are working days
 */
@ValueObject
public record YearSchedule(int year, String source, SortedSet<LocalDate> offDays, SortedSet<LocalDate> makeupWorkdays) {

    /** The years a schedule may be for: a check against typos and hostile input, far wider than any real use. */
    public static final int FIRST_YEAR = 1949;
    public static final int LAST_YEAR = 9999;

    public YearSchedule {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(offDays, "offDays");
        Objects.requireNonNull(makeupWorkdays, "makeupWorkdays");
    }

    /**
     * A validated schedule; the error names the source and what is wrong.
     *
     * <pre>{@code
     * YearSchedule guangxi2026 = YearSchedule.of(2026, "Guangxi 三月三",
     *         List.of(LocalDate.of(2026, 4, 20), LocalDate.of(2026, 4, 21)), List.empty()).get();
     * }</pre>
     */
    public static Either<CalendarError, YearSchedule> of(int year, String source, Iterable<LocalDate> offDays,
                                                         Iterable<LocalDate> makeupWorkdays) {
        SortedSet<LocalDate> off = TreeSet.ofAll(offDays);
        SortedSet<LocalDate> makeup = TreeSet.ofAll(makeupWorkdays);
        String where = source + " (" + year + ")";
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            return invalid(where, "year " + year + " is not between " + FIRST_YEAR + " and " + LAST_YEAR);
        }
        for (LocalDate day : off.addAll(makeup)) {
            if (Math.abs(day.getYear() - year) > 1) {
                return invalid(where, day + " is too far from the year " + year);
            }
        }
        for (LocalDate day : makeup) {
            if (!isWeekend(day)) {
                return invalid(where, "make-up working day " + day + " is a " + day.getDayOfWeek()
                        + "; only a Saturday or Sunday can be made a working day");
            }
            if (off.contains(day)) {
                return invalid(where, day + " is listed both as a day off and as a make-up working day");
            }
        }
        return Either.right(new YearSchedule(year, source, off, makeup));
    }

    /** The largest schedule file read, far above a year's real one (about 2 KB); a larger one is refused unread. */
    public static final int MAX_JSON_BYTES = 1 << 20;

    /**
     * Reads the JSON shape shown above from the bytes of a file: strict UTF-8 (a malformed byte sequence is refused
     * with its position, never replaced), an optional byte-order mark skipped, at most {@link #MAX_JSON_BYTES}.
     *
     * <pre>{@code
     * YearSchedule.parseJson(Files.readAllBytes(path), path.toString());   // Left(InvalidSchedule) names what and where
     * }</pre>
     */
    public static Either<CalendarError, YearSchedule> parseJson(byte[] json, String where) {
        if (json.length > MAX_JSON_BYTES) {
            return invalid(where, "is " + json.length + " bytes, more than the " + MAX_JSON_BYTES
                    + " a year schedule may have");
        }
        java.nio.charset.CharsetDecoder decoder = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
        java.nio.ByteBuffer bytes = java.nio.ByteBuffer.wrap(json);
        java.nio.CharBuffer chars = java.nio.CharBuffer.allocate(json.length);
        java.nio.charset.CoderResult result = decoder.decode(bytes, chars, true);
        if (result.isError()) {
            return invalid(where, "is not valid UTF-8: malformed byte sequence at byte " + (bytes.position() + 1));
        }
        decoder.flush(chars);
        String text = chars.flip().toString();
        return parseJson(text.startsWith("\uFEFF") ? text.substring(1) : text, where);
    }

    /** Reads the JSON shape shown above. Unknown fields are ignored; missing or malformed ones are named. */
    public static Either<CalendarError, YearSchedule> parseJson(String json, String where) {
        return JsonText.parse(json)
                .mapLeft(problem -> (CalendarError) new CalendarError.InvalidSchedule(where, problem))
                .flatMap(value -> fromJsonObject(value, where));
    }

    private static Either<CalendarError, YearSchedule> fromJsonObject(Object value, String where) {
        if (!(value instanceof Map<?, ?> object)) {
            return invalid(where, "expected a JSON object");
        }
        if (!(object.get("year") instanceof java.math.BigDecimal yearNumber)) {
            return invalid(where, "field 'year' is missing or not a number");
        }
        int year;
        try {
            year = yearNumber.intValueExact();
        } catch (ArithmeticException notAYear) {
            return invalid(where, "field 'year' is not a whole number: " + yearNumber);
        }
        String source = object.get("source") instanceof String s ? s : where;
        // A schedule the rules refuse is named where it was read (the file), as every other problem of the text is.
        return dates(object, "offDays", where).flatMap(off -> dates(object, "makeupWorkdays", where)
                .flatMap(makeup -> of(year, source, off, makeup).mapLeft(refused ->
                        refused instanceof CalendarError.InvalidSchedule invalid
                                ? new CalendarError.InvalidSchedule(where + " (" + year + ")", invalid.problem())
                                : refused)));
    }

    private static Either<CalendarError, Seq<LocalDate>> dates(Map<?, ?> object, String field, String where) {
        if (!(object.get(field) instanceof java.util.List<?> items)) {
            return invalid(where, "field '" + field + "' is missing or not an array");
        }
        List<LocalDate> days = List.empty();
        for (int i = 0; i < items.size(); i++) {
            Object item = items.get(i);
            try {
                days = days.prepend(LocalDate.parse(String.valueOf(item)));
            } catch (DateTimeParseException notADate) {
                return invalid(where, field + "[" + i + "] is not a date (YYYY-MM-DD): " + item);
            }
        }
        return Either.right(days.reverse());
    }

    private static <T> Either<CalendarError, T> invalid(String where, String problem) {
        return Either.left(new CalendarError.InvalidSchedule(where, problem));
    }

    static boolean isWeekend(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
    }
}
