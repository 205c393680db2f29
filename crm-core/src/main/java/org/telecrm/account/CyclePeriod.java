package org.telecrm.account;

import org.jmolecules.ddd.annotation.ValueObject;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One billing cycle: the local dates from {@code start} (inclusive) to {@code end} (exclusive), as
 * {@link BillingCycle#cycleOf(LocalDate)} gives them.
 *
 * <pre>{@code
 * CyclePeriod june = BillingCycle.monthlyFromDay(15).cycleOf(LocalDate.of(2026, 7, 2));
 * june.start();                            // 2026-06-15
 * june.lastDay();                          // 2026-07-14
 * june.contains(LocalDate.of(2026, 7, 15)); // false: that is the next cycle's first day
 * }</pre>
 *
 * @param start the cycle's first day
 * @param end   the first day of the next cycle
 */
@ValueObject
public record CyclePeriod(LocalDate start, LocalDate end) implements Comparable<CyclePeriod> {

    public CyclePeriod {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("a cycle must end after it starts: " + start + ".." + end);
        }
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && date.isBefore(end);
    }

    /** The cycle's last day (the day before {@link #end()}). */
    public LocalDate lastDay() {
        return end.minusDays(1);
    }

    @Override
    public int compareTo(CyclePeriod other) {
        return start.compareTo(other.start);
    }

    /** {@code "2026-06-15..2026-07-14"}: first and last day. */
    @Override
    public String toString() {
        return start + ".." + lastDay();
    }
}
