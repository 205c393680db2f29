package org.telecrm.sla.contract;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A circuit's bandwidth in whole kbit/s (64 kbit/s DDN up to 155 Mbit/s and more).
 *
 * <pre>{@code
 * Bandwidth e1 = Bandwidth.ofKbps(2048);    // "2048 kbit/s"
 * Bandwidth fast = Bandwidth.ofMbps(155);   // "155 Mbit/s"
 * }</pre>
 *
 * @param kbps kilobits per second, positive
 */
@ValueObject
public record Bandwidth(long kbps) implements Comparable<Bandwidth> {

    public Bandwidth {
        if (kbps <= 0) {
            throw new IllegalArgumentException("a bandwidth must be positive, was " + kbps + " kbit/s");
        }
    }

    public static Bandwidth ofKbps(long kbps) {
        return new Bandwidth(kbps);
    }

    public static Bandwidth ofMbps(long mbps) {
        return new Bandwidth(Math.multiplyExact(mbps, 1000L));
    }

    @Override
    public int compareTo(Bandwidth other) {
        return Long.compare(kbps, other.kbps);
    }

    @Override
    public String toString() {
        return kbps % 1000 == 0 ? kbps / 1000 + " Mbit/s" : kbps + " kbit/s";
    }
}
