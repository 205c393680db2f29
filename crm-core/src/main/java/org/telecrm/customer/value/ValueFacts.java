package org.telecrm.customer.value;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.jmolecules.ddd.annotation.ValueObject;
import org.telecrm.money.Money;
import org.telecrm.money.Rate;

import java.util.Objects;

/**
 * What the value assessment knows of one key account (rules.md section 2). Start from the revenue history and
 * add what is known; everything else counts for nothing.
 *
 * <pre>{@code
 * ValueFacts facts = ValueFacts.ofMonthlyRevenue(List.fill(12, Money.ofYuan(100_000)))
 *         .withProductLines(4)
 *         .withPayments(new PaymentRecord(12, 0))
 *         .withContractedRevenue(Money.ofYuan(600_000))
 *         .withSize(CustomerSize.LARGE)
 *         .withIndustryGrowth(Rate.percent(8))
 *         .withRating(IntangibleFactor.BRAND, 4)
 *         .withMonthlyCost(List.fill(12, Money.ofYuan(70_000)));   // where the host has its cost: profit counts
 * }</pre>
 *
 * @param monthlyRevenue     revenue billed per month, oldest first; must not be empty
 * @param productLines       distinct product lines in use (breadth of products)
 * @param payments           the payment record
 * @param contractedRevenue  revenue signed for the coming year (direct method of potential value)
 * @param forecastRevenue    revenue forecast for the coming year beyond the contract (direct method)
 * @param size               the customer's size band (indirect method)
 * @param industryGrowth     the yearly growth of the customer's industry; zero when it does not grow (indirect method)
 * @param intangibleRatings  ratings of intangible value; a factor not rated counts as 0
 * @param monthlyCost        the cost of serving the customer per month, month for month with
 *                           {@code monthlyRevenue}, where the host has it (revenue minus cost is the profit); none:
 *                           the assessment uses revenue only
 */
@ValueObject
public record ValueFacts(Seq<Money> monthlyRevenue, int productLines, PaymentRecord payments,
                         Money contractedRevenue, Money forecastRevenue, CustomerSize size, Rate industryGrowth,
                         Map<IntangibleFactor, Integer> intangibleRatings, Option<Seq<Money>> monthlyCost) {

    public ValueFacts {
        Objects.requireNonNull(monthlyRevenue, "monthlyRevenue");
        Objects.requireNonNull(payments, "payments");
        Objects.requireNonNull(contractedRevenue, "contractedRevenue");
        Objects.requireNonNull(forecastRevenue, "forecastRevenue");
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(industryGrowth, "industryGrowth");
        Objects.requireNonNull(intangibleRatings, "intangibleRatings");
        Objects.requireNonNull(monthlyCost, "monthlyCost");
    }

    /** Facts without cost: the assessment uses revenue only. */
    public ValueFacts(Seq<Money> monthlyRevenue, int productLines, PaymentRecord payments, Money contractedRevenue,
                      Money forecastRevenue, CustomerSize size, Rate industryGrowth,
                      Map<IntangibleFactor, Integer> intangibleRatings) {
        this(monthlyRevenue, productLines, payments, contractedRevenue, forecastRevenue, size, industryGrowth,
                intangibleRatings, Option.none());
    }

    /**
     * These facts with the cost of serving the customer per month, month for month with the revenue (rules.md
     * section 2: value is measured from revenue, profit and social value): the profit then counts too.
     */
    public ValueFacts withMonthlyCost(Seq<Money> cost) {
        return new ValueFacts(monthlyRevenue, productLines, payments, contractedRevenue, forecastRevenue, size,
                industryGrowth, intangibleRatings, Option.some(cost));
    }

    /** Facts with only a revenue history: no products counted, no record, no potential, small, no ratings. */
    public static ValueFacts ofMonthlyRevenue(Seq<Money> monthlyRevenue) {
        return new ValueFacts(monthlyRevenue, 0, PaymentRecord.NONE, Money.ZERO, Money.ZERO, CustomerSize.SMALL,
                Rate.ZERO, LinkedHashMap.empty());
    }

    public ValueFacts withMonthlyRevenue(Seq<Money> revenue) {
        return new ValueFacts(revenue, productLines, payments, contractedRevenue, forecastRevenue, size,
                industryGrowth, intangibleRatings, monthlyCost);
    }

    public ValueFacts withProductLines(int lines) {
        return new ValueFacts(monthlyRevenue, lines, payments, contractedRevenue, forecastRevenue, size,
                industryGrowth, intangibleRatings, monthlyCost);
    }

    public ValueFacts withPayments(PaymentRecord record) {
        return new ValueFacts(monthlyRevenue, productLines, record, contractedRevenue, forecastRevenue, size,
                industryGrowth, intangibleRatings, monthlyCost);
    }

    public ValueFacts withContractedRevenue(Money contracted) {
        return new ValueFacts(monthlyRevenue, productLines, payments, contracted, forecastRevenue, size,
                industryGrowth, intangibleRatings, monthlyCost);
    }

    public ValueFacts withForecastRevenue(Money forecast) {
        return new ValueFacts(monthlyRevenue, productLines, payments, contractedRevenue, forecast, size,
                industryGrowth, intangibleRatings, monthlyCost);
    }

    public ValueFacts withSize(CustomerSize band) {
        return new ValueFacts(monthlyRevenue, productLines, payments, contractedRevenue, forecastRevenue, band,
                industryGrowth, intangibleRatings, monthlyCost);
    }

    public ValueFacts withIndustryGrowth(Rate growth) {
        return new ValueFacts(monthlyRevenue, productLines, payments, contractedRevenue, forecastRevenue, size,
                growth, intangibleRatings, monthlyCost);
    }

    public ValueFacts withRating(IntangibleFactor factor, int rating) {
        return new ValueFacts(monthlyRevenue, productLines, payments, contractedRevenue, forecastRevenue, size,
                industryGrowth, intangibleRatings.put(factor, rating), monthlyCost);
    }

    /** The rating of a factor, 0 when not rated. */
    public int ratingOf(IntangibleFactor factor) {
        return intangibleRatings.get(factor).getOrElse(0);
    }
}
