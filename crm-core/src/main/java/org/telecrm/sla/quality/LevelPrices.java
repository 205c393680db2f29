package org.telecrm.sla.quality;

import io.vavr.Tuple;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import org.jmolecules.ddd.annotation.ValueObject;
import org.telecrm.money.Money;
import org.telecrm.money.Rate;

import java.math.RoundingMode;
import java.util.Objects;

/**
 * The price of each quality level: the {@link Uplift} a customer pays a month for a circuit at that level, on top
 * of its monthly rental (rules.md section 5: "three quality levels with different prices"; the seed names no price,
 * so {@link #SAMPLE} is a <b>library sample, not from the sources</b>). A contract's personalised prices override
 * the sample level by level ({@link #overriddenBy}): the signed contract prevails.
 *
 * <pre>{@code
 * LevelPrices.SAMPLE.upliftOf(QualityLevelTable.LEVEL_1, Money.ofYuan(2000), RoundingMode.HALF_UP);   // Some(CNY 600.00)
 * LevelPrices mine = LevelPrices.of(List.of(new LevelPrice(QualityLevelTable.LEVEL_1,
 *         new Uplift.Fixed(Money.ofYuan(450))))).get();
 * LevelPrices.SAMPLE.overriddenBy(mine).upliftOf(QualityLevelTable.LEVEL_1, Money.ofYuan(2000),
 *         RoundingMode.HALF_UP);                                                                      // Some(CNY 450.00)
 * }</pre>
 */
@ValueObject
public final class LevelPrices {

    /** The price of one level. */
    @ValueObject
    public record LevelPrice(QualityLevel level, Uplift uplift) {
        public LevelPrice {
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(uplift, "uplift");
        }
    }

    /** No price at all: what a contract without personalised prices overrides. */
    public static final LevelPrices NONE = new LevelPrices(LinkedHashMap.empty());

    /**
     * The <b>sample</b> prices (library default, not from the sources): the best level costs most.
     * <pre>
     * level  uplift a month
     * L1     30% of the circuit's monthly rental
     * L2     15% of the circuit's monthly rental
     * L3     nothing: the rental's own level
     * </pre>
     */
    public static final LevelPrices SAMPLE = new LevelPrices(LinkedHashMap.of(
            QualityLevelTable.LEVEL_1, new Uplift.ShareOfRental(Rate.percent(30)),
            QualityLevelTable.LEVEL_2, new Uplift.ShareOfRental(Rate.percent(15)),
            QualityLevelTable.LEVEL_3, new Uplift.ShareOfRental(Rate.ZERO)));

    private final Map<QualityLevel, Uplift> uplifts;

    private LevelPrices(Map<QualityLevel, Uplift> uplifts) {
        this.uplifts = uplifts;
    }

    /** These prices, or every problem found: a level priced twice, a negative fixed amount. */
    public static Validation<Seq<QualityError>, LevelPrices> of(Seq<LevelPrice> prices) {
        Objects.requireNonNull(prices, "prices");
        List<QualityError> problems = prices.groupBy(LevelPrice::level).filterValues(same -> same.size() > 1)
                .keySet().toList().sorted().map(level -> new QualityError.Duplicate("prices." + level));
        for (LevelPrice p : prices) {
            if (p.uplift() instanceof Uplift.Fixed fixed && fixed.amount().isNegative()) {
                problems = problems.append(new QualityError.NegativeAmount("prices." + p.level() + ".amount",
                        fixed.amount()));
            }
        }
        return problems.isEmpty()
                ? Validation.valid(new LevelPrices(LinkedHashMap.ofEntries(prices.map(p -> Tuple.of(p.level(), p.uplift())))))
                : Validation.invalid(problems);
    }

    /** These prices with {@code personalised}'s laid over them, level by level. */
    public LevelPrices overriddenBy(LevelPrices personalised) {
        return new LevelPrices(uplifts.merge(personalised.uplifts, (mine, theirs) -> theirs));
    }

    /** The uplift of a level, if it is priced. */
    public Option<Uplift> upliftOf(QualityLevel level) {
        return uplifts.get(level);
    }

    /** What a circuit of this monthly rental at this level costs on top of the rental, if the level is priced. */
    public Option<Money> upliftOf(QualityLevel level, Money monthlyRental, RoundingMode rounding) {
        return uplifts.get(level).map(u -> u.of(monthlyRental, rounding));
    }

    /** Every price, in the order they were given. */
    public Seq<LevelPrice> prices() {
        return uplifts.map(t -> new LevelPrice(t._1, t._2)).toList();
    }

    public boolean isEmpty() {
        return uplifts.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LevelPrices other && uplifts.equals(other.uplifts);
    }

    @Override
    public int hashCode() {
        return uplifts.hashCode();
    }

    @Override
    public String toString() {
        return "LevelPrices" + prices().map(p -> p.level() + ": " + p.uplift()).mkString("[", ", ", "]");
    }
}
