package org.telecrm.sla.quality;

import org.jmolecules.ddd.annotation.ValueObject;
import org.telecrm.sla.CircuitId;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One measurement window's value of a metric on a circuit, as both sides confirmed it (rules.md section 5): the
 * window starts at {@code windowStart} and lasts the committed {@link MeasuredCommitment#window() window}.
 *
 * <pre>{@code
 * Measurement m = new Measurement(CircuitId.of("DDN-0755-2026-0001"), Metric.LATENCY,
 *         Instant.parse("2026-03-10T02:05:00Z"), new BigDecimal("23.4"));   // 23.4 ms
 * }</pre>
 *
 * @param windowStart the start of the window, on a window boundary counted from the measured period's start
 * @param value       the window's value in the metric's {@link Metric#unit() unit}; not negative
 */
@ValueObject
public record Measurement(CircuitId circuit, Metric metric, Instant windowStart, BigDecimal value) {

    public Measurement {
        Objects.requireNonNull(circuit, "circuit");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(windowStart, "windowStart");
        Objects.requireNonNull(value, "value");
    }

    /** How the case's problems name this measurement's fields. */
    String field() {
        return "measurements[" + metric + "@" + windowStart + "]";
    }
}
