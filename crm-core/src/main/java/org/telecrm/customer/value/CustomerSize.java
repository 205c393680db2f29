package org.telecrm.customer.value;

/**
 * A customer's size band, a proxy of the indirect method of predicting potential value (rules.md section 2).
 * How a host bands its customers (headcount, assets, registered capital) is its own choice.
 *
 * <pre>{@code
 * ValueFacts facts = ValueFacts.ofMonthlyRevenue(revenue).withSize(CustomerSize.LARGE);
 * }</pre>
 */
public enum CustomerSize {
    SMALL,
    MEDIUM,
    LARGE,
    VERY_LARGE
}
