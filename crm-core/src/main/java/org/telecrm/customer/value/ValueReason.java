package org.telecrm.customer.value;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * One line of why a key account scored what it did: which part of its value, which factor, the evidence and the
 * points it earned.
 *
 * <pre>{@code
 * reason.describe();   // "current direct value: revenue CNY 1200000.00 a year (12 months at 100%) -> 120 points"
 * }</pre>
 *
 * @param component the part of value the points count toward
 * @param factor    what was measured, e.g. "revenue" or "brand"
 * @param evidence  the measured fact, as shown to an account manager
 * @param points    the points earned (never negative)
 */
@ValueObject
public record ValueReason(ValueComponent component, String factor, String evidence, long points) {

    public String describe() {
        return component.label() + ": " + factor + " " + evidence + " -> " + points + " points";
    }
}
