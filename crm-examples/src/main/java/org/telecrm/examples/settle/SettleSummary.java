package org.telecrm.examples.settle;

/**
 * What one settle run did with its input lines.
 *
 * @param settled lines that gave a result
 * @param rejected lines that gave an error record
 * @param blank whitespace-only lines, skipped
 */
public record SettleSummary(long settled, long rejected, long blank) {

    @Override
    public String toString() {
        return settled + " settled, " + rejected + " rejected, " + blank + " blank lines skipped";
    }
}
