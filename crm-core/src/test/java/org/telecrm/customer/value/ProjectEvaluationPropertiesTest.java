package org.telecrm.customer.value;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.telecrm.money.Money;
import org.telecrm.money.Rate;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The invariants of the project assessment: IRR where it exists, its error where not, exact ROI. */
class ProjectEvaluationPropertiesTest {

    /** The NPV times g^n, exactly (no rounding): it has the NPV's sign at every rate above -100%. */
    private static BigDecimal exactScaledNpv(CashFlows flows, BigDecimal g) {
        BigDecimal q = BigDecimal.ZERO;
        for (Money flow : flows.perPeriod()) {
            q = q.multiply(g).add(flow.exactFen());
        }
        return q;
    }

    @Property
    void theIrrMakesTheNetPresentValueZeroWithinTheTolerance(@ForAll("oneSignChange") CashFlows flows) {
        BigDecimal g = BigDecimal.ONE.add(Irr.of(flows).get().rate());
        BigDecimal below = exactScaledNpv(flows, g.subtract(Irr.TOLERANCE).max(BigDecimal.ZERO));
        BigDecimal above = exactScaledNpv(flows, g.add(Irr.TOLERANCE));
        assertTrue(below.signum() * above.signum() <= 0,
                () -> "the NPV does not change sign within the tolerance of " + g.subtract(BigDecimal.ONE) + " for " + flows);
    }

    @Property
    void theIrrDoesNotDependOnTheScaleOfTheFlows(@ForAll("oneSignChange") CashFlows flows,
                                                 @ForAll @IntRange(min = 2, max = 1000) int factor) {
        CashFlows scaled = new CashFlows(flows.perPeriod().map(flow -> flow.times(factor)));
        BigDecimal difference = Irr.of(flows).get().rate().subtract(Irr.of(scaled).get().rate()).abs();
        assertTrue(difference.compareTo(Irr.TOLERANCE.multiply(BigDecimal.valueOf(2))) <= 0);
        assertEquals(ProjectEvaluation.roi(flows).get().percent(20), ProjectEvaluation.roi(scaled).get().percent(20),
                "ROI is exact, so scaling changes nothing");
    }

    @Property
    void flowsOfOneSignHaveNoIrr(@ForAll("amounts") Seq<Money> amounts, @ForAll boolean negative) {
        CashFlows flows = new CashFlows(negative ? amounts.map(Money::negate) : amounts);
        assertInstanceOf(ProjectError.NoSignChange.class, Irr.of(flows).getLeft());
    }

    @Property
    void flowsThatChangeSignMoreThanOnceGetTheirRateWhenItIsTheOnlyOneAndTheRatesNamedOtherwise(
            @ForAll("oneSignChange") CashFlows flows, @ForAll @LongRange(min = 1, max = 1_000_000) long tail) {
        long lastSign = Long.signum(flows.perPeriod().filter(flow -> !flow.isZero()).last().fen());
        CashFlows twice = new CashFlows(flows.perPeriod().append(Money.ofFen(-lastSign * tail)));
        Either<ProjectError, Irr> irr = Irr.of(twice);
        // Invariant: every rate stated or named zeroes the NPV (to within what the rate's tolerance moves it).
        io.vavr.collection.List<java.math.BigDecimal> rates = irr.isRight() ? io.vavr.collection.List.of(irr.get().rate())
                : irr.getLeft() instanceof ProjectError.SeveralRates several ? several.rates() : io.vavr.collection.List.empty();
        for (java.math.BigDecimal rate : rates) {
            assertTrue(npvChangesSignNear(twice, rate), () -> twice + " at " + rate);
        }
        assertTrue(irr.isRight() || irr.getLeft() instanceof ProjectError.SeveralRates
                || irr.getLeft() instanceof ProjectError.NoRate, irr::toString);
    }

    /**
     * Q(g) = sum CF_t g^(n-t) (the NPV times g^n, of the NPV's sign for g = 1 + rate > 0) is zero at the rate's g
     * or changes sign within 1e-9 of it.
     */
    private static boolean npvChangesSignNear(CashFlows flows, java.math.BigDecimal rate) {
        java.math.BigDecimal g = java.math.BigDecimal.ONE.add(rate);
        java.math.BigDecimal step = new java.math.BigDecimal("1E-9");
        int below = q(flows, g.subtract(step).max(java.math.BigDecimal.ZERO));
        int above = q(flows, g.add(step));
        return q(flows, g) == 0 || below != above || below == 0 || above == 0;
    }

    private static int q(CashFlows flows, java.math.BigDecimal g) {
        java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
        for (Money flow : flows.perPeriod()) {
            sum = sum.multiply(g).add(flow.exactFen());
        }
        return sum.signum();
    }

    @Property
    void pursuedExactlyWhenBothHurdlesAreReached(@ForAll("oneSignChange") CashFlows flows,
                                                 @ForAll @IntRange(max = 60) int roiHurdle,
                                                 @ForAll @IntRange(max = 60) int irrHurdle) {
        ProjectHurdles hurdles = new ProjectHurdles(Rate.percent(roiHurdle), Rate.percent(irrHurdle));
        ProjectAssessment a = ProjectEvaluation.of(hurdles).assess(flows).get();
        boolean roiReached = flows.net().exactFen().compareTo(hurdles.minimumRoi().applyTo(flows.invested().exactFen())) >= 0;
        boolean irrReached = a.irr().rate().compareTo(hurdles.minimumIrr().fraction()) >= 0;
        assertEquals(roiReached && irrReached, a.decision() == ProjectDecision.PURSUE);
    }

    @Provide
    Arbitrary<Seq<Money>> amounts() {
        return Arbitraries.longs().between(0, 1_000_000_000L).map(Money::ofFen).list().ofMinSize(1).ofMaxSize(12)
                .map(List::ofAll);
    }

    /** Outflows first (at least one non-zero), then inflows (at least one non-zero); either way round. */
    @Provide
    Arbitrary<CashFlows> oneSignChange() {
        Arbitrary<Seq<Money>> out = Arbitraries.longs().between(0, 1_000_000_000L).list().ofMinSize(1).ofMaxSize(4)
                .filter(l -> l.stream().anyMatch(v -> v > 0))
                .map(l -> List.ofAll(l).map(v -> Money.ofFen(-v)));
        Arbitrary<Seq<Money>> in = Arbitraries.longs().between(0, 1_000_000_000L).list().ofMinSize(1).ofMaxSize(12)
                .filter(l -> l.stream().anyMatch(v -> v > 0))
                .map(l -> List.ofAll(l).map(Money::ofFen));
        return Combinators.combine(out, in, Arbitraries.of(true, false))
                .as((o, i, investFirst) -> new CashFlows(investFirst ? o.appendAll(i) : i.map(Money::negate).appendAll(o.map(Money::negate))));
    }
}
