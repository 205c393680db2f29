package org.telecrm.sla.quality;

import org.jmolecules.ddd.annotation.ValueObject;
import org.telecrm.money.Rate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Objects;

/**
 * A circuit's availability over a measured period, held exactly as the ratio of the time it was up to the
 * period: (period - provider downtime) / period, in nanoseconds. No floating point: comparisons with a target are
 * decided exactly, and renderings round <b>down</b>, so a rendering never shows a target met that was missed.
 *
 * <pre>{@code
 * Availability a = new Availability(Duration.ofMinutes(270), Duration.ofDays(31));
 * a.isAtLeast(Rate.percent("99.95"));   // false
 * a.toPercentString();                  // "99.3951%" (744 h - 4.5 h over 744 h, rounded down)
 * a.basisPoints();                      // 9939
 * }</pre>
 *
 * @param downtime the provider downtime inside the period; 0 .. period
 * @param period   the measured period; positive
 */
@ValueObject
public record Availability(Duration downtime, Duration period) implements Comparable<Availability> {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    public Availability {
        Objects.requireNonNull(downtime, "downtime");
        Objects.requireNonNull(period, "period");
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("an availability needs a positive period, was " + period);
        }
        if (downtime.isNegative() || downtime.compareTo(period) > 0) {
            throw new IllegalArgumentException("downtime must be within 0 .. " + period + ", was " + downtime);
        }
    }

    /** Up the whole period. */
    public static Availability full(Duration period) {
        return new Availability(Duration.ZERO, period);
    }

    /** The time the circuit was up: the numerator of the ratio. */
    public Duration uptime() {
        return period.minus(downtime);
    }

    /** Whether uptime / period >= target, decided exactly. */
    public boolean isAtLeast(Rate target) {
        return Nanos.of(uptime()).compareTo(target.applyTo(Nanos.of(period))) >= 0;
    }

    /** The ratio to {@code scale} decimals, rounded by {@code rounding} (the exact value is uptime / period). */
    public BigDecimal ratio(int scale, RoundingMode rounding) {
        return Nanos.of(uptime()).divide(Nanos.of(period), scale, rounding);
    }

    /** Whole basis points (1/100 of a percent), rounded down: 0 .. 10000. */
    public int basisPoints() {
        return Nanos.of(uptime()).multiply(TEN_THOUSAND).divide(Nanos.of(period), 0, RoundingMode.DOWN).intValueExact();
    }

    /** In percent with four decimals, rounded down, e.g. {@code "99.9500%"}. */
    public String toPercentString() {
        return ratio(6, RoundingMode.DOWN).multiply(HUNDRED).setScale(4, RoundingMode.DOWN).toPlainString() + "%";
    }

    /** Compares the exact ratios (cross-multiplied), whatever the periods. */
    @Override
    public int compareTo(Availability other) {
        return Nanos.of(uptime()).multiply(Nanos.of(other.period))
                .compareTo(Nanos.of(other.uptime()).multiply(Nanos.of(period)));
    }

    @Override
    public String toString() {
        return toPercentString();
    }
}
