package org.telecrm.examples.settle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

/**
 * Jackson's refusal of a line, in settle's words: what is wrong, without Jackson's internals (its source dump,
 * the names of its configuration methods, a second line).
 */
final class JsonRefusals {

    /** The reader's size limits, named so that a message can state them (Jackson's defaults, made explicit). */
    static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
            .maxNumberLength(1000)
            .maxNestingDepth(1000)
            .maxNameLength(50_000)
            .maxStringLength(BoundedLineReader.MAX_LINE_CHARS)
            .build();

    /** Where Jackson's own notes start in a message: what follows is dropped. */
    private static final String[] INTERNALS = {"\n", " (start marker", " (from `", " (for `", " at [Source", "[Source"};

    private JsonRefusals() {
    }

    static String describe(JsonProcessingException refusal) {
        String original = String.valueOf(refusal.getOriginalMessage());
        if (refusal instanceof StreamConstraintsException) {
            return limit(original);
        }
        int end = original.length();
        for (String note : INTERNALS) {
            int at = original.indexOf(note);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return Texts.abbreviate(original.substring(0, end).strip(), 200);
    }

    private static String limit(String original) {
        String lower = original.toLowerCase(java.util.Locale.ROOT);
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
