package org.telecrm.testing;

import io.vavr.collection.Seq;

import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Asserts that a typed error names its field, both as data and in its message. */
public final class FieldErrors {

    private FieldErrors() {
    }

    /** Some error of the list is about {@code field}, and its message says so; returns that message. */
    public static <E> String assertNamed(Seq<E> errors, Function<E, String> field, Function<E, String> message,
                                         String expectedField) {
        Seq<E> about = errors.filter(e -> field.apply(e).equals(expectedField));
        assertTrue(about.nonEmpty(), () -> "no error about " + expectedField + " in " + errors.map(message));
        String text = message.apply(about.head());
        assertTrue(text.contains(expectedField), () -> "message does not name " + expectedField + ": " + text);
        return text;
    }
}
