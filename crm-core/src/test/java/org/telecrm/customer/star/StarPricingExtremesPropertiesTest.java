package org.telecrm.customer.star;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.telecrm.customer.KeyAccountGrade;
import org.telecrm.money.Money;
import org.telecrm.money.Rate;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Star pricing over the whole range of amounts (issue 17): no input makes it throw; a price effect beyond the largest
 * amount is the typed {@link StarServiceError.TooLarge}, and only then.
 */
class StarPricingExtremesPropertiesTest {

    /** The valid tables of the star-level properties. */
    private final StarLevelServicePropertiesTest generators = new StarLevelServicePropertiesTest();

    @Property(tries = 300)
    void anyAmountIsDecidedOrRefusedTypedNeverThrown(@ForAll("tables") StarServiceTable table,
                                                     @ForAll KeyAccountGrade grade,
                                                     @ForAll("extremeRequests") ServiceRequest request) {
        Validation<Seq<StarServiceError>, ServiceDecision> decided = StarLevelService.of(table).get()
                .decide(grade, request);
        decided.forEach(d -> {
            if (d instanceof ServiceDecision.Chargeable c) {
                assertTrue(!c.surcharge().isNegative(), c::toString);
            }
        });
        if (decided.isInvalid()) {
            Seq<StarServiceError> errors = decided.getError();
            assertTrue(errors.forAll(e -> e.message().startsWith(e.field())), errors::toString);
            errors.filter(StarServiceError.TooLarge.class::isInstance).forEach(e ->
                    assertTrue(beyondAnAmount(table, request, e.field()), e::message));
        }
    }

    @Property(tries = 50)
    void theLargestPriceWithASurchargeIsTooLarge(@ForAll KeyAccountGrade grade) {
        StarServiceTable table = StarServiceTable.SAMPLE.withPricing(new AboveLevelPricing(AboveLevelPolicy.CHARGE,
                BigDecimal.valueOf(150), BigDecimal.ONE, java.math.RoundingMode.HALF_UP));   // 150% a star: over MAX
        StarLevelService service = StarLevelService.of(table).get();
        ServiceRequest request = ServiceRequest.of(new ServiceItem.StarPackage(StarLevel.FIVE_STARS), Money.MAX);
        Validation<Seq<StarServiceError>, ServiceDecision> decided = service.decide(grade, request);
        if (service.starFor(grade) == StarLevel.FIVE_STARS) {
            assertTrue(decided.isValid(), decided::toString);
        } else {
            assertEquals("itemPrice", decided.getError().head().field());
            assertTrue(decided.getError().head() instanceof StarServiceError.TooLarge, decided::toString);
        }
    }

    /** Whether the exact effect the error names is beyond the largest amount (the independent oracle). */
    private static boolean beyondAnAmount(StarServiceTable table, ServiceRequest request, String field) {
        BigDecimal max = Money.MAX.exactFen();
        BigDecimal base = field.equals("itemPrice") ? request.itemPrice().exactFen() : request.discountBase().exactFen();
        BigDecimal most = field.equals("itemPrice")
                ? base.multiply(table.pricing().surchargePercentPerStar()).multiply(BigDecimal.valueOf(4))
                .divide(BigDecimal.valueOf(100))
                : base;
        return most.compareTo(max.subtract(BigDecimal.ONE)) >= 0;
    }

    @Provide
    Arbitrary<StarServiceTable> tables() {
        return generators.tables();
    }

    @Provide
    Arbitrary<ServiceRequest> extremeRequests() {
        Arbitrary<Money> amount = Arbitraries.longs().map(Money::ofFen)
                .edgeCases(e -> e.add(Money.MAX, Money.MIN, Money.ZERO, Money.ofFen(Long.MAX_VALUE / 2)));
        Arbitrary<ServiceItem> item = Arbitraries.oneOf(
                Arbitraries.of(PlanItem.class).map(ServiceItem.Plan::new),
                Arbitraries.of(BasicService.class).map(ServiceItem.Basic::new),
                Arbitraries.of(StarLevel.class).map(ServiceItem.StarPackage::new));
        return Combinators.combine(item, amount, Arbitraries.integers().between(0, 10_000), amount)
                .as((i, price, discountBasisPoints, base) -> ServiceRequest.of(i, price)
                        .withDiscount(new Rate(BigDecimal.valueOf(discountBasisPoints, 4)), base));
    }
}
