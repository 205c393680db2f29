package org.telecrm.money;

import io.vavr.control.Either;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Money and rates at the ends of their range: exact or a typed refusal, never a wrap, never a throw. */
class MoneyExtremesTest {

    @Test
    void theWholeRangeRendersAndParsesBack() {
        assertEquals("92233720368547758.07", Money.MAX.toPlainString());
        assertEquals("-92233720368547758.08", Money.MIN.toPlainString());
        assertEquals(Money.MAX, Money.parse("92233720368547758.07").get());
        assertEquals(Money.MIN, Money.parse("-92233720368547758.08").get());
        assertInstanceOf(MoneyError.OutOfRange.class, Money.parse("92233720368547758.08").getLeft());
        assertInstanceOf(MoneyError.OutOfRange.class, Money.parse("-92233720368547758.09").getLeft());
    }

    @Property
    void everyAmountRendersAsItsExactValueAndParsesBack(@ForAll long fen) {
        Money money = Money.ofFen(fen);
        assertEquals(BigDecimal.valueOf(fen).movePointLeft(2).setScale(2).toPlainString(), money.toPlainString());
        assertEquals(money, Money.parse(money.toPlainString()).get());
    }

    @Property
    void checkedArithmeticIsExactOrAnOverflowNeverAWrap(@ForAll long a, @ForAll long b) {
        BigInteger sum = BigInteger.valueOf(a).add(BigInteger.valueOf(b));
        BigInteger difference = BigInteger.valueOf(a).subtract(BigInteger.valueOf(b));
        BigInteger product = BigInteger.valueOf(a).multiply(BigInteger.valueOf(b));
        assertExactOrOverflow(sum, Money.ofFen(a).checkedPlus(Money.ofFen(b)));
        assertExactOrOverflow(difference, Money.ofFen(a).checkedMinus(Money.ofFen(b)));
        assertExactOrOverflow(product, Money.ofFen(a).checkedTimes(b));
    }

    private static void assertExactOrOverflow(BigInteger exact, Either<MoneyError, Money> result) {
        boolean fits = exact.bitLength() <= 63;
        if (fits) {
            assertEquals(exact.longValueExact(), result.get().fen());
        } else {
            assertInstanceOf(MoneyError.Overflow.class, result.getLeft());
            assertTrue(result.getLeft().message().contains("beyond the largest amount"), result.getLeft().message());
        }
    }

    @Test
    void aRateThatWouldOverflowIsATypedError() {
        Either<MoneyError, Money> uplifted = Money.MAX.checkedTimes(Rate.percent(150), RoundingMode.HALF_UP);
        assertEquals("92233720368547758.07 x 150% is beyond the largest amount (92233720368547758.07 yuan either way)",
                uplifted.getLeft().message());
        assertEquals(Money.MAX, Money.MAX.checkedTimes(Rate.ONE, RoundingMode.HALF_UP).get());
    }

    @Test
    void anAstronomicalExactAmountIsRefusedWithoutBeingExpanded() {
        assertInstanceOf(MoneyError.Overflow.class,
                Money.checkedFromExactFen(new BigDecimal("1E+999999999"), RoundingMode.HALF_UP, "test").getLeft());
        assertEquals(Money.ZERO, Money.checkedFromExactFen(new BigDecimal("1E-999999999"), RoundingMode.HALF_DOWN, "test").get());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e999999999", "1E+8", "1000000.0000000001", "-1", "abc", "", "1e-999999999",
            "0.00000000001", "123456789012345678901234567890123456789012345"})
    void untrustedRateTextOutsideItsBoundsIsATypedError(String text) {
        assertTrue(Rate.parsePercent(text).isLeft(), text);
    }

    @Test
    void rateTextWithinItsBoundsIsTakenExactly() {
        assertEquals(Rate.percent(1_000_000), Rate.parsePercent("1000000").get());
        assertEquals(Rate.percent("0.0000000001"), Rate.parsePercent("1e-10").get());
        assertEquals("a rate must be at most 1000000%, was 1e999999999%", Rate.parsePercent("1e999999999").getLeft().message());
        assertTrue(Rate.parsePercent(null).isLeft());
    }
}
