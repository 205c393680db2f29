package org.telecrm.customer.churn;

/**
 * How urgently a customer may be about to leave (客户流失预警, rules.md section 1), lowest first: the levels are
 * ordered, and the combination rule only ever raises a level.
 *
 * <pre>{@code
 * warning.level().isAtLeast(WarningLevel.WARNING)
 * }</pre>
 */
public enum WarningLevel {
    /** No sign of churn. */
    NONE,
    /** A weak sign: keep an eye on the customer at the next regular contact. */
    WATCH,
    /** A clear sign: the account manager contacts the customer and finds out why. */
    WARNING,
    /** The customer is leaving or about to: retention now, escalated to the key-account department. */
    CRITICAL;

    public boolean isAtLeast(WarningLevel other) {
        return compareTo(other) >= 0;
    }

    /** One level higher; CRITICAL stays CRITICAL. */
    public WarningLevel oneUp() {
        return this == CRITICAL ? CRITICAL : values()[ordinal() + 1];
    }

    public static WarningLevel max(WarningLevel a, WarningLevel b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
