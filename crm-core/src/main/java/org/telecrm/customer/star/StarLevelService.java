package org.telecrm.customer.star;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import org.jmolecules.ddd.annotation.Service;
import org.telecrm.customer.KeyAccountGrade;
import org.telecrm.money.Money;
import org.telecrm.money.Rate;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The star-level service engine (rules.md section 3): which star level a key account's grade gets, what it is
 * entitled to, and, for a requested service item, whether it is included or how it is paid for.
 *
 * <p>An item is <b>included</b> when the customer's own star level includes it (its required star is at or below
 * the customer's): never charged. Above it, per the table's {@link AboveLevelPolicy}: <b>charged</b> at
 * {@code price x surcharge% x stars above}, or <b>granted with a reduced discount</b>: the discount falls by
 * {@code points x stars above} (never below none) and the price effect is {@code base x the fall}; each rounded
 * once to the fen.
 *
 * <pre>{@code
 * StarLevelService service = StarLevelService.sample();
 * service.starFor(KeyAccountGrade.THREE_A);                      // THREE_STARS
 * service.entitlementsFor(KeyAccountGrade.THREE_A).visitsPerYear();   // 12
 * service.decide(KeyAccountGrade.FIVE_A, ServiceRequest.of(new ServiceItem.Plan(PlanItem.EXPERT), Money.ofYuan(2_000)))
 *         .get();                                                 // Included
 * }</pre>
 */
@Service
public final class StarLevelService {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final StarLevelService SAMPLE = new StarLevelService(StarServiceTable.SAMPLE);

    private final StarServiceTable table;

    private StarLevelService(StarServiceTable table) {
        this.table = table;
    }

    /** The engine for a table, or every problem of the table, each naming its field. */
    public static Validation<Seq<StarServiceError>, StarLevelService> of(StarServiceTable table) {
        return Objects.requireNonNull(table, "table").validate().map(StarLevelService::new);
    }

    /** The engine on {@link StarServiceTable#SAMPLE}. */
    public static StarLevelService sample() {
        return SAMPLE;
    }

    public StarServiceTable table() {
        return table;
    }

    public StarLevel starFor(KeyAccountGrade grade) {
        return table.starOfGrade().get(Objects.requireNonNull(grade, "grade")).get();
    }

    public StarEntitlements entitlementsFor(KeyAccountGrade grade) {
        return table.entitlementsOf(starFor(grade));
    }

    /** The lowest star level that includes the item, or none when no level does. */
    public Option<StarLevel> requiredStar(ServiceItem item) {
        return List.of(StarLevel.values()).find(star -> item.isMetBy(table.entitlementsOf(star)));
    }

    /** Included, chargeable or discounted, with the price effect; or every problem of the request. */
    public Validation<Seq<StarServiceError>, ServiceDecision> decide(KeyAccountGrade grade, ServiceRequest request) {
        Objects.requireNonNull(request, "request");
        StarLevel own = starFor(grade);
        Option<StarLevel> required = requiredStar(request.item());
        Seq<StarServiceError> problems = problems(request, required);
        if (!problems.isEmpty()) {
            return Validation.invalid(problems);
        }
        StarLevel needed = required.get();
        if (needed.compareTo(own) <= 0) {
            return Validation.valid(new ServiceDecision.Included(request.item(), own, needed));
        }
        long steps = needed.starsAbove(own);
        AboveLevelPricing pricing = table.pricing();
        if (pricing.policy() == AboveLevelPolicy.CHARGE) {
            Rate surcharge = new Rate(pricing.surchargePercentPerStar().divide(HUNDRED)).times(steps);
            return request.itemPrice().checkedTimes(surcharge, pricing.rounding())
                    .<Seq<StarServiceError>>mapLeft(overflow -> List.of(new StarServiceError.TooLarge("itemPrice",
                            overflow.message())))
                    .<ServiceDecision>map(charge -> new ServiceDecision.Chargeable(request.item(), own, needed,
                            request.itemPrice(), pricing.surchargePercentPerStar(), charge))
                    .toValidation();
        }
        BigDecimal reduction = pricing.discountReductionPointsPerStar().multiply(BigDecimal.valueOf(steps)).divide(HUNDRED);
        Rate before = request.currentDiscount();
        Rate after = new Rate(before.fraction().subtract(reduction).max(BigDecimal.ZERO));
        Rate fall = new Rate(before.fraction().subtract(after.fraction()));
        return request.discountBase().checkedTimes(fall, pricing.rounding())
                .<Seq<StarServiceError>>mapLeft(overflow -> List.of(new StarServiceError.TooLarge("discountBase",
                        overflow.message())))
                .<ServiceDecision>map(effect -> new ServiceDecision.Discounted(request.item(), own, needed, before, after,
                        request.discountBase(), effect))
                .toValidation();
    }

    private static Seq<StarServiceError> problems(ServiceRequest request, Option<StarLevel> required) {
        List<StarServiceError> problems = List.empty();
        if (required.isEmpty()) {
            problems = problems.append(new StarServiceError.NotOffered(request.item()));
        }
        if (request.itemPrice().isNegative()) {
            problems = problems.append(new StarServiceError.Negative("itemPrice", request.itemPrice().toPlainString()));
        }
        if (request.discountBase().isNegative()) {
            problems = problems.append(new StarServiceError.Negative("discountBase", request.discountBase().toPlainString()));
        }
        if (request.currentDiscount().compareTo(Rate.ONE) > 0) {
            problems = problems.append(new StarServiceError.DiscountAboveWhole("currentDiscount", request.currentDiscount().toString()));
        }
        return problems;
    }
}
