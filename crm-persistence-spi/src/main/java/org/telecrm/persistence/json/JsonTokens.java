package org.telecrm.persistence.json;

/**
 * The tokens of a JSON document as the generic codec reads them, one at a time, no tree in between: a cursor whose
 * current token is the one the codec looks at. Two sources: {@link JsonScanner}, the codec's own scanner of the text
 * (what the mappers read through), and {@link JacksonTokens}, Jackson's streaming parser (its reference: the scanner
 * must read every document exactly as it does).
 *
 * <p>A document that is not well-formed JSON ends the read with {@link Unreadable}; the scanner's own signal is
 * {@link JsonScanner.Syntax}, on which the read is done again over Jackson's parser, so that a malformed document
 * gives the error (and the text) it always gave.
 */
abstract class JsonTokens {

    /** A token; the three kinds of whole numbers are told apart by range, as Jackson's number types are. */
    enum Token {
        START_OBJECT, END_OBJECT, START_ARRAY, END_ARRAY, FIELD_NAME, STRING,
        /** A whole number in the range of {@code int}. */
        INT,
        /** A whole number in the range of {@code long}, not of {@code int}. */
        LONG,
        /** A whole number beyond {@code long}. */
        BIG_INTEGER,
        FLOAT, TRUE, FALSE, NULL,
        /** After the document. */
        END;

        boolean isWhole() {
            return this == INT || this == LONG;
        }
    }

    /** Steps to the next token and returns it. */
    abstract Token next();

    /** The current token. */
    abstract Token current();

    /** The current field's name (the current token is a {@link Token#FIELD_NAME}). */
    abstract String name();

    /** Whether the current field's name is {@code name}. */
    boolean nameIs(String name) {
        return name.equals(name());
    }

    /** The index of the current field's name in {@code names}, -1 when it is none of them. */
    int nameIn(String[] names) {
        String name = name();
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the current string's value in {@code values}, -1 when it is none of them. */
    int textIn(String[] values) {
        String text = text();
        for (int i = 0; i < values.length; i++) {
            if (values[i].equals(text)) {
                return i;
            }
        }
        return -1;
    }

    /** The text of the current token: a string's value, a number or a literal as written. */
    abstract String text();

    /** The value of the current whole number (an {@link Token#INT} or a {@link Token#LONG}). */
    abstract long longValue();

    /** On the start of an object or an array, steps to its end; on anything else, stays. */
    abstract void skipChildren();

    /**
     * The rest of the object begun, from the current token (a field name or the end) to its end, where this source
     * is left; the rest can be read again, as often as needed.
     */
    abstract Replay rest();

    /** The rest of an object, kept to be read again. */
    interface Replay {
        /** A source over the rest of the object: its current token the first of the rest, its last the object's end. */
        JsonTokens open();
    }

    /** The document is not well-formed JSON; {@code detail} says why. */
    static final class Unreadable extends RuntimeException {
        Unreadable(String detail) {
            super(detail, null, false, false);
        }
    }
}
