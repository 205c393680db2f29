package org.telecrm.customer.churn;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.jmolecules.ddd.annotation.ValueObject;
import org.telecrm.customer.CustomerGroup;

import java.util.Objects;

/**
 * What the churn early warning knows of one customer: its group, its monthly spend (the last month is the one
 * assessed, the months before it form the baseline) and the signals reported by other channels.
 *
 * <pre>{@code
 * ChurnCase c = ChurnCase.of(CustomerGroup.KEY_ACCOUNT, history)
 *         .with(new ChurnSignal.CancellationOrder("TZ-2026-0612", LocalDate.of(2026, 6, 12)));
 * }</pre>
 *
 * @param group        the customer's group (a key account's loss is stated in revenue terms)
 * @param spendHistory consecutive months, oldest first; the last is assessed
 * @param reports      signals from the other three sources
 */
@ValueObject
public record ChurnCase(CustomerGroup group, Seq<MonthlySpend> spendHistory, Seq<ChurnSignal.Reported> reports) {

    public ChurnCase {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(spendHistory, "spendHistory");
        Objects.requireNonNull(reports, "reports");
    }

    public static ChurnCase of(CustomerGroup group, Seq<MonthlySpend> spendHistory) {
        return new ChurnCase(group, spendHistory, List.empty());
    }

    /** This case with one more reported signal. */
    public ChurnCase with(ChurnSignal.Reported report) {
        return new ChurnCase(group, spendHistory, reports.append(Objects.requireNonNull(report, "report")));
    }
}
