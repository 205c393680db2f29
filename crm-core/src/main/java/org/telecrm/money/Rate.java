package org.telecrm.money;

import io.vavr.control.Either;
import org.jmolecules.ddd.annotation.ValueObject;

import java.math.BigDecimal;

/**
 * A non-negative exact ratio, such as a 150% price uplift or a 5% compensation per late day.
 *
 * <p>Exact decimal, never a binary fraction: {@code Rate.percent("5")} times 26 days is exactly 130%, so a
 * comparison such as "rate x days reaches the cap" is decided exactly.
 *
 * <pre>{@code
 * Rate uplift = Rate.percent(150);
 * Rate perDay = Rate.percent("2.5");
 * perDay.times(4).equals(Rate.percent(10));   // true
 * }</pre>
 *
 * @param fraction the ratio as a fraction (0.05 for 5%), compared by value (0.050 equals 0.05)
 */
@ValueObject
public record Rate(BigDecimal fraction) implements Comparable<Rate> {

    public static final Rate ZERO = new Rate(BigDecimal.ZERO);
    public static final Rate ONE = new Rate(BigDecimal.ONE);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Rate {
        if (fraction == null || fraction.signum() < 0) {
            throw new IllegalArgumentException("a rate must be a non-negative number, was " + fraction);
        }
        fraction = fraction.signum() == 0 ? BigDecimal.ZERO : fraction.stripTrailingZeros();
    }

    /** {@code Rate.percent(5)} is 5%. */
    public static Rate percent(long percent) {
        return percent(BigDecimal.valueOf(percent));
    }

    /** {@code Rate.percent("2.5")} is 2.5%; the text must be a plain decimal. */
    public static Rate percent(String percent) {
        return percent(new BigDecimal(percent));
    }

    private static Rate percent(BigDecimal percent) {
        return new Rate(percent.divide(HUNDRED));
    }

    /** The largest rate taken from text: 1,000,000% (ten thousand times); no term of rules.md comes near it. */
    public static final BigDecimal MAX_PERCENT = BigDecimal.valueOf(1_000_000);
    /** The finest rate taken from text: ten decimals of a percent. */
    public static final int MAX_PERCENT_DECIMALS = 10;
    /** Longer text is refused before any number is built from it. */
    private static final int MAX_TEXT_LENGTH = 40;

    /**
     * A rate from untrusted text in percent, with a typed error for non-numbers, negatives and rates outside
     * 0..{@link #MAX_PERCENT} or finer than {@link #MAX_PERCENT_DECIMALS} decimals (so that {@code "1e999999999"}
     * is refused at once, never carried into arithmetic that would expand it).
     */
    public static Either<RateError, Rate> parsePercent(String text) {
        if (text == null || text.length() > MAX_TEXT_LENGTH) {
            return Either.left(new RateError((text == null ? "nothing" : "'" + text.substring(0, 20) + "...'")
                    + " is not a percentage"));
        }
        BigDecimal percent;
        try {
            percent = new BigDecimal(text);
        } catch (NumberFormatException notANumber) {
            return Either.left(new RateError("'" + text + "' is not a percentage"));
        }
        if (percent.signum() < 0) {
            return Either.left(new RateError("a rate must not be negative, was " + text + "%"));
        }
        // Magnitude first, from precision and scale: comparing 1e999999999 with a bound never expands it.
        if (percent.signum() != 0 && percent.precision() - percent.scale() > 7 || percent.compareTo(MAX_PERCENT) > 0) {
            return Either.left(new RateError("a rate must be at most " + MAX_PERCENT.toPlainString() + "%, was " + text + "%"));
        }
        if (percent.stripTrailingZeros().scale() > MAX_PERCENT_DECIMALS) {
            return Either.left(new RateError("a rate must have at most " + MAX_PERCENT_DECIMALS + " decimals, was " + text + "%"));
        }
        return Either.right(percent(percent));
    }

    /** Why a text is not a rate. */
    public record RateError(String message) {
    }

    /** This rate taken {@code n} times, exactly (n must not be negative). */
    public Rate times(long n) {
        if (n < 0) {
            throw new IllegalArgumentException("a rate can only be taken a non-negative number of times, was " + n);
        }
        return new Rate(fraction.multiply(BigDecimal.valueOf(n)));
    }

    /** This rate applied to an exact quantity; no rounding. */
    public BigDecimal applyTo(BigDecimal quantity) {
        return quantity.multiply(fraction);
    }

    public boolean isAtLeast(Rate other) {
        return compareTo(other) >= 0;
    }

    @Override
    public int compareTo(Rate other) {
        return fraction.compareTo(other.fraction);
    }

    /** The rate in percent as plain text, e.g. {@code "150"} or {@code "2.5"}. */
    public String toPercentString() {
        return fraction.multiply(HUNDRED).stripTrailingZeros().toPlainString();
    }

    @Override
    public String toString() {
        return toPercentString() + "%";
    }
}
