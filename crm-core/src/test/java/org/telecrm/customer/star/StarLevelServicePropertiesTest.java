package org.telecrm.customer.star;

import io.vavr.Tuple;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.telecrm.customer.KeyAccountGrade;
import org.telecrm.money.Money;
import org.telecrm.money.Rate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The invariants of star-level service (rules.md section 3), for any valid table, grade and request. */
class StarLevelServicePropertiesTest {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The independent oracle: no higher level has less than any lower one, over every pair, not just neighbours. */
    private static boolean neverLessAbove(StarServiceTable t) {
        for (StarLevel low : StarLevel.values()) {
            for (StarLevel high : StarLevel.values()) {
                if (low.compareTo(high) >= 0) {
                    continue;
                }
                StarEntitlements l = t.entitlementsOf(low);
                StarEntitlements h = t.entitlementsOf(high);
                if (!h.planItems().containsAll(l.planItems()) || !h.basicServices().containsAll(l.basicServices())
                        || h.responseTarget().compareTo(l.responseTarget()) > 0
                        || h.restorationTarget().compareTo(l.restorationTarget()) > 0
                        || h.visitsPerYear() < l.visitsPerYear() || h.dispatchPriority() < l.dispatchPriority()) {
                    return false;
                }
            }
        }
        return List.of(KeyAccountGrade.values()).sliding(2).forAll(pair ->
                t.starOfGrade().get(pair.head()).get().compareTo(t.starOfGrade().get(pair.last()).get()) <= 0);
    }

    @Property
    void aTableIsAcceptedExactlyWhenNoHigherLevelHasLess(@ForAll("possiblyBrokenTables") StarServiceTable table) {
        boolean accepted = table.validate().isValid();
        assertEquals(neverLessAbove(table), accepted,
                () -> table.validate().fold(errors -> errors.map(StarServiceError::message).mkString("; "), ok -> "accepted"));
        if (!accepted) {
            assertTrue(table.validate().getError().forAll(e -> e.message().startsWith(e.field())));
        }
        Statistics.label("accepted").collect(accepted);
        Statistics.label("accepted").coverage(coverage -> {
            coverage.check(true).count(n -> n >= 50);
            coverage.check(false).count(n -> n >= 50);
        });
    }

    @Property
    void aHigherGradeNeverHasFewerEntitlements(@ForAll("tables") StarServiceTable table) {
        StarLevelService service = StarLevelService.of(table).get();
        List.of(KeyAccountGrade.values()).sliding(2).forEach(pair -> {
            StarEntitlements lower = service.entitlementsFor(pair.head());
            StarEntitlements higher = service.entitlementsFor(pair.last());
            assertTrue(higher.planItems().containsAll(lower.planItems()));
            assertTrue(higher.basicServices().containsAll(lower.basicServices()));
            assertTrue(higher.responseTarget().compareTo(lower.responseTarget()) <= 0);
            assertTrue(higher.restorationTarget().compareTo(lower.restorationTarget()) <= 0);
            assertTrue(higher.visitsPerYear() >= lower.visitsPerYear());
            assertTrue(higher.dispatchPriority() >= lower.dispatchPriority());
        });
    }

    @Property
    void includedServiceIsNeverCharged(@ForAll("tables") StarServiceTable table, @ForAll KeyAccountGrade grade,
                                       @ForAll("requests") ServiceRequest request) {
        StarLevelService service = StarLevelService.of(table).get();
        service.requiredStar(request.item()).forEach(required -> {
            ServiceDecision d = service.decide(grade, request).get();
            boolean atOrBelow = required.compareTo(service.starFor(grade)) <= 0;
            assertEquals(atOrBelow, d instanceof ServiceDecision.Included);
            if (atOrBelow) {
                assertEquals(Money.ZERO, d.priceEffect());
                assertEquals(0, d.starsAbove());
            } else {
                assertTrue(d.starsAbove() > 0);
            }
            assertFalse(d.priceEffect().isNegative());
        });
    }

    @Property
    void thePriceEffectIsExactAndRoundedOnce(@ForAll("tables") StarServiceTable table, @ForAll KeyAccountGrade grade,
                                             @ForAll("requests") ServiceRequest request) {
        StarLevelService service = StarLevelService.of(table).get();
        if (service.requiredStar(request.item()).isEmpty()) {
            return;
        }
        ServiceDecision d = service.decide(grade, request).get();
        AboveLevelPricing pricing = table.pricing();
        BigDecimal steps = BigDecimal.valueOf(d.starsAbove());
        if (d instanceof ServiceDecision.Chargeable c) {
            BigDecimal exact = request.itemPrice().exactFen().multiply(pricing.surchargePercentPerStar()).multiply(steps).divide(HUNDRED);
            assertEquals(exact.setScale(0, pricing.rounding()).longValueExact(), c.surcharge().fen());
        } else if (d instanceof ServiceDecision.Discounted x) {
            BigDecimal before = request.currentDiscount().fraction();
            BigDecimal after = before.subtract(pricing.discountReductionPointsPerStar().multiply(steps).divide(HUNDRED)).max(BigDecimal.ZERO);
            assertEquals(0, after.compareTo(x.discountAfter().fraction()));
            BigDecimal exact = request.discountBase().exactFen().multiply(before.subtract(after));
            assertEquals(exact.setScale(0, pricing.rounding()).longValueExact(), x.discountLost().fen());
        }
    }

    @Property
    void aLowerGradeNeverPaysLessForTheSameItem(@ForAll("tables") StarServiceTable table, @ForAll KeyAccountGrade grade,
                                                @ForAll("requests") ServiceRequest request) {
        StarLevelService service = StarLevelService.of(table).get();
        if (service.requiredStar(request.item()).isEmpty() || grade == KeyAccountGrade.FIVE_A) {
            return;
        }
        KeyAccountGrade higher = KeyAccountGrade.of(grade.level() + 1).get();
        ServiceDecision low = service.decide(grade, request).get();
        ServiceDecision high = service.decide(higher, request).get();
        assertTrue(low.priceEffect().compareTo(high.priceEffect()) >= 0);
        if (low instanceof ServiceDecision.Included) {
            assertInstanceOf(ServiceDecision.Included.class, high, "what a grade includes, every higher grade includes");
        }
    }

    // ---- generators --------------------------------------------------------------------------------

    @Provide
    Arbitrary<ServiceRequest> requests() {
        Arbitrary<ServiceItem> item = Arbitraries.oneOf(
                Arbitraries.of(PlanItem.class).map(ServiceItem.Plan::new),
                Arbitraries.of(BasicService.class).map(ServiceItem.Basic::new),
                Arbitraries.integers().between(1, 3000).map(m -> new ServiceItem.ResponseWithin(Duration.ofMinutes(m))),
                Arbitraries.integers().between(1, 3000).map(m -> new ServiceItem.RestorationWithin(Duration.ofMinutes(m))),
                Arbitraries.integers().between(0, 80).map(ServiceItem.VisitsPerYear::new),
                Arbitraries.of(StarLevel.class).map(ServiceItem.StarPackage::new));
        Arbitrary<Money> amount = Arbitraries.longs().between(0, 100_000_000L).map(Money::ofFen);
        return Combinators.combine(item, amount, Arbitraries.integers().between(0, 10_000), amount)
                .as((i, price, discountBasisPoints, base) -> ServiceRequest.of(i, price)
                        .withDiscount(new Rate(BigDecimal.valueOf(discountBasisPoints, 4)), base));
    }

    /** Valid tables: built so that every level has at least what the one below it has. */
    @Provide
    Arbitrary<StarServiceTable> tables() {
        Arbitrary<Seq<TreeSet<PlanItem>>> plans = Arbitraries.of(PlanItem.class).set().list().ofSize(5)
                .map(sets -> List.ofAll(sets).scanLeft(TreeSet.<PlanItem>empty(), (acc, s) -> acc.addAll(s)).tail());
        Arbitrary<Seq<TreeSet<BasicService>>> basics = Arbitraries.of(BasicService.class).set().list().ofSize(5)
                .map(sets -> List.ofAll(sets).scanLeft(TreeSet.<BasicService>empty(), (acc, s) -> acc.addAll(s)).tail());
        Arbitrary<Seq<Integer>> falling = Arbitraries.integers().between(1, 2880).list().ofSize(5)
                .map(l -> List.ofAll(l).sorted().reverse());
        Arbitrary<Seq<Integer>> rising = Arbitraries.integers().between(0, 60).list().ofSize(5).map(l -> List.ofAll(l).sorted());
        Arbitrary<Seq<Integer>> priorities = Arbitraries.integers().between(1, 9).list().ofSize(5).map(l -> List.ofAll(l).sorted());
        Arbitrary<Seq<Integer>> gradeStars = Arbitraries.integers().between(1, 5).list().ofSize(5).map(l -> List.ofAll(l).sorted());
        Arbitrary<AboveLevelPricing> pricing = Combinators.combine(Arbitraries.of(AboveLevelPolicy.class),
                        Arbitraries.integers().between(0, 20_000), Arbitraries.integers().between(0, 1_000),
                        Arbitraries.of(RoundingMode.HALF_UP, RoundingMode.HALF_EVEN, RoundingMode.DOWN, RoundingMode.CEILING))
                .as((policy, surchargeBp, reductionBp, rounding) -> new AboveLevelPricing(policy,
                        BigDecimal.valueOf(surchargeBp, 2), BigDecimal.valueOf(reductionBp, 2), rounding));
        return Combinators.combine(plans, basics, falling, falling, rising, priorities, gradeStars, pricing)
                .as((p, b, respond, restore, visits, prio, stars, price) -> {
                    Map<StarLevel, StarEntitlements> entitlements = List.of(StarLevel.values()).toLinkedMap(star -> {
                        int i = star.ordinal();
                        return Tuple.of(star, new StarEntitlements(star, p.get(i), b.get(i), Duration.ofMinutes(respond.get(i)),
                                Duration.ofMinutes(restore.get(i)), visits.get(i), prio.get(i)));
                    });
                    Map<KeyAccountGrade, StarLevel> starOfGrade = List.of(KeyAccountGrade.values())
                            .toLinkedMap(g -> Tuple.of(g, StarLevel.of(stars.get(g.ordinal())).get()));
                    return new StarServiceTable(starOfGrade, entitlements, price);
                });
    }

    /** Valid tables, half of them with one entry of one star or one grade replaced by a random one. */
    @Provide
    Arbitrary<StarServiceTable> possiblyBrokenTables() {
        Arbitrary<StarEntitlements> anyEntry = Combinators.combine(Arbitraries.of(StarLevel.class),
                        Arbitraries.of(PlanItem.class).set(), Arbitraries.of(BasicService.class).set(),
                        Arbitraries.integers().between(1, 2880), Arbitraries.integers().between(1, 2880),
                        Arbitraries.integers().between(0, 60), Arbitraries.integers().between(1, 9))
                .as((star, plan, basic, respond, restore, visits, prio) -> new StarEntitlements(star, TreeSet.ofAll(plan),
                        TreeSet.ofAll(basic), Duration.ofMinutes(respond), Duration.ofMinutes(restore), visits, prio));
        Arbitrary<StarServiceTable> brokenEntry = Combinators.combine(tables(), anyEntry).as(StarServiceTable::withEntitlements);
        Arbitrary<StarServiceTable> brokenGrade = Combinators.combine(tables(), Arbitraries.of(KeyAccountGrade.class),
                Arbitraries.of(StarLevel.class)).as(StarServiceTable::withStarOfGrade);
        return Arbitraries.oneOf(tables(), brokenEntry, brokenGrade);
    }
}
