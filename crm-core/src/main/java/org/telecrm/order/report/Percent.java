package org.telecrm.order.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Percentages in the reports: two decimals, rounded half-up; "-" when there is nothing to divide by. */
public final class Percent {

    /** The rounding of every report percentage. */
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

    private Percent() {
    }

    /** {@code part / whole} as e.g. "97.50%"; "-" when {@code whole} is 0. */
    public static String of(long part, long whole) {
        if (whole == 0) {
            return "-";
        }
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 2, ROUNDING).toPlainString() + "%";
    }
}
