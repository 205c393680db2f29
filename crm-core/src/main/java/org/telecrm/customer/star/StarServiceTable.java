package org.telecrm.customer.star;

import io.vavr.Tuple;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.collection.TreeSet;
import io.vavr.control.Validation;
import org.jmolecules.ddd.annotation.ValueObject;
import org.telecrm.customer.KeyAccountGrade;

import java.math.RoundingMode;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;

import static org.telecrm.customer.star.PlanItem.EXPERT;
import static org.telecrm.customer.star.PlanItem.FAST_RESPONSE;
import static org.telecrm.customer.star.PlanItem.HIGH_QUALITY;
import static org.telecrm.customer.star.PlanItem.REWARD;
import static org.telecrm.customer.star.PlanItem.TRACKING;

/**
 * The star-level service rule table (rules.md section 3): which star each grade gets, what each star entitles a
 * key account to, and the price of service above a customer's own level.
 *
 * <p>{@link #validate()} is the load check the engine runs ({@link StarLevelService#of(StarServiceTable)}): every
 * grade and star present; targets and dispatch priorities positive; visits, surcharge and discount reduction not
 * negative; and <b>a higher level never has less</b>: a higher grade is never on fewer stars, and a higher star
 * never has fewer plan items or basic services, a slower response or restoration target, fewer visits or a lower
 * dispatch priority than the star below it.
 *
 * <pre>{@code
 * StarServiceTable table = StarServiceTable.SAMPLE
 *         .withPricing(AboveLevelPricing.SAMPLE.withPolicy(AboveLevelPolicy.REDUCE_DISCOUNT));
 * StarLevelService service = StarLevelService.of(table).get();   // or every problem, each naming its field
 * }</pre>
 *
 * @param starOfGrade  the star level of each key-account grade
 * @param entitlements what each star level entitles to
 * @param pricing      the price of service above the customer's own level
 */
@ValueObject
public record StarServiceTable(Map<KeyAccountGrade, StarLevel> starOfGrade, Map<StarLevel, StarEntitlements> entitlements,
                               AboveLevelPricing pricing) {

    /**
     * The sample table. From rules.md section 3: grade nA gets n stars; the five plan items; the six basic services
     * for every key account. <b>Library sample defaults, not from the sources</b> (the seed gives no numbers): which
     * plan items each star adds, the time targets, the visits and {@link AboveLevelPricing#SAMPLE}:
     * <pre>
     * stars  plan items added   respond within  restore within  visits a year  dispatch priority
     * 1      tracking           4 h             24 h            4 (quarterly)  1
     * 2      + fast response    2 h             12 h            6              2
     * 3      + high quality     1 h              8 h           12 (monthly)    3
     * 4      + expert           30 min           4 h           24              4
     * 5      + reward           15 min           2 h           52 (weekly)     5
     * </pre>
     */
    public static final StarServiceTable SAMPLE = new StarServiceTable(
            List.of(KeyAccountGrade.values()).toLinkedMap(grade -> grade, grade -> StarLevel.of(grade.level()).get()),
            LinkedHashMap.ofEntries(List.of(
                    sample(StarLevel.ONE_STAR, TreeSet.of(TRACKING), 240, 24 * 60, 4),
                    sample(StarLevel.TWO_STARS, TreeSet.of(TRACKING, FAST_RESPONSE), 120, 12 * 60, 6),
                    sample(StarLevel.THREE_STARS, TreeSet.of(TRACKING, FAST_RESPONSE, HIGH_QUALITY), 60, 8 * 60, 12),
                    sample(StarLevel.FOUR_STARS, TreeSet.of(TRACKING, FAST_RESPONSE, HIGH_QUALITY, EXPERT), 30, 4 * 60, 24),
                    sample(StarLevel.FIVE_STARS, TreeSet.of(PlanItem.values()), 15, 2 * 60, 52))
                    .map(e -> Tuple.of(e.star(), e))),
            AboveLevelPricing.SAMPLE);

    private static StarEntitlements sample(StarLevel star, TreeSet<PlanItem> plan, int respondMinutes,
                                           int restoreMinutes, int visits) {
        return new StarEntitlements(star, plan, TreeSet.of(BasicService.values()), Duration.ofMinutes(respondMinutes),
                Duration.ofMinutes(restoreMinutes), visits, star.stars());
    }

    public StarServiceTable {
        Objects.requireNonNull(starOfGrade, "starOfGrade");
        Objects.requireNonNull(entitlements, "entitlements");
        Objects.requireNonNull(pricing, "pricing");
    }

    public StarServiceTable withPricing(AboveLevelPricing newPricing) {
        return new StarServiceTable(starOfGrade, entitlements, newPricing);
    }

    public StarServiceTable withEntitlements(StarEntitlements replacing) {
        return new StarServiceTable(starOfGrade, entitlements.put(replacing.star(), replacing), pricing);
    }

    public StarServiceTable withStarOfGrade(KeyAccountGrade grade, StarLevel star) {
        return new StarServiceTable(starOfGrade.put(grade, star), entitlements, pricing);
    }

    /** The entitlements of a star; only for a table without problems ({@link #validate()}). */
    public StarEntitlements entitlementsOf(StarLevel star) {
        return entitlements.get(star).get();
    }

    /** This table, or every problem that makes it unusable, each naming its field. */
    public Validation<Seq<StarServiceError>, StarServiceTable> validate() {
        Seq<StarServiceError> problems = gradeProblems()
                .appendAll(List.of(StarLevel.values()).flatMap(this::entryProblems))
                .appendAll(monotonicityProblems())
                .appendAll(pricingProblems());
        return problems.isEmpty() ? Validation.valid(this) : Validation.invalid(problems);
    }

    private Seq<StarServiceError> gradeProblems() {
        Seq<StarServiceError> missing = List.of(KeyAccountGrade.values())
                .filter(grade -> !starOfGrade.containsKey(grade))
                .map(grade -> new StarServiceError.Missing("starOfGrade." + grade.name()));
        Seq<StarServiceError> fewer = List.of(KeyAccountGrade.values()).sliding(2).toList()
                .filter(pair -> starOfGrade.containsKey(pair.head()) && starOfGrade.containsKey(pair.last())
                        && starOfGrade.get(pair.last()).get().compareTo(starOfGrade.get(pair.head()).get()) < 0)
                .map(pair -> new StarServiceError.WorseThanLower("starOfGrade." + pair.last().name(),
                        "gives " + pair.last().label() + " " + starOfGrade.get(pair.last()).get() + ", fewer than "
                                + pair.head().label() + "'s " + starOfGrade.get(pair.head()).get()));
        return missing.appendAll(fewer);
    }

    private Seq<StarServiceError> entryProblems(StarLevel star) {
        String field = "entitlements." + star.name();
        if (!entitlements.containsKey(star)) {
            return List.of(new StarServiceError.Missing(field));
        }
        StarEntitlements e = entitlements.get(star).get();
        List<StarServiceError> problems = List.empty();
        if (e.star() != star) {
            problems = problems.append(new StarServiceError.Misfiled(field + ".star", star, e.star()));
        }
        if (e.responseTarget().isNegative() || e.responseTarget().isZero()) {
            problems = problems.append(new StarServiceError.NotPositive(field + ".responseTarget", e.responseTarget().toString()));
        }
        if (e.restorationTarget().isNegative() || e.restorationTarget().isZero()) {
            problems = problems.append(new StarServiceError.NotPositive(field + ".restorationTarget", e.restorationTarget().toString()));
        }
        if (e.visitsPerYear() < 0) {
            problems = problems.append(new StarServiceError.Negative(field + ".visitsPerYear", Integer.toString(e.visitsPerYear())));
        }
        if (e.dispatchPriority() < 1) {
            problems = problems.append(new StarServiceError.NotPositive(field + ".dispatchPriority", Integer.toString(e.dispatchPriority())));
        }
        return problems;
    }

    /** Star by star, each compared with the one below: enough, since "never less" is transitive. */
    private Seq<StarServiceError> monotonicityProblems() {
        return List.of(StarLevel.values()).sliding(2).toList()
                .filter(pair -> entitlements.containsKey(pair.head()) && entitlements.containsKey(pair.last()))
                .flatMap(pair -> worseThanLower(entitlements.get(pair.head()).get(), entitlements.get(pair.last()).get(),
                        "entitlements." + pair.last().name()));
    }

    private static Seq<StarServiceError> worseThanLower(StarEntitlements lower, StarEntitlements higher, String field) {
        List<StarServiceError> problems = List.empty();
        problems = problems.appendAll(lacks(field + ".planItems", lower.planItems().diff(higher.planItems()), lower.star()));
        problems = problems.appendAll(lacks(field + ".basicServices", lower.basicServices().diff(higher.basicServices()), lower.star()));
        problems = problems.appendAll(slower(field + ".responseTarget", lower, higher, StarEntitlements::responseTarget));
        problems = problems.appendAll(slower(field + ".restorationTarget", lower, higher, StarEntitlements::restorationTarget));
        if (higher.visitsPerYear() < lower.visitsPerYear()) {
            problems = problems.append(new StarServiceError.WorseThanLower(field + ".visitsPerYear",
                    higher.visitsPerYear() + " is fewer than the " + lower.star().label() + " level's " + lower.visitsPerYear()));
        }
        if (higher.dispatchPriority() < lower.dispatchPriority()) {
            problems = problems.append(new StarServiceError.WorseThanLower(field + ".dispatchPriority",
                    higher.dispatchPriority() + " is lower than the " + lower.star().label() + " level's " + lower.dispatchPriority()));
        }
        return problems;
    }

    private static Seq<StarServiceError> lacks(String field, Set<?> missing, StarLevel lower) {
        return missing.isEmpty() ? List.empty() : List.of(new StarServiceError.WorseThanLower(field,
                "lacks " + missing.mkString(", ") + ", which the " + lower.label() + " level has"));
    }

    private static Seq<StarServiceError> slower(String field, StarEntitlements lower, StarEntitlements higher,
                                                Function<StarEntitlements, Duration> target) {
        return target.apply(higher).compareTo(target.apply(lower)) > 0
                ? List.of(new StarServiceError.WorseThanLower(field, target.apply(higher) + " is slower than the "
                + lower.star().label() + " level's " + target.apply(lower)))
                : List.empty();
    }

    private Seq<StarServiceError> pricingProblems() {
        List<StarServiceError> problems = List.empty();
        if (pricing.surchargePercentPerStar().signum() < 0) {
            problems = problems.append(new StarServiceError.Negative("pricing.surchargePercentPerStar",
                    pricing.surchargePercentPerStar().toPlainString() + "%"));
        }
        if (pricing.discountReductionPointsPerStar().signum() < 0) {
            problems = problems.append(new StarServiceError.Negative("pricing.discountReductionPointsPerStar",
                    pricing.discountReductionPointsPerStar().toPlainString() + " points"));
        }
        if (pricing.rounding() == RoundingMode.UNNECESSARY) {
            problems = problems.append(new StarServiceError.RoundingUnnecessary("pricing.rounding"));
        }
        return problems;
    }
}
