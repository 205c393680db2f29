package org.telecrm.sla.quality;

/**
 * A measured quality of a circuit a contract can commit to besides availability (rules.md section 5: "sign the SLA
 * with measurable commitments ... and how measurements are confirmed"), with the unit its limits and measurements
 * are stated in.
 *
 * <pre>{@code
 * Metric.LATENCY.unit();   // "ms"
 * }</pre>
 */
public enum Metric {
    /** One-way delay averaged over a measurement window, in milliseconds. */
    LATENCY("ms"),
    /** Lost packets over a measurement window, in percent of the packets sent. */
    PACKET_LOSS("%"),
    /** Delay variation over a measurement window, in milliseconds. */
    JITTER("ms");

    private final String unit;

    Metric(String unit) {
        this.unit = unit;
    }

    /** The unit of this metric's limits and measurements. */
    public String unit() {
        return unit;
    }
}
