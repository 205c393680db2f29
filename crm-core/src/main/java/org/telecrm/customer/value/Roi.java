package org.telecrm.customer.value;

import org.jmolecules.ddd.annotation.ValueObject;
import org.telecrm.money.Money;
import org.telecrm.money.Rate;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Return on investment (投资回报率), exact: the undiscounted net gain over the amount invested, kept as the two
 * amounts so that comparing it with a hurdle involves no division and no rounding.
 *
 * <pre>{@code
 * Roi roi = new Roi(Money.ofYuan(200_000), Money.ofYuan(1_000_000));
 * roi.reaches(Rate.percent(20));   // true: exactly 20%
 * roi.percent(2);                  // 20.00
 * }</pre>
 *
 * @param netGain  inflows minus outflows (negative for a loss)
 * @param invested the outflows, positive
 */
@ValueObject
public record Roi(Money netGain, Money invested) {

    public Roi {
        if (!invested.isGreaterThan(Money.ZERO)) {
            throw new IllegalArgumentException("invested must be positive, was " + invested);
        }
    }

    /** Whether the ROI is at least the hurdle, decided exactly. */
    public boolean reaches(Rate hurdle) {
        return netGain.exactFen().compareTo(hurdle.applyTo(invested.exactFen())) >= 0;
    }

    /** The ROI in percent, rounded half-up to {@code decimals} places (for display; comparisons use {@link #reaches}). */
    public BigDecimal percent(int decimals) {
        return netGain.exactFen().multiply(BigDecimal.valueOf(100)).divide(invested.exactFen(), decimals, RoundingMode.HALF_UP);
    }

    @Override
    public String toString() {
        return percent(2).toPlainString() + "%";
    }
}
