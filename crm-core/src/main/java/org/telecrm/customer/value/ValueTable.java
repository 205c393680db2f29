package org.telecrm.customer.value;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import org.jmolecules.ddd.annotation.ValueObject;
import org.telecrm.money.Money;
import org.telecrm.money.Rate;

import java.util.Objects;

/**
 * The rule table of the key-account value assessment (rules.md section 2): how each part of a customer's value
 * turns into points, and the points each grade starts at.
 *
 * <p>The structure is the seed's: current value = direct value (revenue) + added value (breadth of products,
 * payment record); potential value by the direct method (contracted and forecast revenue) and the indirect method
 * (size, industry growth); intangible value kept apart. The seed gives no weights or thresholds, so every number
 * in {@link #SAMPLE} is a <b>library sample default, not from the sources</b>; a host sets its own.
 *
 * <p>Money turns into points at {@link #revenuePerPoint()} per point, times the component's weight, rounded down
 * (so more money never earns fewer points). {@link #validate()} states what makes a table usable; the engine
 * refuses any other ({@link KeyAccountValuation#of(ValueTable)}).
 *
 * <pre>{@code
 * ValueTable mine = ValueTable.SAMPLE.withThresholds(GradeThresholds.of(0, 80, 200, 500, 2000));
 * KeyAccountValuation engine = KeyAccountValuation.of(mine).get();   // or the errors, each naming its field
 * }</pre>
 *
 * @param revenueWindowMonths      how many of the latest months of revenue count as current revenue
 * @param revenuePerPoint          yearly revenue worth one point (before the weight); must be positive
 * @param currentRevenueWeight     weight of current yearly revenue (annualised over the window)
 * @param pointsPerProductLine     points per distinct product line in use
 * @param onTimePaymentPoints      points for a record paid fully on time; pro rata to the months paid on time
 * @param contractedRevenueWeight  weight of revenue signed for the coming year
 * @param forecastRevenueWeight    weight of revenue forecast for the coming year beyond the contract
 * @param sizePoints               points per size band
 * @param industryGrowthWeight     weight of the extra revenue the industry's growth predicts (growth x current revenue)
 * @param maxIntangibleRating      the top of the intangible rating scale (ratings run 0..max)
 * @param pointsPerRatingStep      points per rating step of each intangible factor
 * @param thresholds               the points each grade starts at
 * @param profitWeight             weight of the yearly profit (revenue minus cost over the window, annualised), where
 *                                 the facts give the cost; a loss earns no points
 */
@ValueObject
public record ValueTable(int revenueWindowMonths, Money revenuePerPoint, Rate currentRevenueWeight,
                         long pointsPerProductLine, long onTimePaymentPoints,
                         Rate contractedRevenueWeight, Rate forecastRevenueWeight,
                         Map<CustomerSize, Long> sizePoints, Rate industryGrowthWeight,
                         int maxIntangibleRating, Map<IntangibleFactor, Long> pointsPerRatingStep,
                         GradeThresholds thresholds, Rate profitWeight) {

    /**
     * The weight of profit unless a table says otherwise: 100%, a yuan of yearly profit counting as much again as the
     * yuan of revenue it is part of. <b>Library sample default, not from the sources</b> (rules.md section 2 names
     * profit as a measure of value, with no weight).
     */
    public static final Rate SAMPLE_PROFIT_WEIGHT = Rate.percent(100);

    /**
     * Library sample default, not from the sources. One point = CNY 10,000 (1 万元) of yearly revenue; current
     * revenue over the last 12 months at 100%; 5 points a product line; 20 points for a spotless payment record;
     * contracted revenue at 50% and forecast revenue at 25% (less certain than revenue billed); size SMALL 0,
     * MEDIUM 10, LARGE 30, VERY_LARGE 60; industry growth at 100% of the extra revenue it predicts; intangible
     * factors rated 0..5 at 4 points a step (at most 120 points, so the tangible value decides most grades);
     * thresholds {@link GradeThresholds#SAMPLE}; yearly profit, where the cost is known, at 100%
     * ({@link #SAMPLE_PROFIT_WEIGHT}).
     */
    public static final ValueTable SAMPLE = new ValueTable(12, Money.ofYuan(10_000), Rate.percent(100), 5, 20,
            Rate.percent(50), Rate.percent(25),
            LinkedHashMap.of(CustomerSize.SMALL, 0L, CustomerSize.MEDIUM, 10L, CustomerSize.LARGE, 30L,
                    CustomerSize.VERY_LARGE, 60L),
            Rate.percent(100), 5,
            List.of(IntangibleFactor.values()).toLinkedMap(f -> f, f -> 4L),
            GradeThresholds.SAMPLE);

    public ValueTable {
        Objects.requireNonNull(revenuePerPoint, "revenuePerPoint");
        Objects.requireNonNull(currentRevenueWeight, "currentRevenueWeight");
        Objects.requireNonNull(contractedRevenueWeight, "contractedRevenueWeight");
        Objects.requireNonNull(forecastRevenueWeight, "forecastRevenueWeight");
        Objects.requireNonNull(sizePoints, "sizePoints");
        Objects.requireNonNull(industryGrowthWeight, "industryGrowthWeight");
        Objects.requireNonNull(pointsPerRatingStep, "pointsPerRatingStep");
        Objects.requireNonNull(thresholds, "thresholds");
        Objects.requireNonNull(profitWeight, "profitWeight");
    }

    /** A table with the sample profit weight, {@link #SAMPLE_PROFIT_WEIGHT}. */
    public ValueTable(int revenueWindowMonths, Money revenuePerPoint, Rate currentRevenueWeight,
                      long pointsPerProductLine, long onTimePaymentPoints, Rate contractedRevenueWeight,
                      Rate forecastRevenueWeight, Map<CustomerSize, Long> sizePoints, Rate industryGrowthWeight,
                      int maxIntangibleRating, Map<IntangibleFactor, Long> pointsPerRatingStep,
                      GradeThresholds thresholds) {
        this(revenueWindowMonths, revenuePerPoint, currentRevenueWeight, pointsPerProductLine, onTimePaymentPoints,
                contractedRevenueWeight, forecastRevenueWeight, sizePoints, industryGrowthWeight, maxIntangibleRating,
                pointsPerRatingStep, thresholds, SAMPLE_PROFIT_WEIGHT);
    }

    /** This table with another weight of profit. */
    public ValueTable withProfitWeight(Rate weight) {
        return new ValueTable(revenueWindowMonths, revenuePerPoint, currentRevenueWeight, pointsPerProductLine,
                onTimePaymentPoints, contractedRevenueWeight, forecastRevenueWeight, sizePoints, industryGrowthWeight,
                maxIntangibleRating, pointsPerRatingStep, thresholds, weight);
    }

    public ValueTable withThresholds(GradeThresholds newThresholds) {
        return new ValueTable(revenueWindowMonths, revenuePerPoint, currentRevenueWeight, pointsPerProductLine,
                onTimePaymentPoints, contractedRevenueWeight, forecastRevenueWeight, sizePoints, industryGrowthWeight,
                maxIntangibleRating, pointsPerRatingStep, newThresholds, profitWeight);
    }

    /** This table, or every problem that makes it unusable, each naming its field. */
    public Validation<Seq<ValueError>, ValueTable> validate() {
        List<ValueError> problems = List.empty();
        if (revenueWindowMonths < 1) {
            problems = problems.append(new ValueError.OutOfRange("revenueWindowMonths", revenueWindowMonths, 1, Long.MAX_VALUE));
        }
        if (revenuePerPoint.fen() < 1) {
            problems = problems.append(new ValueError.OutOfRange("revenuePerPoint (fen)", revenuePerPoint.fen(), 1, Long.MAX_VALUE));
        }
        if (maxIntangibleRating < 1) {
            problems = problems.append(new ValueError.OutOfRange("maxIntangibleRating", maxIntangibleRating, 1, Long.MAX_VALUE));
        }
        problems = problems.appendAll(negativePoints("pointsPerProductLine", pointsPerProductLine))
                .appendAll(negativePoints("onTimePaymentPoints", onTimePaymentPoints))
                .appendAll(everyKey("sizePoints", CustomerSize.values(), sizePoints))
                .appendAll(everyKey("pointsPerRatingStep", IntangibleFactor.values(), pointsPerRatingStep))
                .appendAll(thresholds.problems());
        return problems.isEmpty() ? Validation.valid(this) : Validation.invalid(problems);
    }

    private static Seq<ValueError> negativePoints(String field, long points) {
        return points < 0 ? List.of(new ValueError.Negative(field, Long.toString(points))) : List.empty();
    }

    private static <K extends Enum<K>> Seq<ValueError> everyKey(String field, K[] keys, Map<K, Long> points) {
        return List.of(keys).flatMap(key -> points.get(key)
                .fold(() -> List.<ValueError>of(new ValueError.Missing(field + "." + key.name())),
                        value -> negativePoints(field + "." + key.name(), value)));
    }
}
