package org.telecrm.sla.quality;

import org.jmolecules.ddd.annotation.ValueObject;
import org.telecrm.money.Rate;

import java.time.Duration;
import java.util.Objects;

/**
 * A time-limit compensation rule of a quality level (fault response or restoration): for every <b>started</b>
 * {@code unit} of the month's total overrun beyond the limit, {@code perUnit} of the circuit's monthly rental.
 *
 * <pre>{@code
 * // 5% of the monthly rental for every started hour beyond the restoration limit
 * OverrunCredit rule = new OverrunCredit(Duration.ofHours(1), Rate.percent(5));
 * }</pre>
 *
 * @param unit    the unit of overrun; positive
 * @param perUnit the credit per started unit, as a share of the monthly rental
 */
@ValueObject
public record OverrunCredit(Duration unit, Rate perUnit) {

    public OverrunCredit {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(perUnit, "perUnit");
    }

    @Override
    public String toString() {
        return perUnit + " of the monthly rental per started " + unit + " of overrun";
    }
}
