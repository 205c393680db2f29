package org.telecrm.examples.settle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jackson's refusal of a line, in settle's own words. Jackson's message is only read to tell which rule of JSON the
 * line breaks and which character broke it; the text a user sees is always written here (what is wrong, what JSON
 * wants there), never Jackson's wording, its source dump or the names of its configuration features: an integrator
 * reading a rejection should not have to know which parser settle uses, and Jackson's wording changes between
 * versions.
 */
final class JsonRefusals {

    /** The reader's size limits, named so that a message can state them (Jackson's defaults, made explicit). */
    static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
            .maxNumberLength(1000)
            .maxNestingDepth(1000)
            .maxNameLength(50_000)
            .maxStringLength(BoundedLineReader.MAX_LINE_CHARS)
            .build();

    /**
     * The offending character's code, as Jackson states it: {@code ('x' (code 120))}, {@code ((CTRL-CHAR, code 0))},
     * {@code ('?' (code 55357 / 0xd83d))}.
     */
    private static final Pattern CODE = Pattern.compile("code (\\d+)");
    /** The first quoted part of Jackson's message: the token, field name or marker it refused. */
    private static final Pattern QUOTED = Pattern.compile("['\"](.*?)['\"]");

    /** What stands in JSON where a value must: the one list every message gives. */
    static final String VALUES = "a string in double quotes, a number, an object, an array, true, false or null";

    private JsonRefusals() {
    }

    static String describe(JsonProcessingException refusal) {
        String original = String.valueOf(refusal.getOriginalMessage());
        if (refusal instanceof StreamConstraintsException) {
            return limit(original);
        }
        String lower = original.toLowerCase(Locale.ROOT);
        if (lower.startsWith("unexpected end-of-input")) {
            return endOfLine(lower);
        }
        if (lower.startsWith("illegal unquoted character")) {
            return "the " + character(original) + " inside a string: a control character must be escaped there (as \\n,"
                    + " \\t or \\u0000)";
        }
        if (lower.startsWith("illegal character")) {
            return "the " + character(original) + " between values: only spaces, tabs and line ends may stand there";
        }
        if (lower.startsWith("unrecognized token")) {
            return "'" + Texts.abbreviate(quoted(original)) + "' is not a value: a value is " + VALUES;
        }
        if (lower.startsWith("unrecognized character escape")) {
            return "the escape \\" + printable(code(original)) + " in a string: the escapes are \\\", \\\\, \\/, \\b,"
                    + " \\f, \\n, \\r, \\t and \\u followed by four hexadecimal digits";
        }
        if (lower.startsWith("non-standard token")) {
            return "'" + Texts.abbreviate(quoted(original)) + "' is not a JSON number (NaN and Infinity are none)";
        }
        if (lower.startsWith("unexpected close marker")) {
            String marker = quoted(original);
            return "'" + Texts.abbreviate(marker) + "' closes " + ("]".equals(marker) ? "an array" : "an object")
                    + " where none is open, or where the one open must be closed first";
        }
        if (lower.startsWith("duplicate")) {
            return "the field '" + Texts.abbreviate(quoted(original)) + "' is given twice";
        }
        if (lower.contains("numeric value") || lower.contains("leading zero")) {
            return number(lower);
        }
        if (lower.startsWith("unexpected character")) {
            return "unexpected " + character(original) + expected(lower);
        }
        if (lower.contains("root-level")) {
            return "a second value follows without a separator";
        }
        return "not readable as JSON here";
    }

    private static String endOfLine(String lower) {
        if (lower.contains("string") || lower.contains("quote")) {
            return "the line ends inside a string (its closing double quote is missing)";
        }
        if (lower.contains("field name")) {
            return "the line ends inside a field name";
        }
        if (lower.contains("array")) {
            return "the line ends inside an array (a ']' is missing)";
        }
        if (lower.contains("object")) {
            return "the line ends inside an object (a '}' is missing)";
        }
        return "the line ends before its JSON is complete";
    }

    /** What JSON wants where the unexpected character stands. */
    private static String expected(String lower) {
        if (lower.contains("colon")) {
            return " where ':' must follow a field name";
        }
        if (lower.contains("field name")) {
            return " where a field name in double quotes must stand";
        }
        if (lower.contains("comma") && lower.contains("object")) {
            return " where ',' or '}' must follow a field's value";
        }
        if (lower.contains("comma") && lower.contains("array")) {
            return " where ',' or ']' must follow an item of an array";
        }
        if (lower.contains("hex")) {
            return " in a \\u escape, where four hexadecimal digits must stand";
        }
        if (lower.contains("comment")) {
            return ": JSON has no comments";
        }
        if (lower.contains("quote")) {
            return ": strings and field names are in double quotes";
        }
        if (lower.contains("value") || lower.contains("digit") || lower.contains("number")) {
            return " where a value must stand: a value is " + VALUES;
        }
        return "";
    }

    private static String number(String lower) {
        if (lower.contains("plus sign")) {
            return "a number with a leading '+' (JSON numbers have none)";
        }
        if (lower.contains("leading zero")) {
            return "a number with a leading zero (01 is not a JSON number)";
        }
        if (lower.contains("decimal point")) {
            return "a number with no digit after its decimal point";
        }
        if (lower.contains("exponent")) {
            return "a number with no digit in its exponent";
        }
        if (lower.contains("integer part")) {
            return "a number with no digit before its decimal point";
        }
        return "not a JSON number";
    }

    /**
     * The refused character, named as a person reads it: {@code 'x' (U+0078)}; one that cannot be seen (a control,
     * space or format character, half a surrogate pair) by its code point only: {@code control character U+0000},
     * {@code character U+00A0}.
     */
    private static String character(String original) {
        int code = code(original);
        if (code < 0) {
            return "character";
        }
        String point = String.format(Locale.ROOT, "U+%04X", code);
        if (Character.isISOControl(code)) {
            return "control character " + point;
        }
        return invisible(code) ? "character " + point : "'" + Character.toString(code) + "' (" + point + ")";
    }

    private static boolean invisible(int code) {
        return Character.isISOControl(code) || Character.isSurrogate((char) code) || Character.isWhitespace(code)
                || Character.isSpaceChar(code) || Character.getType(code) == Character.FORMAT;
    }

    /** The escape's character as it can be shown after a backslash: itself when printable, else its code point. */
    private static String printable(int code) {
        if (code < 0) {
            return "?";
        }
        if (invisible(code)) {
            return String.format(Locale.ROOT, "U+%04X", code);
        }
        return Character.toString(code);
    }

    private static int code(String original) {
        Matcher m = CODE.matcher(original);
        if (!m.find()) {
            return -1;
        }
        try {
            int code = Integer.parseInt(m.group(1));
            return Character.isValidCodePoint(code) ? code : -1;
        } catch (NumberFormatException notAnInt) {
            return -1;
        }
    }

    private static String quoted(String original) {
        Matcher m = QUOTED.matcher(original);
        return m.find() ? m.group(1) : "";
    }

    private static String limit(String original) {
        String lower = original.toLowerCase(Locale.ROOT);
        if (lower.contains("nesting depth")) {
            return "nested deeper than " + LIMITS.getMaxNestingDepth() + " levels";
        }
        if (lower.contains("number")) {
            return "a number longer than " + LIMITS.getMaxNumberLength() + " characters";
        }
        if (lower.contains("name")) {
            return "a field name longer than " + LIMITS.getMaxNameLength() + " characters";
        }
        if (lower.contains("string")) {
            return "a string longer than " + LIMITS.getMaxStringLength() + " characters";
        }
        return "a value exceeds the reader's size limits";
    }
}
