package org.telecrm.money;

import io.vavr.control.Either;
import org.jmolecules.ddd.annotation.ValueObject;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * An amount of Chinese yuan (CNY), exact to the fen (0.01 CNY).
 *
 * <p>Held as a whole number of fen in a {@code long}: no {@code double} or {@code float} ever touches an
 * amount. Arithmetic that can produce fractions of a fen ({@link #times(Rate, RoundingMode)}) names its
 * rounding. Amounts may be negative (a ledger balance, a correction); whether a given amount may be
 * negative is the rule of whoever takes it (a fee, for example, may not: see {@link #requireNonNegative}).
 *
 * <pre>{@code
 * Money fee = Money.parse("8000.00").get();
 * Money charged = fee.times(Rate.percent(150), RoundingMode.HALF_UP);   // 12000.00
 * charged.toPlainString();                                               // "12000.00"
 * }</pre>
 *
 * @param fen the amount in fen (1 yuan = 100 fen)
 */
@ValueObject
public record Money(long fen) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);
    /** The largest amount: 92,233,720,368,547,758.07 yuan. */
    public static final Money MAX = new Money(Long.MAX_VALUE);
    /** The smallest amount, -92,233,720,368,547,758.08 yuan ({@code MIN.negate()} overflows). */
    public static final Money MIN = new Money(Long.MIN_VALUE);

    private static final int FEN_DIGITS = 2;
    /** The longest plain amount the fast parser takes (15 integer digits stays far from overflow). */
    private static final int MAX_INTEGER_DIGITS = 15;
    /** No real amount needs more characters; longer text is refused before any number is built from it. */
    private static final int MAX_TEXT_LENGTH = 64;

    public static Money ofFen(long fen) {
        return new Money(fen);
    }

    /** Whole yuan, e.g. {@code Money.ofYuan(8000)} is 8000.00 CNY. */
    public static Money ofYuan(long yuan) {
        return new Money(Math.multiplyExact(yuan, 100L));
    }

    /**
     * Reads a decimal amount in yuan such as {@code "8000.00"}, {@code "8000"}, {@code "-1.5"} or
     * {@code "1.230"}. An amount finer than a fen ({@code "1.005"}) is rejected, never rounded: input is
     * taken exactly or not at all.
     */
    public static Either<MoneyError, Money> parse(String text) {
        if (text == null || text.isEmpty()) {
            return Either.left(new MoneyError.NotAnAmount(String.valueOf(text)));
        }
        long fast = parsePlain(text);
        if (fast != NOT_PLAIN) {
            return Either.right(new Money(fast));
        }
        return parseGeneral(text);
    }

    private static final long NOT_PLAIN = Long.MIN_VALUE;

    /** Fast path for the common shape {@code -?digits(.d{1,2})?}; NOT_PLAIN for anything else. */
    private static long parsePlain(String s) {
        int i = 0;
        int n = s.length();
        boolean negative = s.charAt(0) == '-';
        if (negative) {
            i++;
        }
        long units = 0;
        int intDigits = 0;
        while (i < n && isDigit(s.charAt(i))) {
            units = units * 10 + (s.charAt(i) - '0');
            i++;
            if (++intDigits > MAX_INTEGER_DIGITS) {
                return NOT_PLAIN;
            }
        }
        if (intDigits == 0) {
            return NOT_PLAIN;
        }
        long fen = units * 100;
        if (i < n) {
            if (s.charAt(i) != '.' || n - i - 1 < 1 || n - i - 1 > FEN_DIGITS) {
                return NOT_PLAIN;
            }
            i++;
            int scale = 10;
            for (; i < n; i++) {
                char c = s.charAt(i);
                if (!isDigit(c)) {
                    return NOT_PLAIN;
                }
                fen += (c - '0') * scale;
                scale /= 10;
            }
        }
        return negative ? -fen : fen;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Other amounts must still have the shape of a JSON number, e.g. {@code 8E+3}; BigDecimal alone is laxer. */
    private static Either<MoneyError, Money> parseGeneral(String text) {
        if (text.length() > MAX_TEXT_LENGTH) {
            return Either.left(new MoneyError.OutOfRange(text.substring(0, 20) + "..."));
        }
        if (!hasNumberShape(text)) {
            return Either.left(new MoneyError.NotAnAmount(text));
        }
        BigDecimal yuan = new BigDecimal(text);
        // Decide the magnitude before expanding anything: 1e999 must not become a thousand-digit integer.
        if (yuan.signum() != 0 && yuan.precision() - yuan.scale() > MAX_INTEGER_DIGITS + 2) {
            return Either.left(new MoneyError.OutOfRange(text));
        }
        BigDecimal fen = yuan.movePointRight(FEN_DIGITS);
        if (fen.signum() != 0 && fen.stripTrailingZeros().scale() > 0) {
            return Either.left(new MoneyError.FinerThanFen(text));
        }
        BigInteger whole = fen.toBigIntegerExact();
        if (whole.bitLength() > 63) { // the whole range of a long, Long.MIN_VALUE included
            return Either.left(new MoneyError.OutOfRange(text));
        }
        return Either.right(new Money(whole.longValue()));
    }

    /** {@code -?digits(.digits)?([eE][+-]?digits)?}, the JSON number grammar (leading zeros allowed). */
    private static boolean hasNumberShape(String s) {
        int i = s.charAt(0) == '-' ? 1 : 0;
        int start = i;
        i = skipDigits(s, i);
        if (i == start) {
            return false;
        }
        if (i < s.length() && s.charAt(i) == '.') {
            int fraction = ++i;
            i = skipDigits(s, i);
            if (i == fraction) {
                return false;
            }
        }
        if (i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int exponent = i;
            i = skipDigits(s, i);
            if (i == exponent || i - exponent > 4) {
                return false;
            }
        }
        return i == s.length();
    }

    private static int skipDigits(String s, int i) {
        while (i < s.length() && isDigit(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * The checked forms below never throw and never wrap: a result outside {@link #MIN}..{@link #MAX} is a
     * {@link MoneyError.Overflow} naming the operation. The unchecked forms ({@link #plus} etc.) throw
     * {@link ArithmeticException} instead; they are for amounts already known to be small (a bug otherwise).
     */
    public Either<MoneyError, Money> checkedPlus(Money other) {
        long sum = fen + other.fen;
        // Overflow iff both operands have the sign opposite to the result's.
        return ((fen ^ sum) & (other.fen ^ sum)) < 0
                ? Either.left(new MoneyError.Overflow(toPlainString() + " + " + other.toPlainString()))
                : Either.right(new Money(sum));
    }

    public Either<MoneyError, Money> checkedMinus(Money other) {
        long difference = fen - other.fen;
        return ((fen ^ other.fen) & (fen ^ difference)) < 0
                ? Either.left(new MoneyError.Overflow(toPlainString() + " - " + other.toPlainString()))
                : Either.right(new Money(difference));
    }

    public Either<MoneyError, Money> checkedTimes(long factor) {
        return fitting(BigDecimal.valueOf(fen).multiply(BigDecimal.valueOf(factor)), toPlainString() + " x " + factor);
    }

    /** This amount times a rate, rounded to the fen by the named rounding, or an overflow. */
    public Either<MoneyError, Money> checkedTimes(Rate rate, RoundingMode rounding) {
        return checkedFromExactFen(rate.applyTo(exactFen()), rounding, toPlainString() + " x " + rate);
    }

    /** Rounds an exact amount in fen to a whole fen, or an overflow naming {@code operation}. */
    public static Either<MoneyError, Money> checkedFromExactFen(BigDecimal exactFen, RoundingMode rounding, String operation) {
        // Decide the magnitude before rounding: an exponent of a billion must not be expanded into digits.
        if (exactFen.signum() != 0 && exactFen.precision() - exactFen.scale() > 20) {
            return Either.left(new MoneyError.Overflow(operation));
        }
        // Nor a tiny one (1e-999999999) into a billion decimals: every rounding takes any amount strictly between
        // zero and 0.1 fen where it takes 0.01 fen.
        BigDecimal tameFen = exactFen.signum() != 0 && exactFen.precision() - exactFen.scale() < 0
                ? BigDecimal.valueOf(exactFen.signum(), 2) : exactFen;
        return fitting(tameFen.setScale(0, rounding), operation);
    }

    private static Either<MoneyError, Money> fitting(BigDecimal wholeFen, String operation) {
        if (wholeFen.compareTo(MAX_FEN) > 0 || wholeFen.compareTo(MIN_FEN) < 0) {
            return Either.left(new MoneyError.Overflow(operation));
        }
        return Either.right(new Money(wholeFen.longValueExact()));
    }

    private static final BigDecimal MAX_FEN = BigDecimal.valueOf(Long.MAX_VALUE);
    private static final BigDecimal MIN_FEN = BigDecimal.valueOf(Long.MIN_VALUE);

    public Money plus(Money other) {
        return new Money(Math.addExact(fen, other.fen));
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(fen, other.fen));
    }

    public Money negate() {
        return new Money(Math.negateExact(fen));
    }

    public Money times(long factor) {
        return new Money(Math.multiplyExact(fen, factor));
    }

    /** This amount times a rate, rounded to the fen by the named rounding. */
    public Money times(Rate rate, RoundingMode rounding) {
        return fromExactFen(rate.applyTo(exactFen()), rounding);
    }

    /** The exact amount in fen, for computations that must round only once at the end. */
    public BigDecimal exactFen() {
        return BigDecimal.valueOf(fen);
    }

    /** Rounds an exact amount in fen (as from {@link #exactFen()}) to a whole fen. */
    public static Money fromExactFen(BigDecimal exactFen, RoundingMode rounding) {
        return new Money(exactFen.setScale(0, rounding).longValueExact());
    }

    public boolean isNegative() {
        return fen < 0;
    }

    public boolean isZero() {
        return fen == 0;
    }

    /** A non-negative amount, or a typed error naming it. */
    public Either<MoneyError, Money> requireNonNegative() {
        return fen < 0 ? Either.left(new MoneyError.Negative(this)) : Either.right(this);
    }

    public boolean isGreaterThan(Money other) {
        return fen > other.fen;
    }

    public boolean isLessThan(Money other) {
        return fen < other.fen;
    }

    public static Money min(Money a, Money b) {
        return a.fen <= b.fen ? a : b;
    }

    public static Money max(Money a, Money b) {
        return a.fen >= b.fen ? a : b;
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(fen, other.fen);
    }

    /**
     * Yuan with exactly two decimals and no grouping: {@code "12000.00"}, {@code "-0.05"}; right over the whole
     * range ({@code MIN} is {@code "-92233720368547758.08"}, whose magnitude a {@code long} cannot hold: the
     * digits are taken from the negative value, which can).
     */
    public String toPlainString() {
        long yuan = Math.abs(fen / 100);
        int cents = (int) Math.abs(fen % 100);
        StringBuilder sb = new StringBuilder(24);
        if (fen < 0) {
            sb.append('-');
        }
        sb.append(yuan).append('.');
        if (cents < 10) {
            sb.append('0');
        }
        return sb.append(cents).toString();
    }

    @Override
    public String toString() {
        return "CNY " + toPlainString();
    }
}
