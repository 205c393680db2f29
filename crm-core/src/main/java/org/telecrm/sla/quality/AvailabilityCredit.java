package org.telecrm.sla.quality;

import org.jmolecules.ddd.annotation.ValueObject;
import org.telecrm.money.Rate;

import java.util.Objects;

/**
 * The availability compensation rule of a quality level: for every <b>started</b> {@code shortfallUnit} by which
 * the month's availability falls below the target, {@code perUnit} of the circuit's monthly rental.
 *
 * <pre>{@code
 * // 10% of the monthly rental for every started 0.1 percentage point below the target
 * AvailabilityCredit rule = new AvailabilityCredit(Rate.percent("0.1"), Rate.percent(10));
 * }</pre>
 *
 * @param shortfallUnit the unit of shortfall, as a share of the period (0.1% is {@code Rate.percent("0.1")}); positive
 * @param perUnit       the credit per started unit, as a share of the monthly rental
 */
@ValueObject
public record AvailabilityCredit(Rate shortfallUnit, Rate perUnit) {

    public AvailabilityCredit {
        Objects.requireNonNull(shortfallUnit, "shortfallUnit");
        Objects.requireNonNull(perUnit, "perUnit");
    }

    @Override
    public String toString() {
        return perUnit + " of the monthly rental per started " + shortfallUnit + " below the target";
    }
}
