package org.telecrm.sla.quality;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.telecrm.money.Money;
import org.telecrm.money.Rate;
import org.telecrm.sla.CircuitId;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The invariants of measured commitments, for any level's commitments, cap, rental, outages and measurements: the
 * month's whole credit (outages and measurements) is never above the cap share of the rental; the measurements never
 * take anything from the outages' credit; and a worse measurement never lowers the credit.
 */
class MeasuredCommitmentsPropertiesTest {

    static final CircuitId CIRCUIT = CircuitId.of("C-1");
    static final QualityLevel LEVEL = QualityLevel.of("L");
    static final YearMonth MONTH = YearMonth.of(2026, 2);

    record Scenario(QualityCompensation engine, QualityCase c, Seq<Measurement> measurements) {
        MeasuredAssessment assess() {
            return engine.assessMeasured(c, measurements).getOrElseThrow(e -> new AssertionError(e.message()));
        }
    }

    @Property(tries = 300)
    void theMonthsWholeCreditNeverExceedsTheCapAndTheOutagesKeepTheirs(@ForAll("scenarios") Scenario s) {
        MeasuredAssessment a = s.assess();
        Money capped = s.c().monthlyRental().times(a.outages().terms().cap(), RoundingMode.HALF_UP);
        assertTrue(a.totalCredit().compareTo(capped) <= 0, () -> a.describe().mkString("\n"));
        assertTrue(!a.credit().isNegative(), () -> a.describe().mkString("\n"));
        assertEquals(s.engine().assess(s.c()).get().credit(), a.outages().credit());
        assertEquals(a.outages().accruedShare().isAtLeast(a.outages().terms().cap())
                || new Rate(a.outages().accruedShare().fraction().add(a.accruedShare().fraction()))
                .isAtLeast(a.outages().terms().cap()), a.capped());
    }

    @Property(tries = 300)
    void aWorseMeasurementNeverLowersTheCredit(@ForAll("scenarios") Scenario s) {
        MeasuredAssessment before = s.assess();
        Seq<Measurement> worse = s.measurements().map(m -> new Measurement(m.circuit(), m.metric(), m.windowStart(),
                m.value().multiply(BigDecimal.valueOf(2)).add(BigDecimal.ONE)));
        MeasuredAssessment after = new Scenario(s.engine(), s.c(), worse).assess();
        assertTrue(after.credit().compareTo(before.credit()) >= 0,
                () -> before.describe().mkString("\n") + "\n" + after.describe().mkString("\n"));
        assertTrue(after.commitments().map(MeasuredAssessment.CommitmentResult::breached).sum().longValue()
                >= before.commitments().map(MeasuredAssessment.CommitmentResult::breached).sum().longValue());
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        Arbitrary<MeasuredCommitment> commitments = Combinators.combine(Arbitraries.of(Metric.values()),
                Arbitraries.integers().between(1, 100), Arbitraries.of(5, 15, 60, 240),
                Arbitraries.integers().between(0, 20), Arbitraries.integers().between(1, 400))
                .as((metric, limit, minutes, allowance, perMille) -> new MeasuredCommitment(metric,
                        BigDecimal.valueOf(limit), Duration.ofMinutes(minutes), allowance,
                        new Rate(BigDecimal.valueOf(perMille, 3))));
        Arbitrary<Seq<MeasuredCommitment>> oncePerMetric = commitments.list().ofMaxSize(3)
                .map(cs -> List.ofAll(cs).distinctBy(MeasuredCommitment::metric));
        Arbitrary<Integer> capPercent = Arbitraries.integers().between(1, 100);
        Arbitrary<Long> rentalFen = Arbitraries.longs().between(0, 10_000_000);
        Arbitrary<Integer> downHours = Arbitraries.integers().between(0, 48);
        return Combinators.combine(oncePerMetric, capPercent, rentalFen, downHours).flatAs((Seq<MeasuredCommitment> cs,
                Integer cap, Long rental, Integer down) -> {
            QualityLevelTerms terms = new QualityLevelTerms(LEVEL, Rate.percent("99.9"), Duration.ofMinutes(30),
                    Duration.ofHours(4), new AvailabilityCredit(Rate.percent("0.1"), Rate.percent(5)),
                    new OverrunCredit(Duration.ofMinutes(30), Rate.percent(1)),
                    new OverrunCredit(Duration.ofHours(1), Rate.percent(3)), Rate.percent(cap), cs);
            QualityCompensation engine = QualityCompensation.of(QualityLevelTable.of(List.of(terms),
                    RoundingMode.HALF_UP).get(),
                    QualityCompensation.BEIJING_TIME);
            Instant start = MONTH.atDay(1).atStartOfDay(QualityCompensation.BEIJING_TIME).toInstant();
            Seq<Outage> outages = down == 0 ? List.empty() : List.of(Outage.of("T-1", CIRCUIT,
                    start.plus(Duration.ofDays(3)), start.plus(Duration.ofDays(3)).plus(Duration.ofHours(down)),
                    OutageCause.PROVIDER).respondedAt(start.plus(Duration.ofDays(3))));
            QualityCase c = QualityCase.forMonth(CIRCUIT, LEVEL, Money.ofFen(rental), MONTH, outages);
            if (cs.isEmpty()) {
                return Arbitraries.just(new Scenario(engine, c, List.<Measurement>empty()));
            }
            Arbitrary<Measurement> measurement = Combinators.combine(Arbitraries.of(cs.toJavaList()),
                    Arbitraries.integers().between(0, 200), Arbitraries.integers().between(0, 150))
                    .as((commitment, window, value) -> new Measurement(CIRCUIT, commitment.metric(),
                            start.plus(commitment.window().multipliedBy(window)), BigDecimal.valueOf(value)));
            return measurement.list().ofMaxSize(120).map(ms -> new Scenario(engine, c,
                    List.ofAll(ms).distinctBy(m -> m.metric() + "@" + m.windowStart())));
        });
    }
}
