package org.telecrm.sla.contract;

import org.jmolecules.ddd.annotation.ValueObject;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * The days an SLA contract is valid, both inclusive.
 *
 * <pre>{@code
 * ValidityPeriod year = new ValidityPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
 * year.contains(LocalDate.of(2026, 3, 2));   // true
 * year.overlaps(YearMonth.of(2027, 1));       // false
 * }</pre>
 *
 * @param from the first valid day
 * @param to   the last valid day, not before {@code from}
 */
@ValueObject
public record ValidityPeriod(LocalDate from, LocalDate to) {

    public ValidityPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a validity period must not end (" + to + ") before it starts (" + from + ")");
        }
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** Whether at least one day of the month is in this period. */
    public boolean overlaps(YearMonth month) {
        return !month.atEndOfMonth().isBefore(from) && !month.atDay(1).isAfter(to);
    }

    @Override
    public String toString() {
        return from + " .. " + to;
    }
}
