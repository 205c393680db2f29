package org.telecrm.persistence.json;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Masks personal data in error texts about stored documents, whatever field it sits in. */
final class Masking {

    /** Six or more digits, with a trailing check letter X: an identity or phone number, whole or in part. */
    private static final Pattern LONG_DIGITS = Pattern.compile("\\d{6,}[Xx]?");

    private Masking() {
    }

    /**
     * The text with every run of six or more digits masked but for its first three and last two characters, as
     * {@code 138******00}: enough to tell values apart in a log, too little to be the number. Long amounts in fen
     * are masked too: the rule cannot know which field a corrupted document's text came from.
     */
    /**
     * A field's value for an error text: a personal field's (a {@code number}, an {@code email}, anything under
     * {@code phones} or {@code document}, an address {@code line}) masked whole but for its first three and last two characters, any other's
     * by {@link #masked(String)}.
     */
    static String maskedValue(String field, String value) {
        if (value == null) {
            return null;
        }
        boolean personal = field.endsWith("number") || field.endsWith("email") || field.contains("phones")
                || field.contains("document") || field.endsWith("areaCode") || field.endsWith("extension")
                || field.endsWith("line");
        if (!personal) {
            return masked(value);
        }
        return value.length() <= 6 ? "*".repeat(value.length())
                : value.substring(0, 3) + "*".repeat(value.length() - 5) + value.substring(value.length() - 2);
    }

    static String masked(String text) {
        if (text == null) {
            return null;
        }
        Matcher digits = LONG_DIGITS.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (digits.find()) {
            String run = digits.group();
            digits.appendReplacement(out, run.substring(0, 3) + "*".repeat(run.length() - 5) + run.substring(run.length() - 2));
        }
        return digits.appendTail(out).toString();
    }
}
