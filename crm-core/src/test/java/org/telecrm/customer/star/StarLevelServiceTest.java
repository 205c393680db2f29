package org.telecrm.customer.star;

import io.vavr.collection.Seq;
import io.vavr.collection.TreeSet;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.telecrm.customer.KeyAccountGrade;
import org.telecrm.money.Money;
import org.telecrm.money.Rate;
import org.telecrm.testing.FieldErrors;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.telecrm.customer.KeyAccountGrade.FIVE_A;
import static org.telecrm.customer.KeyAccountGrade.FOUR_A;
import static org.telecrm.customer.KeyAccountGrade.ONE_A;
import static org.telecrm.customer.KeyAccountGrade.THREE_A;
import static org.telecrm.customer.KeyAccountGrade.TWO_A;

/** Worked examples of rules.md section 3 on the sample star-service table. */
class StarLevelServiceTest {

    private static final StarLevelService SAMPLE = StarLevelService.sample();
    private static final ServiceItem EXPERT = new ServiceItem.Plan(PlanItem.EXPERT);
    private static final ServiceItem REWARD = new ServiceItem.Plan(PlanItem.REWARD);

    static ServiceDecision decide(StarLevelService service, KeyAccountGrade grade, ServiceRequest request) {
        return service.decide(grade, request).getOrElseGet(errors -> {
            throw new AssertionError(errors.map(StarServiceError::message).mkString("; "));
        });
    }

    static String namedError(Seq<StarServiceError> errors, String field) {
        return FieldErrors.assertNamed(errors, StarServiceError::field, StarServiceError::message, field);
    }

    static StarLevelService withPolicy(AboveLevelPolicy policy) {
        return StarLevelService.of(StarServiceTable.SAMPLE.withPricing(AboveLevelPricing.SAMPLE.withPolicy(policy))).get();
    }

    @Nested
    class GradeNAGetsNStars {

        @ParameterizedTest(name = "{0}: {1} stars")
        @CsvSource({"ONE_A, 1", "TWO_A, 2", "THREE_A, 3", "FOUR_A, 4", "FIVE_A, 5"})
        void byDefault(KeyAccountGrade grade, int stars) {
            assertEquals(stars, SAMPLE.starFor(grade).stars());
        }

        @Test
        void entitlementsFollowTheStar() {
            StarEntitlements three = SAMPLE.entitlementsFor(THREE_A);
            assertEquals(12, three.visitsPerYear());
            assertEquals(Duration.ofHours(1), three.responseTarget());
            assertEquals(Duration.ofHours(8), three.restorationTarget());
            assertEquals(TreeSet.of(PlanItem.TRACKING, PlanItem.FAST_RESPONSE, PlanItem.HIGH_QUALITY), three.planItems());
            assertEquals(TreeSet.of(BasicService.values()), three.basicServices(), "every key account gets every basic service");
            assertEquals(3, three.dispatchPriority());
        }
    }

    @Nested
    class IncludedAtOrBelowTheCustomersLevel {

        @Test
        void atItsOwnLevel() {
            ServiceDecision d = decide(SAMPLE, FOUR_A, ServiceRequest.of(EXPERT, Money.ofYuan(2_000)));
            assertEquals(new ServiceDecision.Included(EXPERT, StarLevel.FOUR_STARS, StarLevel.FOUR_STARS), d);
            assertEquals(Money.ZERO, d.priceEffect());
            assertEquals("included at no extra charge (原则上不再另收费用)", d.reasons().last());
        }

        @Test
        void belowItsLevel() {
            assertInstanceOf(ServiceDecision.Included.class, decide(SAMPLE, FIVE_A, ServiceRequest.of(EXPERT, Money.ofYuan(2_000))));
        }

        @Test
        void basicServicesForEveryKeyAccount() {
            ServiceItem hotline = new ServiceItem.Basic(BasicService.HOTLINE_7X24);
            assertEquals(StarLevel.ONE_STAR, SAMPLE.requiredStar(hotline).get());
            assertInstanceOf(ServiceDecision.Included.class, decide(SAMPLE, ONE_A, ServiceRequest.of(hotline, Money.ofYuan(10))));
        }

        @Test
        void timeTargetsAndVisitsAreItemsToo() {
            assertEquals(StarLevel.THREE_STARS, SAMPLE.requiredStar(new ServiceItem.ResponseWithin(Duration.ofMinutes(90))).get());
            assertEquals(StarLevel.FIVE_STARS, SAMPLE.requiredStar(new ServiceItem.RestorationWithin(Duration.ofHours(2))).get());
            assertEquals(StarLevel.FOUR_STARS, SAMPLE.requiredStar(new ServiceItem.VisitsPerYear(13)).get());
            assertEquals(StarLevel.TWO_STARS, SAMPLE.requiredStar(new ServiceItem.StarPackage(StarLevel.TWO_STARS)).get());
        }
    }

    @Nested
    class AboveItChargedWithASurcharge {

        @Test
        void fiftyPercentOfThePricePerStarAbove() {
            ServiceDecision d = decide(SAMPLE, TWO_A, ServiceRequest.of(EXPERT, Money.ofYuan(2_000)));
            ServiceDecision.Chargeable c = assertInstanceOf(ServiceDecision.Chargeable.class, d);
            assertEquals(2, c.starsAbove());
            assertEquals(Money.ofYuan(2_000), c.surcharge());
            assertEquals("plan item EXPERT (专家服务) comes with 4 stars, 2 above the customer's 2 stars", d.reasons().get(0));
            assertEquals("charged (收费): 2 x 50% of CNY 2000.00 = CNY 2000.00", d.reasons().get(1));
        }

        @Test
        void roundedOnceHalfUpToTheFen() {
            assertEquals(Money.parse("166.67").get(), decide(SAMPLE, FOUR_A, ServiceRequest.of(REWARD, Money.parse("333.33").get())).priceEffect());
        }

        @Test
        void theRoundingIsASetting() {
            StarLevelService down = StarLevelService.of(StarServiceTable.SAMPLE.withPricing(new AboveLevelPricing(
                    AboveLevelPolicy.CHARGE, BigDecimal.valueOf(50), BigDecimal.valueOf(2), RoundingMode.DOWN))).get();
            assertEquals(Money.parse("166.66").get(), decide(down, FOUR_A, ServiceRequest.of(REWARD, Money.parse("333.33").get())).priceEffect());
        }
    }

    @Nested
    class OrGrantedWithAReducedDiscount {

        private final StarLevelService service = withPolicy(AboveLevelPolicy.REDUCE_DISCOUNT);

        @Test
        void twoPointsOffTheDiscountPerStarAbove() {
            ServiceDecision d = decide(service, TWO_A, ServiceRequest.of(EXPERT, Money.ofYuan(2_000))
                    .withDiscount(Rate.percent(15), Money.ofYuan(50_000)));
            ServiceDecision.Discounted discounted = assertInstanceOf(ServiceDecision.Discounted.class, d);
            assertEquals(Rate.percent(11), discounted.discountAfter());
            assertEquals(Money.ofYuan(2_000), d.priceEffect());
            assertEquals("granted with a reduced discount (减少优惠折扣): 15% -> 11% on CNY 50000.00, CNY 2000.00 less discount",
                    d.reasons().get(1));
        }

        @Test
        void neverBelowNoDiscount() {
            ServiceDecision.Discounted d = assertInstanceOf(ServiceDecision.Discounted.class, decide(service, ONE_A,
                    ServiceRequest.of(EXPERT, Money.ofYuan(2_000)).withDiscount(Rate.percent(3), Money.ofYuan(10_000))));
            assertEquals(Rate.ZERO, d.discountAfter());
            assertEquals(Money.ofYuan(300), d.discountLost());
        }

        @Test
        void includedItemsKeepTheirDiscount() {
            assertEquals(Money.ZERO, decide(service, FIVE_A, ServiceRequest.of(REWARD, Money.ofYuan(1))
                    .withDiscount(Rate.percent(15), Money.ofYuan(50_000))).priceEffect());
        }
    }

    @Nested
    class InvalidRequestsNameTheirField {

        @Test
        void negativeAmountsAndADiscountAboveTheWhole() {
            Seq<StarServiceError> errors = SAMPLE.decide(ONE_A, ServiceRequest.of(EXPERT, Money.ofFen(-1))
                    .withDiscount(Rate.percent(120), Money.ofYuan(-3))).getError();
            assertEquals(3, errors.size());
            assertEquals("itemPrice must not be negative, was -0.01", namedError(errors, "itemPrice"));
            namedError(errors, "discountBase");
            assertEquals("currentDiscount must be at most 100%, was 120%", namedError(errors, "currentDiscount"));
        }

        @Test
        void anItemNoStarOffers() {
            Seq<StarServiceError> errors = SAMPLE.decide(FIVE_A, ServiceRequest.of(new ServiceItem.VisitsPerYear(365), Money.ofYuan(1))).getError();
            assertEquals("item: 365 account-manager visits a year is not included at any star level of the table",
                    namedError(errors, "item"));
        }
    }

    @Nested
    class ATableIsRefusedOnLoadWhenAHigherLevelHasLess {

        private StarEntitlements four() {
            return StarServiceTable.SAMPLE.entitlementsOf(StarLevel.FOUR_STARS);
        }

        private Seq<StarServiceError> refused(StarServiceTable table) {
            return StarLevelService.of(table).getError();
        }

        private StarServiceTable withFour(StarEntitlements e) {
            return StarServiceTable.SAMPLE.withEntitlements(e);
        }

        @Test
        void fewerPlanItems() {
            StarEntitlements noExpertNoQuality = new StarEntitlements(StarLevel.FOUR_STARS, TreeSet.of(PlanItem.TRACKING),
                    four().basicServices(), four().responseTarget(), four().restorationTarget(), four().visitsPerYear(), 4);
            assertEquals("entitlements.FOUR_STARS.planItems lacks FAST_RESPONSE, HIGH_QUALITY, which the 3-star level has: "
                            + "a higher level must never have less than the one below it",
                    namedError(refused(withFour(noExpertNoQuality)), "entitlements.FOUR_STARS.planItems"));
        }

        @Test
        void fewerBasicServices() {
            StarEntitlements e = new StarEntitlements(StarLevel.FOUR_STARS, four().planItems(),
                    four().basicServices().remove(BasicService.MATERIALS_MAILING), four().responseTarget(),
                    four().restorationTarget(), four().visitsPerYear(), 4);
            Seq<StarServiceError> errors = refused(withFour(e));
            namedError(errors, "entitlements.FOUR_STARS.basicServices");
            assertEquals(1, errors.size(), "5 stars still has every basic service, more than 4 stars");
        }

        @Test
        void slowerTargetsFewerVisitsLowerPriority() {
            StarEntitlements e = new StarEntitlements(StarLevel.FOUR_STARS, four().planItems(), four().basicServices(),
                    Duration.ofHours(2), Duration.ofHours(9), 11, 2);
            Seq<StarServiceError> errors = refused(withFour(e));
            assertEquals("entitlements.FOUR_STARS.responseTarget PT2H is slower than the 3-star level's PT1H: a higher level must"
                    + " never have less than the one below it", namedError(errors, "entitlements.FOUR_STARS.responseTarget"));
            namedError(errors, "entitlements.FOUR_STARS.restorationTarget");
            namedError(errors, "entitlements.FOUR_STARS.visitsPerYear");
            namedError(errors, "entitlements.FOUR_STARS.dispatchPriority");
        }

        @Test
        void aHigherGradeOnFewerStars() {
            namedError(refused(StarServiceTable.SAMPLE.withStarOfGrade(THREE_A, StarLevel.ONE_STAR)), "starOfGrade.THREE_A");
        }

        @Test
        void aNegativeSurchargeOrDiscountReductionAndNoRounding() {
            Seq<StarServiceError> errors = refused(StarServiceTable.SAMPLE.withPricing(new AboveLevelPricing(
                    AboveLevelPolicy.CHARGE, new BigDecimal("-10"), new BigDecimal("-1"), RoundingMode.UNNECESSARY)));
            assertEquals("pricing.surchargePercentPerStar must not be negative, was -10%",
                    namedError(errors, "pricing.surchargePercentPerStar"));
            namedError(errors, "pricing.discountReductionPointsPerStar");
            namedError(errors, "pricing.rounding");
        }

        @Test
        void aMissingGradeOrStar() {
            StarServiceTable t = new StarServiceTable(StarServiceTable.SAMPLE.starOfGrade().remove(FIVE_A),
                    StarServiceTable.SAMPLE.entitlements().remove(StarLevel.TWO_STARS), AboveLevelPricing.SAMPLE);
            Seq<StarServiceError> errors = refused(t);
            namedError(errors, "starOfGrade.FIVE_A");
            assertEquals("entitlements.TWO_STARS is missing: the table must have an entry for it",
                    namedError(errors, "entitlements.TWO_STARS"));
        }

        @Test
        void aMisfiledEntryAndNonPositiveTargets() {
            StarEntitlements e = new StarEntitlements(StarLevel.FIVE_STARS, four().planItems(), four().basicServices(),
                    Duration.ZERO, Duration.ofMinutes(-1), four().visitsPerYear(), 0);
            StarServiceTable t = new StarServiceTable(StarServiceTable.SAMPLE.starOfGrade(),
                    StarServiceTable.SAMPLE.entitlements().put(StarLevel.FOUR_STARS, e), AboveLevelPricing.SAMPLE);
            Seq<StarServiceError> errors = refused(t);
            assertEquals("entitlements.FOUR_STARS.star is FIVE_STARS but is filed under FOUR_STARS",
                    namedError(errors, "entitlements.FOUR_STARS.star"));
            namedError(errors, "entitlements.FOUR_STARS.responseTarget");
            namedError(errors, "entitlements.FOUR_STARS.restorationTarget");
            namedError(errors, "entitlements.FOUR_STARS.dispatchPriority");
        }

        @Test
        void theSampleIsValid() {
            assertTrue(StarServiceTable.SAMPLE.validate().isValid());
        }
    }
}
