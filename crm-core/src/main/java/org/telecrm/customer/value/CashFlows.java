package org.telecrm.customer.value;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.jmolecules.ddd.annotation.ValueObject;
import org.telecrm.money.Money;

import java.util.Objects;

/**
 * A project's cash flows, one per period (usually a year), period 0 first: outflows (the investment) negative,
 * inflows positive. The input of the project assessment ({@link ProjectEvaluation}).
 *
 * <pre>{@code
 * CashFlows flows = CashFlows.ofYuan(-1_000_000, 400_000, 400_000, 400_000);
 * flows.invested();   // CNY 1000000.00
 * flows.net();        // CNY 200000.00
 * }</pre>
 *
 * @param perPeriod the flow of each period, period 0 first
 */
@ValueObject
public record CashFlows(Seq<Money> perPeriod) {

    public CashFlows {
        Objects.requireNonNull(perPeriod, "perPeriod");
    }

    public static CashFlows of(Money... perPeriod) {
        return new CashFlows(List.of(perPeriod));
    }

    /** Flows in whole yuan, period 0 first. */
    public static CashFlows ofYuan(long... perPeriod) {
        return new CashFlows(List.ofAll(perPeriod).map(Money::ofYuan));
    }

    /** All outflows, as a positive amount. */
    public Money invested() {
        return perPeriod.filter(Money::isNegative).fold(Money.ZERO, Money::minus);
    }

    /** All inflows. */
    public Money returned() {
        return perPeriod.filter(flow -> flow.isGreaterThan(Money.ZERO)).fold(Money.ZERO, Money::plus);
    }

    /** Inflows minus outflows, undiscounted. */
    public Money net() {
        return perPeriod.fold(Money.ZERO, Money::plus);
    }

    /** How often the flows change sign, zeros skipped: the IRR is unique exactly when this is 1. */
    public int signChanges() {
        Seq<Integer> signs = perPeriod.filter(flow -> !flow.isZero()).map(flow -> Long.signum(flow.fen()));
        return signs.isEmpty() ? 0 : signs.sliding(2).count(pair -> pair.size() == 2 && !pair.head().equals(pair.last()));
    }
}
