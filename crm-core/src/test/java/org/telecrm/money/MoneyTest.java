package org.telecrm.money;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.math.RoundingMode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MoneyTest {

    @Nested
    class ReadingAnAmount {

        @ParameterizedTest
        @CsvSource({"8000.00, 800000", "8000, 800000", "8000.5, 800050", "0.01, 1", "-1.00, -100", "1.230, 123",
                "1e3, 100000", "0, 0", "-0.00, 0", "999999999999999.99, 99999999999999999"})
        void takesDecimalYuanExactly(String text, long fen) {
            assertEquals(Money.ofFen(fen), Money.parse(text).get());
        }

        @Test
        void refusesAnAmountFinerThanAFenRatherThanRoundingIt() {
            assertInstanceOf(MoneyError.FinerThanFen.class, Money.parse("1.005").getLeft());
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "abc", "1,000.00", " 1.00", "1.", ".5", "+1", "1e", "1e99999", "--1", "NaN"})
        void refusesWhatIsNotANumber(String text) {
            assertInstanceOf(MoneyError.NotAnAmount.class, Money.parse(text).getLeft());
        }

        @Test
        void refusesAnAmountBeyondTheRangeOfFen() {
            assertInstanceOf(MoneyError.OutOfRange.class, Money.parse("1e30").getLeft());
            assertInstanceOf(MoneyError.OutOfRange.class, Money.parse("92233720368547758.08").getLeft());
            assertInstanceOf(MoneyError.OutOfRange.class, Money.parse("1e9999").getLeft());
            assertInstanceOf(MoneyError.OutOfRange.class, Money.parse("1".repeat(1_000_000)).getLeft());
            assertInstanceOf(MoneyError.NotAnAmount.class, Money.parse("1e999999999").getLeft());
        }

        @Test
        void takesTheLargestAmountAndAVanishinglySmallExponentForm() {
            assertEquals(Money.ofFen(Long.MAX_VALUE / 2), Money.parse(Money.ofFen(Long.MAX_VALUE / 2).toPlainString()).get());
            assertEquals(Money.ZERO, Money.parse("0e-9999").get());
            assertInstanceOf(MoneyError.FinerThanFen.class, Money.parse("1e-9999").getLeft());
        }

        @Test
        void errorMessagesQuoteTheOffendingText() {
            assertTrue(Money.parse("1.005").getLeft().message().contains("'1.005'"));
        }
    }

    @Nested
    class RoundingIsNamedAndHalfUpByDefaultInTheRules {

        @Test
        void halfAFenRoundsUpUnderHalfUp() {
            // 0.25 x 2% = 0.005 CNY: half-up gives a fen, half-even gives none.
            assertEquals(Money.ofFen(1), Money.ofFen(25).times(Rate.percent(2), RoundingMode.HALF_UP));
            assertEquals(Money.ZERO, Money.ofFen(25).times(Rate.percent(2), RoundingMode.HALF_EVEN));
        }

        @Test
        void upliftOfAnOddFenRoundsHalfUp() {
            // 0.05 x 130% = 0.065 CNY.
            assertEquals(Money.ofFen(7), Money.ofFen(5).times(Rate.percent(130), RoundingMode.HALF_UP));
        }

        @Property
        void multiplyingByARateEqualsTheExactProductRoundedOnce(@ForAll @LongRange(min = -10_000_000_000L, max = 10_000_000_000L) long fen,
                                                               @ForAll @IntRange(min = 0, max = 100_000) int basisPoints) {
            Rate rate = new Rate(BigDecimal.valueOf(basisPoints, 4));
            BigDecimal exact = BigDecimal.valueOf(fen).multiply(BigDecimal.valueOf(basisPoints, 4));
            assertEquals(exact.setScale(0, RoundingMode.HALF_UP).longValueExact(),
                    Money.ofFen(fen).times(rate, RoundingMode.HALF_UP).fen());
        }
    }

    @Nested
    class ArithmeticAndOrder {

        @Property
        void plainTextReadsBackToTheSameAmount(@ForAll long fen) {
            Money money = Money.ofFen(fen == Long.MIN_VALUE ? 0 : fen / 2);
            assertEquals(money, Money.parse(money.toPlainString()).get());
        }

        @Test
        void plainTextHasTwoDecimals() {
            assertEquals("12000.00", Money.ofYuan(12000).toPlainString());
            assertEquals("-0.05", Money.ofFen(-5).toPlainString());
            assertEquals("CNY 0.10", Money.ofFen(10).toString());
        }

        @Property
        void minIsTheSmallerAndOrderFollowsFen(@ForAll int a, @ForAll int b) {
            Money x = Money.ofFen(a);
            Money y = Money.ofFen(b);
            assertEquals(Math.min(a, b), Money.min(x, y).fen());
            assertEquals(Math.max(a, b), Money.max(x, y).fen());
            assertEquals(Integer.signum(Integer.compare(a, b)), Integer.signum(x.compareTo(y)));
        }

        @Test
        void aFeeMustNotBeNegative() {
            assertInstanceOf(MoneyError.Negative.class, Money.ofFen(-1).requireNonNegative().getLeft());
            assertEquals(Money.ZERO, Money.ZERO.requireNonNegative().get());
        }

        @Test
        void overflowIsABugNotAWrongAmount() {
            assertThrows(ArithmeticException.class, () -> Money.ofFen(Long.MAX_VALUE).plus(Money.ofFen(1)));
        }
    }

    @Nested
    class Rates {

        @Test
        void percentAndFractionAreTheSameRate() {
            assertEquals(Rate.percent(5), new Rate(new BigDecimal("0.050")));
            assertEquals(Rate.percent(130), Rate.percent(5).times(26));
        }

        @Test
        void aRateCannotBeNegative() {
            assertThrows(IllegalArgumentException.class, () -> new Rate(new BigDecimal("-0.01")));
            assertTrue(Rate.parsePercent("-5").isLeft());
            assertTrue(Rate.parsePercent("five").isLeft());
            assertEquals(Rate.percent("2.5"), Rate.parsePercent("2.5").get());
        }

        @Test
        void rendersInPercent() {
            assertEquals("150%", Rate.percent(150).toString());
            assertEquals("2.5%", Rate.percent("2.5").toString());
        }
    }
}
