package org.telecrm.order.report;

import org.jmolecules.ddd.annotation.ValueObject;
import org.telecrm.money.Money;

import java.util.Objects;

/**
 * The compensation claims of a month that one bureau and responsibility segment answer for (rules.md section 6).
 *
 * @param bureau   the responsible bureau
 * @param segment  the responsibility segment (e.g. "A-end access segment")
 * @param claims   claims raised for the month's breaches
 * @param settled  of them, settled (credited to the customer's account)
 * @param claimed  the amount of all of them
 * @param credited the amount of the settled ones
 */
@ValueObject
public record BureauCompensation(String bureau, String segment, int claims, int settled, Money claimed, Money credited) {

    public BureauCompensation {
        Objects.requireNonNull(bureau, "bureau");
        Objects.requireNonNull(segment, "segment");
        Objects.requireNonNull(claimed, "claimed");
        Objects.requireNonNull(credited, "credited");
    }
}
