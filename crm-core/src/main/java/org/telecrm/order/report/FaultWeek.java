package org.telecrm.order.report;

import org.jmolecules.ddd.annotation.ValueObject;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One week's fault statistics, as the Shenzhen document reports them: faults reported, of them key accounts'
 * (customers with a star level), restored, and restored within the restoration limit; and, of them, the faults that
 * came back after they were closed and were reopened (issue 15): a reopened fault is restored only once it is
 * completed again, and within the limit only if its clock, continued across the reopening, stayed within it.
 *
 * @param monday              the Monday the week starts on (ISO weeks; a week is cut at the month's edges)
 * @param reported            fault reports accepted in the week
 * @param keyAccount          of them, for customers with a star level
 * @param restored            of them, restored (completed) by the end of the month
 * @param restoredWithinLimit of them, restored within the restoration limit
 * @param reopened            of those reported, reopened at least once (whether restored again or not)
 */
@ValueObject
public record FaultWeek(LocalDate monday, int reported, int keyAccount, int restored, int restoredWithinLimit,
                        int reopened) {

    public FaultWeek {
        Objects.requireNonNull(monday, "monday");
        if (keyAccount > reported || restored > reported || restoredWithinLimit > restored || reopened > reported) {
            throw new IllegalArgumentException("inconsistent fault week " + monday);
        }
    }

    /** Restored within the limit, of those reported, as a percentage ({@link Percent}). */
    public String withinLimitRate() {
        return Percent.of(restoredWithinLimit, reported);
    }
}
