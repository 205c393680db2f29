package org.telecrm.sla.contract;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.telecrm.money.Money;
import org.telecrm.sla.claim.Breach;
import org.telecrm.sla.claim.ClaimId;
import org.telecrm.sla.quality.Measurement;
import org.telecrm.sla.quality.Metric;
import org.telecrm.sla.quality.Outage;
import org.telecrm.sla.quality.OutageCause;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.telecrm.sla.contract.ContractFixtures.APRIL_2;
import static org.telecrm.sla.contract.ContractFixtures.BUREAU;
import static org.telecrm.sla.contract.ContractFixtures.DDN;
import static org.telecrm.sla.contract.ContractFixtures.bj;

/**
 * Invariant: for any month of outages and measurements of a circuit, the claims that can be raised for it (its quality
 * breach and its measured breach, on the same outage records) are both accepted and together owe exactly the month's
 * whole credit, never more than the level's cap of the monthly rental; a claim is raised only for a positive amount.
 */
class MeasuredClaimPropertiesTest {

    record Month(Seq<Outage> outages, Seq<Measurement> measurements) {
    }

    @Property(tries = 300)
    void theMonthsClaimsOweItsWholeCreditAndNeverMoreThanTheCap(@ForAll("months") Month m) {
        SlaContract contract = MeasuredClaimTest.measuredContract();
        MeasuredEvaluation e = contract.evaluateMeasured(DDN.id(), MeasuredClaimTest.MARCH, m.outages(),
                m.measurements()).get();
        Seq<Breach> breaches = e.qualityBreach().toList().appendAll(e.breach());
        Statistics.collect(e.qualityBreach().isDefined() ? "quality" : "-", e.breach().isDefined() ? "measured" : "-",
                e.assessment().capped() ? "capped" : "under the cap");
        SlaContract claimed = contract;
        int n = 0;
        for (Breach b : breaches) {
            claimed = claimed.raiseClaim(ClaimId.of("PF-" + n++), b, BUREAU, APRIL_2)
                    .getOrElseThrow(r -> new AssertionError(r.message())).changed().state();
        }
        Money owed = claimed.claims().map(CompensationClaim::amount).fold(Money.ZERO, Money::plus);
        assertEquals(e.assessment().totalCredit(), owed);
        assertTrue(owed.compareTo(DDN.monthlyRental()) <= 0, owed::toString);
        assertTrue(claimed.claims().forAll(c -> !c.amount().isNegative() && !c.amount().isZero()));
    }

    @Provide
    Arbitrary<Month> months() {
        Instant march1 = bj("2026-03-01T00:00");
        Arbitrary<Outage> outage = Combinators.combine(Arbitraries.integers().between(0, 30 * 24 * 60),
                Arbitraries.integers().between(1, 12 * 60), Arbitraries.of(OutageCause.class),
                Arbitraries.integers().between(0, 1_000_000)).as((start, minutes, cause, ticket) -> Outage.of(
                "T-" + ticket, DDN.id(), march1.plus(Duration.ofMinutes(start)),
                march1.plus(Duration.ofMinutes(start + minutes)), cause));
        Arbitrary<Seq<Outage>> outages = outage.list().ofMaxSize(4).map(List::ofAll);
        Arbitrary<Seq<Measurement>> measurements = Combinators.combine(Arbitraries.of(Metric.class),
                        Arbitraries.integers().between(0, 200), Arbitraries.integers().between(0, 500))
                .as((metric, windows, value) -> {
                    Duration window = metric == Metric.PACKET_LOSS ? Duration.ofHours(1) : Duration.ofMinutes(5);
                    return (Seq<Measurement>) List.range(0, windows).map(i -> new Measurement(DDN.id(), metric,
                            march1.plus(window.multipliedBy(i)), BigDecimal.valueOf(value, 1)));
                });
        return Combinators.combine(outages, measurements).as(Month::new);
    }
}
