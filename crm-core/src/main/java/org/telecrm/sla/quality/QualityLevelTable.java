package org.telecrm.sla.quality;

import io.vavr.Tuple;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import org.jmolecules.ddd.annotation.ValueObject;
import org.telecrm.money.Rate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Objects;

/**
 * The quality levels a contract offers (rules.md section 5: "three quality levels with different prices"), each
 * with its availability target, time limits and compensation rules, and the rounding of credits to the fen.
 *
 * <p><b>The seed's table of levels is cut off</b>, so {@link #SAMPLE} is a <b>library sample, not from the
 * sources</b>: a host or a contract sets its own table ({@link #of(Seq, RoundingMode)}), which is configuration.
 *
 * <p>{@link #of(Seq, RoundingMode)} checks every level when the table is built: at least one level, none twice, an
 * availability target above 0 and at most 100%, positive time limits and units, a cap above 0 and at most 100% of
 * the monthly rental (so that a month's credit can never exceed the rental), and a real rounding.
 *
 * <pre>{@code
 * QualityLevelTable table = QualityLevelTable.SAMPLE;
 * table.termsOf(QualityLevelTable.LEVEL_1).get().availabilityTarget();   // 99.95% (sample)
 * QualityLevelTable mine = QualityLevelTable.of(List.of(myGold, mySilver), RoundingMode.HALF_UP).get();
 * }</pre>
 */
@ValueObject
public final class QualityLevelTable {

    /** The sample's first (best) level, 一级. */
    public static final QualityLevel LEVEL_1 = QualityLevel.of("L1");
    /** The sample's second level, 二级. */
    public static final QualityLevel LEVEL_2 = QualityLevel.of("L2");
    /** The sample's third level, 三级. */
    public static final QualityLevel LEVEL_3 = QualityLevel.of("L3");

    /** Library default: credits are rounded half-up to the fen, once, like the provisioning compensation. */
    public static final RoundingMode DEFAULT_ROUNDING = RoundingMode.HALF_UP;

    /**
     * A <b>sample</b> three-level table (library default, not from the sources; the seed's table is cut off):
     * <pre>
     * level  availability  response  restoration  per started 0.1%   per started 30 min  per started hour of   cap
     *        target        limit     limit        below the target   response overrun    restoration overrun
     * L1     99.95%        15 min    2 h          10%                2%                  5%                    100%
     * L2     99.90%        30 min    4 h           5%                1%                  3%                    100%
     * L3     99.50%        1 h       8 h           2%                1%                  2%                    100%
     * </pre>
     * Every share is of the circuit's monthly rental; the cap is the whole monthly rental.
     */
    public static final QualityLevelTable SAMPLE = new QualityLevelTable(List.of(
            sample(LEVEL_1, "99.95", 15, 2, 10, 2, 5),
            sample(LEVEL_2, "99.90", 30, 4, 5, 1, 3),
            sample(LEVEL_3, "99.50", 60, 8, 2, 1, 2)).toLinkedMap(t -> t.level(), t -> t), DEFAULT_ROUNDING);

    /** The sample measured window of latency and jitter. */
    public static final Duration SAMPLE_DELAY_WINDOW = Duration.ofMinutes(5);
    /** The sample measured window of packet loss. */
    public static final Duration SAMPLE_LOSS_WINDOW = Duration.ofHours(1);

    /**
     * The {@link #SAMPLE} levels with <b>sample</b> measured commitments (library default, not from the sources: the
     * seed asks for measurable commitments without naming them). Every window is 5 minutes for latency and jitter
     * (8,640 in a 30-day month) and one hour for packet loss (720); a breached window is one whose value is above the
     * limit:
     * <pre>
     * level  latency   packet loss  jitter   free breached windows      per breached window beyond them
     *                                        (latency, loss, jitter)    (latency, loss, jitter)
     * L1     20 ms     0.1%         5 ms     12, 2, 12                  0.5%, 1%, 0.5%
     * L2     40 ms     0.5%         10 ms    24, 4, 24                  0.3%, 0.5%, 0.3%
     * L3     80 ms     1%           20 ms    48, 8, 48                  0.2%, 0.3%, 0.2%
     * </pre>
     * Every share is of the circuit's monthly rental; the level's cap bounds the month's whole credit.
     */
    public static final QualityLevelTable SAMPLE_WITH_MEASURED = new QualityLevelTable(List.of(
            measured(LEVEL_1, "20", "0.1", "5", 12, 2, "0.5", "1"),
            measured(LEVEL_2, "40", "0.5", "10", 24, 4, "0.3", "0.5"),
            measured(LEVEL_3, "80", "1", "20", 48, 8, "0.2", "0.3")).toLinkedMap(t -> t.level(), t -> t),
            DEFAULT_ROUNDING);

    private static QualityLevelTerms measured(QualityLevel level, String latencyMs, String lossPercent,
                                              String jitterMs, int delayAllowance, int lossAllowance,
                                              String delayPercent, String lossCreditPercent) {
        return SAMPLE.termsOf(level).get().withMeasured(List.of(
                new MeasuredCommitment(Metric.LATENCY, new BigDecimal(latencyMs), SAMPLE_DELAY_WINDOW,
                        delayAllowance, Rate.percent(delayPercent)),
                new MeasuredCommitment(Metric.PACKET_LOSS, new BigDecimal(lossPercent), SAMPLE_LOSS_WINDOW,
                        lossAllowance, Rate.percent(lossCreditPercent)),
                new MeasuredCommitment(Metric.JITTER, new BigDecimal(jitterMs), SAMPLE_DELAY_WINDOW,
                        delayAllowance, Rate.percent(delayPercent))));
    }

    private static QualityLevelTerms sample(QualityLevel level, String targetPercent, int responseMinutes,
                                            int restorationHours, int percentPerTenthBelow,
                                            int percentPerHalfHourResponse, int percentPerHourRestoration) {
        return new QualityLevelTerms(level, Rate.percent(targetPercent), Duration.ofMinutes(responseMinutes),
                Duration.ofHours(restorationHours),
                new AvailabilityCredit(Rate.percent("0.1"), Rate.percent(percentPerTenthBelow)),
                new OverrunCredit(Duration.ofMinutes(30), Rate.percent(percentPerHalfHourResponse)),
                new OverrunCredit(Duration.ofHours(1), Rate.percent(percentPerHourRestoration)),
                Rate.ONE);
    }

    private final Map<QualityLevel, QualityLevelTerms> levels;
    private final RoundingMode rounding;

    private QualityLevelTable(Map<QualityLevel, QualityLevelTerms> levels, RoundingMode rounding) {
        this.levels = levels;
        this.rounding = rounding;
    }

    /** A table of these levels, or every problem found, each naming its field. */
    public static Validation<Seq<QualityError>, QualityLevelTable> of(Seq<QualityLevelTerms> levels, RoundingMode rounding) {
        Objects.requireNonNull(levels, "levels");
        Objects.requireNonNull(rounding, "rounding");
        List<QualityError> problems = List.empty();
        if (levels.isEmpty()) {
            problems = problems.append(new QualityError.Empty("levels"));
        }
        problems = problems.appendAll(levels.groupBy(QualityLevelTerms::level).filterValues(same -> same.size() > 1)
                .keySet().toList().sorted().map(level -> new QualityError.Duplicate("levels." + level)));
        problems = problems.appendAll(levels.flatMap(QualityLevelTable::problemsOf));
        problems = problems.appendAll(levels.flatMap(MeasuredRules::problemsOf));
        if (rounding == RoundingMode.UNNECESSARY) {
            problems = problems.append(new QualityError.RoundingUnnecessary("rounding"));
        }
        return problems.isEmpty()
                ? Validation.valid(new QualityLevelTable(LinkedHashMap.ofEntries(levels.map(t -> Tuple.of(t.level(), t))), rounding))
                : Validation.invalid(problems);
    }

    private static Seq<QualityError> problemsOf(QualityLevelTerms t) {
        String field = "levels." + t.level();
        List<QualityError> problems = List.empty();
        if (t.availabilityTarget().compareTo(Rate.ZERO) <= 0 || t.availabilityTarget().compareTo(Rate.ONE) > 0) {
            problems = problems.append(new QualityError.OutOfRange(field + ".availabilityTarget",
                    t.availabilityTarget().toString(), "above 0% and at most 100%"));
        }
        problems = problems.appendAll(positive(field + ".responseLimit", t.responseLimit()));
        problems = problems.appendAll(positive(field + ".restorationLimit", t.restorationLimit()));
        problems = problems.appendAll(positive(field + ".responseCredit.unit", t.responseCredit().unit()));
        problems = problems.appendAll(positive(field + ".restorationCredit.unit", t.restorationCredit().unit()));
        if (t.availabilityCredit().shortfallUnit().compareTo(Rate.ZERO) <= 0) {
            problems = problems.append(new QualityError.OutOfRange(field + ".availabilityCredit.shortfallUnit",
                    t.availabilityCredit().shortfallUnit().toString(), "positive"));
        }
        if (t.cap().compareTo(Rate.ZERO) <= 0 || t.cap().compareTo(Rate.ONE) > 0) {
            problems = problems.append(new QualityError.OutOfRange(field + ".cap", t.cap().toString(),
                    "above 0% and at most 100% of the monthly rental"));
        }
        return problems;
    }

    private static Option<QualityError> positive(String field, Duration d) {
        return d.isNegative() || d.isZero()
                ? Option.some(new QualityError.OutOfRange(field, d.toString(), "positive"))
                : Option.none();
    }

    /** The terms of a level, if the table defines it. */
    public Option<QualityLevelTerms> termsOf(QualityLevel level) {
        return levels.get(level);
    }

    public boolean defines(QualityLevel level) {
        return levels.containsKey(level);
    }

    /** Every level, in the order the table was built. */
    public Seq<QualityLevelTerms> levels() {
        return levels.values().toList();
    }

    public RoundingMode rounding() {
        return rounding;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof QualityLevelTable other && levels.equals(other.levels) && rounding == other.rounding;
    }

    @Override
    public int hashCode() {
        return Objects.hash(levels, rounding);
    }

    @Override
    public String toString() {
        return "QualityLevelTable" + levels.keySet().toList().mkString("[", ", ", "]") + " rounding " + rounding;
    }
}
