package org.telecrm.customer.star;

import org.jmolecules.ddd.annotation.ValueObject;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The price of service above a customer's own star level (rules.md section 3). The percentages are plain decimals
 * as a host's configuration states them, so that a negative one is a typed configuration error
 * ({@link StarServiceTable#validate()}) rather than an exception.
 *
 * <pre>{@code
 * AboveLevelPricing p = AboveLevelPricing.SAMPLE.withPolicy(AboveLevelPolicy.REDUCE_DISCOUNT);
 * }</pre>
 *
 * @param policy                        charge, or reduce the discount
 * @param surchargePercentPerStar       under {@code CHARGE}: percent of the item's price charged per star the item is
 *                                      above the customer's level; not negative
 * @param discountReductionPointsPerStar under {@code REDUCE_DISCOUNT}: percentage points taken off the customer's
 *                                      discount per star above its level (never below no discount); not negative
 * @param rounding                      how a price effect is rounded to the fen; not {@code UNNECESSARY}
 */
@ValueObject
public record AboveLevelPricing(AboveLevelPolicy policy, BigDecimal surchargePercentPerStar,
                                BigDecimal discountReductionPointsPerStar, RoundingMode rounding) {

    /**
     * Library sample default, not from the sources (the seed names the two ways, no numbers): charge 50% of the
     * item's price per star above the customer's level; under the discount policy, 2 percentage points off the
     * discount per star; half-up to the fen.
     */
    public static final AboveLevelPricing SAMPLE = new AboveLevelPricing(AboveLevelPolicy.CHARGE,
            BigDecimal.valueOf(50), BigDecimal.valueOf(2), RoundingMode.HALF_UP);

    public AboveLevelPricing {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(surchargePercentPerStar, "surchargePercentPerStar");
        Objects.requireNonNull(discountReductionPointsPerStar, "discountReductionPointsPerStar");
        Objects.requireNonNull(rounding, "rounding");
    }

    public AboveLevelPricing withPolicy(AboveLevelPolicy newPolicy) {
        return new AboveLevelPricing(newPolicy, surchargePercentPerStar, discountReductionPointsPerStar, rounding);
    }
}
