package org.telecrm.examples.settle;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.time.DateTimeException;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fast date reader and writer agree with java.time on every date, and the reader rejects exactly the impossible ones. */
class IsoDatesTest {

    @Property
    void everyRealDateIsWrittenAsJavaTimeWritesItAndReadsBackAsItself(@ForAll("dates") LocalDate date) {
        char[] written = new char[IsoDates.LENGTH];
        IsoDates.write(date, written);
        assertEquals(date.toString(), new String(written));
        assertEquals(date, IsoDates.parse(date.toString()).get());
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.longs().between(LocalDate.of(1000, 1, 1).toEpochDay(), LocalDate.of(9999, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    @Property
    void aDateIsAcceptedExactlyWhenJavaTimeSaysItExists(@ForAll @IntRange(min = 1999, max = 2101) int year,
                                                        @ForAll @IntRange(min = 0, max = 13) int month,
                                                        @ForAll @IntRange(min = 0, max = 32) int day) {
        String text = String.format("%04d-%02d-%02d", year, month, day);
        boolean exists;
        try {
            LocalDate.of(year, month, day);
            exists = true;
        } catch (DateTimeException impossible) {
            exists = false;
        }
        assertEquals(exists, IsoDates.parse(text).isRight(), text);
    }

    @Test
    void leapDaysFollowTheGregorianRule() {
        assertTrue(IsoDates.parse("2024-02-29").isRight());
        assertTrue(IsoDates.parse("2000-02-29").isRight());
        assertEquals("'1900-02-29' is not a real date: 1900-02 has 28 days", IsoDates.parse("1900-02-29").getLeft());
    }

    @Test
    void onlyTheExactShapeIsAccepted() {
        for (String text : new String[]{"2026-1-01", "2026-01-1", "+2026-01-01", "2026-01-01 ", "2026_01_01", "２０２６-01-01"}) {
            assertTrue(IsoDates.parse(text).getLeft().startsWith("must be a date written YYYY-MM-DD"), text);
        }
    }
}
