package org.telecrm.examples.bench;

import io.vavr.collection.List;
import io.vavr.control.Either;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.telecrm.money.Money;
import org.telecrm.sla.CircuitId;
import org.telecrm.sla.quality.Outage;
import org.telecrm.sla.quality.OutageCause;
import org.telecrm.sla.quality.QualityAssessment;
import org.telecrm.sla.quality.QualityCase;
import org.telecrm.sla.quality.QualityCompensation;
import org.telecrm.sla.quality.QualityError;
import org.telecrm.sla.quality.QualityLevelTable;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * The cost curve of quality assessment in the number of a month's outage records (issue 17, item 5): one month of a
 * circuit with {@code outages} records, overlapping at random. {@code crm-bench} prints the ratio of each size over
 * 1,000 records, measured in the same run: about 10 and 100 for a cost that grows as n log n (the union of the
 * outages after one sort), where a quadratic one would give 100 and 10,000.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class QualityAssessmentCostBenchmark {

    private static final CircuitId CIRCUIT = CircuitId.of("DDN-1");
    private static final YearMonth MONTH = YearMonth.of(2026, 3);

    @Param({"1000", "10000", "100000"})
    public int size;

    private QualityCase month;
    private final QualityCompensation engine = QualityCompensation.sample();

    @Setup(Level.Trial)
    public void outages() {
        SplittableRandom random = new SplittableRandom(17);
        Instant start = MONTH.atDay(1).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant();
        long seconds = Duration.ofDays(MONTH.lengthOfMonth()).toSeconds() - 7_200;
        List<Outage> outages = List.empty();
        for (int i = 0; i < size; i++) {
            Instant down = start.plusSeconds(random.nextLong(seconds));
            Instant up = down.plusSeconds(1 + random.nextLong(7_200));
            outages = outages.prepend(Outage.of("T-" + i, CIRCUIT, down, up, i % 10 == 0 ? OutageCause.CUSTOMER_SIDE
                    : OutageCause.PROVIDER).respondedAt(down));
        }
        month = QualityCase.forMonth(CIRCUIT, QualityLevelTable.LEVEL_1, Money.ofYuan(2_000), MONTH, outages);
    }

    @Benchmark
    public Either<QualityError, QualityAssessment> assess() {
        return engine.assess(month);
    }
}
