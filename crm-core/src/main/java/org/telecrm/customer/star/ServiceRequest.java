package org.telecrm.customer.star;

import org.jmolecules.ddd.annotation.ValueObject;
import org.telecrm.money.Money;
import org.telecrm.money.Rate;

import java.util.Objects;

/**
 * A key account's request for a service item, with what its price effect is computed from: the item's price
 * (under the charge policy) and the customer's current discount and the amount it applies to (under the
 * reduce-discount policy).
 *
 * <pre>{@code
 * ServiceRequest charged = ServiceRequest.of(new ServiceItem.Plan(PlanItem.EXPERT), Money.ofYuan(2_000));
 * ServiceRequest discounted = charged.withDiscount(Rate.percent(15), Money.ofYuan(50_000));
 * }</pre>
 *
 * @param item            what is asked for
 * @param itemPrice       the item's standard price; not negative
 * @param currentDiscount the customer's current preferential discount; at most 100%
 * @param discountBase    the amount the discount applies to, e.g. the month's bill; not negative
 */
@ValueObject
public record ServiceRequest(ServiceItem item, Money itemPrice, Rate currentDiscount, Money discountBase) {

    public ServiceRequest {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(itemPrice, "itemPrice");
        Objects.requireNonNull(currentDiscount, "currentDiscount");
        Objects.requireNonNull(discountBase, "discountBase");
    }

    /** A request priced by the item alone: no discount in play. */
    public static ServiceRequest of(ServiceItem item, Money itemPrice) {
        return new ServiceRequest(item, itemPrice, Rate.ZERO, Money.ZERO);
    }

    public ServiceRequest withDiscount(Rate discount, Money base) {
        return new ServiceRequest(item, itemPrice, discount, base);
    }
}
