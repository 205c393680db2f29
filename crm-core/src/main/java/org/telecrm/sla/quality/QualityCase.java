package org.telecrm.sla.quality;

import io.vavr.collection.Seq;
import org.jmolecules.ddd.annotation.ValueObject;
import org.telecrm.money.Money;
import org.telecrm.sla.CircuitId;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * What the quality engine needs to know of one circuit's month: its level and monthly rental, the month, the days
 * of it that are measured (the whole month, or the part a contract covers), and the month's outage records.
 *
 * <pre>{@code
 * QualityCase march = QualityCase.forMonth(CircuitId.of("DDN-0755-2026-0001"), QualityLevelTable.LEVEL_1,
 *         Money.ofYuan(2000), YearMonth.of(2026, 3), outages);
 * QualityCase partial = march.coveredBetween(LocalDate.of(2026, 3, 16), LocalDate.of(2026, 12, 31));
 * }</pre>
 *
 * @param monthlyRental the circuit's monthly rental: the base of every credit and its cap
 * @param firstDay      the first measured day (in the month)
 * @param lastDay       the last measured day (in the month, not before {@code firstDay})
 * @param outages       the circuit's outage records that touch the measured days (others are ignored)
 */
@ValueObject
public record QualityCase(CircuitId circuit, QualityLevel level, Money monthlyRental, YearMonth month,
                          LocalDate firstDay, LocalDate lastDay, Seq<Outage> outages) {

    public QualityCase {
        Objects.requireNonNull(circuit, "circuit");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(monthlyRental, "monthlyRental");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(lastDay, "lastDay");
        Objects.requireNonNull(outages, "outages");
    }

    /** The whole month is measured. */
    public static QualityCase forMonth(CircuitId circuit, QualityLevel level, Money monthlyRental, YearMonth month,
                                       Seq<Outage> outages) {
        return new QualityCase(circuit, level, monthlyRental, month, month.atDay(1), month.atEndOfMonth(), outages);
    }

    /** Only the days of this case that fall between {@code from} and {@code to} (inclusive) are measured. */
    public QualityCase coveredBetween(LocalDate from, LocalDate to) {
        LocalDate first = from.isAfter(firstDay) ? from : firstDay;
        LocalDate last = to.isBefore(lastDay) ? to : lastDay;
        return new QualityCase(circuit, level, monthlyRental, month, first, last, outages);
    }

    /** This case with other outage records. */
    public QualityCase withOutages(Seq<Outage> newOutages) {
        return new QualityCase(circuit, level, monthlyRental, month, firstDay, lastDay, newOutages);
    }
}
