package org.telecrm.customer.star;

/**
 * How a key account pays for service above its own star level (rules.md section 3: 采取收费或减少优惠折扣的方式,
 * "by charging for it or by reducing the preferential discount"; the seed allows both).
 *
 * <pre>{@code
 * StarServiceTable.SAMPLE.withPricing(StarServiceTable.SAMPLE.pricing().withPolicy(AboveLevelPolicy.REDUCE_DISCOUNT));
 * }</pre>
 */
public enum AboveLevelPolicy {
    /** 收费: the item is charged, a surcharge on its price per star above the customer's level. */
    CHARGE,
    /** 减少优惠折扣: the item is granted, and the customer's discount is reduced per star above its level. */
    REDUCE_DISCOUNT
}
