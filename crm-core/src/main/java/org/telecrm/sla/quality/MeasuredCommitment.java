package org.telecrm.sla.quality;

import org.jmolecules.ddd.annotation.ValueObject;
import org.telecrm.money.Rate;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;

/**
 * A measured commitment of a quality level (latency, packet loss or jitter): the month is cut into measurement
 * windows of {@code window}, each measured once ({@link Measurement}); a window whose value is <b>above</b>
 * {@code limit} is breached; the first {@code allowance} breached windows of the month are free, and every one
 * beyond them earns {@code perBreachedWindow} of the circuit's monthly rental, within the level's cap.
 * A {@link QualityLevelTable} checks the numbers when it is built (a positive limit, at most 100% for packet loss; a
 * positive window that divides a day, so windows start at midnight every day; a non-negative allowance; a positive
 * credit).
 *
 * <pre>{@code
 * // latency at most 20 ms per 5-minute window; 12 breached windows a month free, then 0.5% of the rental each
 * MeasuredCommitment latency = new MeasuredCommitment(Metric.LATENCY, new BigDecimal("20"), Duration.ofMinutes(5),
 *         12, Rate.percent("0.5"));
 * }</pre>
 *
 * @param metric            what is measured
 * @param limit             the largest value a window may have, in the metric's {@link Metric#unit() unit}
 * @param window            the measurement window
 * @param allowance         breached windows a month that earn nothing
 * @param perBreachedWindow the credit per breached window beyond the allowance, as a share of the monthly rental
 */
@ValueObject
public record MeasuredCommitment(Metric metric, BigDecimal limit, Duration window, int allowance,
                                 Rate perBreachedWindow) {

    public MeasuredCommitment {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(limit, "limit");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(perBreachedWindow, "perBreachedWindow");
    }

    /** Whether a window measured at {@code value} is breached: above the limit. */
    public boolean breachedBy(BigDecimal value) {
        return value.compareTo(limit) > 0;
    }

    @Override
    public String toString() {
        return metric + " at most " + limit.toPlainString() + " " + metric.unit() + " per " + window + " window, "
                + allowance + " breached window(s) a month free, then " + perBreachedWindow
                + " of the monthly rental each";
    }
}
