package org.telecrm.sla.quality;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;

/** Durations as exact whole nanoseconds, for ratios and unit counts that must not round. */
final class Nanos {

    private Nanos() {
    }

    static BigDecimal of(Duration d) {
        return BigDecimal.valueOf(d.getSeconds()).movePointRight(9).add(BigDecimal.valueOf(d.getNano()));
    }

    /** How many units, counting a started one as a whole: ceil(amount / unit); 0 for no amount. */
    static long startedUnits(Duration amount, Duration unit) {
        return of(amount).divide(of(unit), 0, RoundingMode.CEILING).longValueExact();
    }
}
