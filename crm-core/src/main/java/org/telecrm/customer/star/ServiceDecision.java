package org.telecrm.customer.star;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.jmolecules.ddd.annotation.ValueObject;
import org.telecrm.money.Money;
import org.telecrm.money.Rate;

import java.math.BigDecimal;

/**
 * What the star-level service engine decided for a requested item (rules.md section 3): included at the
 * customer's own level, or above it charged with a surcharge, or granted with a reduced discount.
 *
 * <pre>{@code
 * ServiceDecision d = StarLevelService.sample().decide(KeyAccountGrade.TWO_A,
 *         ServiceRequest.of(new ServiceItem.Plan(PlanItem.EXPERT), Money.ofYuan(2_000))).get();
 * d instanceof ServiceDecision.Chargeable;     // true: EXPERT comes with 4 stars; the customer has 2
 * d.priceEffect();                             // CNY 2000.00: 2 stars x 50% of CNY 2000.00
 * d.reasons();                                 // why, line by line
 * }</pre>
 */
public sealed interface ServiceDecision {

    ServiceItem item();

    /** The customer's own star level. */
    StarLevel ownStar();

    /** The lowest star level whose entitlements include the item. */
    StarLevel requiredStar();

    /** What the decision costs the customer: zero when included, the surcharge, or the discount lost. */
    Money priceEffect();

    /** Why, line by line, for an account manager. */
    Seq<String> reasons();

    /** How many stars the item is above the customer's level; 0 when included. */
    default int starsAbove() {
        return Math.max(0, requiredStar().starsAbove(ownStar()));
    }

    /** At or below the customer's own level: no extra charge (原则上不再另收费用). */
    @ValueObject
    record Included(ServiceItem item, StarLevel ownStar, StarLevel requiredStar) implements ServiceDecision {
        public Money priceEffect() {
            return Money.ZERO;
        }

        public Seq<String> reasons() {
            return List.of(item.describe() + " is included from " + requiredStar + "; the customer has " + ownStar,
                    "included at no extra charge (原则上不再另收费用)");
        }
    }

    /** Above the customer's level, charged (收费): a surcharge on the item's price per star above. */
    @ValueObject
    record Chargeable(ServiceItem item, StarLevel ownStar, StarLevel requiredStar, Money itemPrice,
                      BigDecimal surchargePercentPerStar, Money surcharge) implements ServiceDecision {
        public Money priceEffect() {
            return surcharge;
        }

        public Seq<String> reasons() {
            return List.of(aboveLevel(this),
                    "charged (收费): " + starsAbove() + " x " + surchargePercentPerStar.toPlainString() + "% of "
                            + itemPrice + " = " + surcharge);
        }
    }

    /** Above the customer's level, granted with a smaller discount (减少优惠折扣). */
    @ValueObject
    record Discounted(ServiceItem item, StarLevel ownStar, StarLevel requiredStar, Rate discountBefore,
                      Rate discountAfter, Money discountBase, Money discountLost) implements ServiceDecision {
        public Money priceEffect() {
            return discountLost;
        }

        public Seq<String> reasons() {
            return List.of(aboveLevel(this),
                    "granted with a reduced discount (减少优惠折扣): " + discountBefore + " -> " + discountAfter
                            + " on " + discountBase + ", " + discountLost + " less discount");
        }
    }

    private static String aboveLevel(ServiceDecision d) {
        return d.item().describe() + " comes with " + d.requiredStar() + ", " + d.starsAbove()
                + " above the customer's " + d.ownStar();
    }
}
