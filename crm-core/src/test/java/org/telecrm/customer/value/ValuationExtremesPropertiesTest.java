package org.telecrm.customer.value;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.telecrm.money.Money;
import org.telecrm.money.Rate;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The value assessment over the whole range of its figures (issue 17): no facts make it throw; a figure that cannot
 * be stated exactly (a year's revenue beyond the largest amount, points beyond the largest count) is the typed
 * {@link ValueError.TooLarge}, and an assessment that is made is exact.
 */
class ValuationExtremesPropertiesTest {

    private static final KeyAccountValuation ENGINE = KeyAccountValuation.sample();

    @Property(tries = 500)
    void anyFactsAreAssessedOrRefusedTypedNeverThrown(@ForAll("extremeFacts") ValueFacts facts) {
        Validation<Seq<ValueError>, ValueAssessment> assessed = ENGINE.assess(facts);
        if (assessed.isValid()) {
            ValueAssessment a = assessed.get();
            assertTrue(a.reasons().forAll(r -> r.points() >= 0), () -> a.describe().mkString("; "));
            assertEquals(a.score(), a.reasons().map(r -> BigDecimal.valueOf(r.points()))
                    .fold(BigDecimal.ZERO, BigDecimal::add).longValueExact(), "the score is the exact sum");
        } else {
            assertTrue(assessed.getError().forAll(e -> e.message().startsWith(e.field())), assessed::toString);
        }
    }

    @Property(tries = 50)
    void aYearOfTheLargestRevenueIsTooLargeNotAnException(@ForAll("months") int months) {
        ValueFacts facts = ValueFacts.ofMonthlyRevenue(List.fill(months, Money.MAX));
        Validation<Seq<ValueError>, ValueAssessment> assessed = ENGINE.assess(facts);
        assertTrue(assessed.isInvalid(), () -> assessed.get().describe().mkString("; "));
        assertTrue(assessed.getError().head() instanceof ValueError.TooLarge, assessed::toString);
    }

    @Property(tries = 50)
    void productLinesUpToTheLargestCountAreTypedNeverThrown(@ForAll("lines") int lines) {
        ValueFacts facts = ValueFacts.ofMonthlyRevenue(List.of(Money.ofYuan(1))).withProductLines(lines);
        Validation<Seq<ValueError>, ValueAssessment> assessed = ENGINE.assess(facts);
        assessed.forEach(a -> assertTrue(a.score() >= 0));
    }

    @Provide
    Arbitrary<Integer> months() {
        return Arbitraries.integers().between(1, 36);
    }

    @Provide
    Arbitrary<Integer> lines() {
        return Arbitraries.integers().between(0, Integer.MAX_VALUE).edgeCases(e -> e.add(Integer.MAX_VALUE));
    }

    @Provide
    Arbitrary<ValueFacts> extremeFacts() {
        Arbitrary<Money> amount = Arbitraries.longs().between(0, Long.MAX_VALUE).map(Money::ofFen)
                .edgeCases(e -> e.add(Money.MAX, Money.ZERO, Money.ofFen(Long.MAX_VALUE / 12)));
        Arbitrary<Seq<Money>> revenue = amount.list().ofMinSize(1).ofMaxSize(40).map(List::ofAll);
        Arbitrary<PaymentRecord> payments = Arbitraries.integers().between(0, Integer.MAX_VALUE)
                .flatMap(billed -> Arbitraries.integers().between(0, billed).map(late -> new PaymentRecord(billed, late)));
        return Combinators.combine(revenue, Arbitraries.integers().between(0, Integer.MAX_VALUE), payments,
                        amount, amount, Arbitraries.of(CustomerSize.class),
                        Arbitraries.integers().between(0, 1_000_000))
                .as((r, lines, pay, contracted, forecast, size, growth) -> ValueFacts.ofMonthlyRevenue(r)
                        .withProductLines(lines).withPayments(pay).withContractedRevenue(contracted)
                        .withForecastRevenue(forecast).withSize(size).withIndustryGrowth(Rate.percent(growth)));
    }
}
