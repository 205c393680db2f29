package org.telecrm.money;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.RoundingMode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Comparisons and arithmetic of money and rates at their boundaries (one fen either side of equal). */
class MoneyOperationsTest {

    private static final Money ONE = Money.ofFen(1);
    private static final Money TWO = Money.ofFen(2);

    @Test
    void comparisonsAreStrictWhereTheyAreNamedSo() {
        assertTrue(TWO.isGreaterThan(ONE));
        assertFalse(ONE.isGreaterThan(ONE));
        assertFalse(ONE.isGreaterThan(TWO));
        assertTrue(ONE.isLessThan(TWO));
        assertFalse(ONE.isLessThan(ONE));
        assertFalse(TWO.isLessThan(ONE));
        assertTrue(ONE.compareTo(TWO) < 0);
        assertTrue(TWO.compareTo(ONE) > 0);
        assertEquals(0, ONE.compareTo(Money.ofFen(1)));
    }

    @Test
    void signAndZero() {
        assertTrue(Money.ofFen(-1).isNegative());
        assertFalse(Money.ZERO.isNegative());
        assertFalse(ONE.isNegative());
        assertTrue(Money.ZERO.isZero());
        assertFalse(ONE.isZero());
        assertFalse(Money.ofFen(-1).isZero());
        assertEquals("must not be negative, was -0.01", Money.ofFen(-1).requireNonNegative().getLeft().message());
        assertEquals(Money.ZERO, Money.ZERO.requireNonNegative().get());
    }

    @Test
    void minAndMaxPickTheSmallerAndTheLarger() {
        assertSame(ONE, Money.min(ONE, TWO));
        assertSame(ONE, Money.min(TWO, ONE));
        assertSame(TWO, Money.max(ONE, TWO));
        assertSame(TWO, Money.max(TWO, ONE));
        Money otherOne = Money.ofFen(1);
        assertSame(ONE, Money.min(ONE, otherOne), "equal: the first");
        assertSame(ONE, Money.max(ONE, otherOne), "equal: the first");
    }

    @Test
    void uncheckedArithmeticIsExactOrThrows() {
        assertEquals(Money.ofFen(3), ONE.plus(TWO));
        assertEquals(Money.ofFen(-1), ONE.minus(TWO));
        assertEquals(Money.ofFen(-2), TWO.negate());
        assertEquals(Money.ofFen(6), TWO.times(3));
        assertEquals(Money.ofFen(800_000), Money.ofYuan(8000));
        assertThrows(ArithmeticException.class, () -> Money.MAX.plus(ONE));
        assertThrows(ArithmeticException.class, () -> Money.MIN.minus(ONE));
        assertThrows(ArithmeticException.class, () -> Money.MIN.negate());
        assertThrows(ArithmeticException.class, () -> Money.MAX.times(2));
    }

    @Test
    void checkedArithmeticAtTheEdgeOfTheRange() {
        assertEquals(Money.MAX, Money.MAX.minus(ONE).checkedPlus(ONE).get());
        assertTrue(Money.MAX.checkedPlus(ONE).isLeft());
        assertEquals(Money.MIN, Money.MIN.plus(ONE).checkedMinus(ONE).get());
        assertTrue(Money.MIN.checkedMinus(ONE).isLeft());
        assertEquals(Money.MIN, Money.MIN.checkedTimes(1).get());
        assertTrue(Money.MIN.checkedTimes(-1).isLeft());
        assertEquals(Money.ofFen(3), ONE.checkedPlus(TWO).get());
        assertEquals(Money.ofFen(-1), ONE.checkedMinus(TWO).get());
        assertEquals("92233720368547758.07 + 0.01 is beyond the largest amount (92233720368547758.07 yuan either way)",
                Money.MAX.checkedPlus(ONE).getLeft().message());
        assertEquals("-92233720368547758.08 - 0.01 is beyond the largest amount (92233720368547758.07 yuan either way)",
                Money.MIN.checkedMinus(ONE).getLeft().message());
    }

    @ParameterizedTest
    @CsvSource({
            "92233720368547758.07, HALF_UP, true",     // exactly MAX fen
            "92233720368547758.075, DOWN, true",       // rounds down onto MAX
            "92233720368547758.075, UP, false",        // rounds up past MAX
            "-92233720368547758.08, HALF_UP, true",    // exactly MIN fen
            "-92233720368547758.085, DOWN, true",
            "-92233720368547758.085, UP, false",
            "99999999999999999999, HALF_UP, false",    // 20 integer digits
            "0.05, UP, true",
            "0.05, DOWN, true"})
    void roundingAnExactAmountFitsOrOverflowsAtTheRangesEnds(String yuan, RoundingMode rounding, boolean fits) {
        java.math.BigDecimal exactFen = new java.math.BigDecimal(yuan).movePointRight(2);
        assertEquals(fits, Money.checkedFromExactFen(exactFen, rounding, "x").isRight(), yuan + " " + rounding);
    }

    @Test
    void aTinyExactAmountRoundsAsAnyAmountBelowATenthOfAFen() {
        java.math.BigDecimal tiny = new java.math.BigDecimal("0.05");
        assertEquals(ONE, Money.checkedFromExactFen(tiny, RoundingMode.UP, "x").get());
        assertEquals(Money.ZERO, Money.checkedFromExactFen(tiny, RoundingMode.HALF_UP, "x").get());
        assertEquals(Money.ofFen(-1), Money.checkedFromExactFen(tiny.negate(), RoundingMode.UP, "x").get());
        assertEquals(ONE, Money.checkedFromExactFen(new java.math.BigDecimal("0.5"), RoundingMode.HALF_UP, "x").get());
    }

    @ParameterizedTest
    @CsvSource({
            "0, 0", "1, 100", "-1, -100", "1.5, 150", "1.05, 105", "-0.5, -50", "123456789012345, 12345678901234500",
            "1234567890123456, 123456789012345600", "0.1, 10", "10.10, 1010", "1e2, 10000", "1E+2, 10000", "-1.5e1, -1500"})
    void amountsInEveryShapeAreReadExactly(String text, long fen) {
        assertEquals(Money.ofFen(fen), Money.parse(text).get(), text);
    }

    @ParameterizedTest
    @CsvSource({"1.", ".5", "1.2.3", "1x", "--1", "1e", "1e+", "1e12345", "+1", "-", "e5", "1.-5"})
    void textThatIsNotAnAmountIsNamed(String text) {
        assertEquals("'" + text + "' is not a decimal amount of yuan", Money.parse(text).getLeft().message());
    }

    @Test
    void outOfRangeAndFinerThanFenAreNamed() {
        assertEquals("'1e30' is too large an amount", Money.parse("1e30").getLeft().message());
        assertEquals("'1.001' is finer than a fen (at most two decimals)", Money.parse("1.001").getLeft().message());
        assertEquals("'null' is not a decimal amount of yuan", Money.parse(null).getLeft().message());
        assertEquals("'11111111112345678901...' is too large an amount",
                Money.parse("1".repeat(10) + "2345678901234567890".repeat(4)).getLeft().message());
    }

    @Test
    void ratesCompareAndMultiplyExactly() {
        assertTrue(Rate.percent(5).isAtLeast(Rate.percent(5)));
        assertTrue(Rate.percent(6).isAtLeast(Rate.percent(5)));
        assertFalse(Rate.percent(4).isAtLeast(Rate.percent(5)));
        assertTrue(Rate.percent(4).compareTo(Rate.percent(5)) < 0);
        assertEquals(Rate.ZERO, Rate.percent(5).times(0));
        assertThrows(IllegalArgumentException.class, () -> Rate.percent(5).times(-1));
        assertEquals(Rate.ZERO, new Rate(java.math.BigDecimal.ZERO));
        assertThrows(IllegalArgumentException.class, () -> new Rate(new java.math.BigDecimal("-0.01")));
        assertEquals(Rate.percent(1_000_000), Rate.parsePercent("1000000.0").get());
        assertTrue(Rate.parsePercent("1000000.0000000001").isLeft());
        assertTrue(Rate.parsePercent("9999999").isLeft());
        assertEquals(Rate.percent("0.0000000001"), Rate.parsePercent("0.0000000001").get());
        assertEquals("a rate must have at most 10 decimals, was 0.00000000001%",
                Rate.parsePercent("0.00000000001").getLeft().message());
        assertEquals("150%", Rate.percent(150).toString());
    }
}
