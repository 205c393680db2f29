package org.telecrm.customer.churn;

import org.jmolecules.ddd.annotation.ValueObject;
import org.telecrm.money.Money;

import java.time.YearMonth;
import java.util.Objects;

/**
 * What a customer spent in one month: the data the spend-fluctuation signal is computed from.
 *
 * <pre>{@code
 * new MonthlySpend(YearMonth.of(2026, 6), Money.ofYuan(80_000))
 * }</pre>
 */
@ValueObject
public record MonthlySpend(YearMonth month, Money spend) {

    public MonthlySpend {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(spend, "spend");
    }
}
