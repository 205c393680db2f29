package org.telecrm.examples;

import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.control.Either;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Command-line mistakes are values naming the mistake, never exceptions. */
class OptionsTest {

    private static Either<String, Options> parse(String... args) {
        return Options.parse(List.of(args), HashSet.of("--count"), HashSet.of("--quick"));
    }

    @Test
    void valuesAndFlagsAreRead() {
        Options options = parse("--count", "5", "--quick").get();
        assertEquals("5", options.value("--count").get());
        assertTrue(options.has("--quick"));
        assertEquals("7", parse("--count=7").get().value("--count").get());
    }

    @Test
    void mistakesAreNamed() {
        assertEquals("unknown option --cont", parse("--cont", "5").getLeft());
        assertEquals("unexpected argument 'five'", parse("five").getLeft());
        assertEquals("--count needs a value", parse("--count").getLeft());
        assertEquals("--count needs a value", parse("--count", "--quick").getLeft());
        assertEquals("--count is given more than once", parse("--count", "1", "--count", "2").getLeft());
        assertEquals("unknown option --quick=yes", parse("--quick=yes").getLeft());
    }

    @Test
    void numbersAreCheckedWithTheirBounds() {
        assertEquals(5L, parse("--count", "5").get().number("--count", 0, 1).get());
        assertEquals(1L, parse().get().number("--count", 0, 1).get());
        assertEquals("--count must be a whole number, was 'x'", parse("--count", "x").get().number("--count", 0, 1).getLeft());
        assertEquals("--count must be at least 0, was -3", parse("--count", "-3").get().number("--count", 0, 1).getLeft());
    }
}
