package org.telecrm.sla.quality;

import io.vavr.collection.List;
import io.vavr.collection.Seq;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * The checks a {@link QualityLevelTable} makes of a level's measured commitments: at most one per metric; a positive
 * limit, at most 100% for packet loss; a positive window that divides a day (so that every day's windows start at its
 * midnight); a non-negative allowance; a positive credit per breached window.
 */
final class MeasuredRules {

    /** Packet loss is a share of the packets sent: its limit is at most 100 (%). */
    static final BigDecimal MAX_LOSS_PERCENT = BigDecimal.valueOf(100);

    private static final long DAY_NANOS = Duration.ofDays(1).toNanos();

    private MeasuredRules() {
    }

    static Seq<QualityError> problemsOf(QualityLevelTerms t) {
        String level = "levels." + t.level() + ".measured";
        List<QualityError> problems = t.measured().groupBy(MeasuredCommitment::metric)
                .filterValues(same -> same.size() > 1).keySet().toList().sorted()
                .map(metric -> new QualityError.Duplicate(level + "." + metric));
        for (MeasuredCommitment c : t.measured()) {
            String field = level + "." + c.metric();
            if (c.limit().signum() <= 0 || c.metric() == Metric.PACKET_LOSS && c.limit().compareTo(MAX_LOSS_PERCENT) > 0) {
                problems = problems.append(new QualityError.OutOfRange(field + ".limit", c.limit().toPlainString(),
                        c.metric() == Metric.PACKET_LOSS ? "above 0% and at most 100%" : "positive"));
            }
            if (c.window().isNegative() || c.window().isZero() || c.window().compareTo(Duration.ofDays(1)) > 0
                    || DAY_NANOS % c.window().toNanos() != 0) {
                problems = problems.append(new QualityError.OutOfRange(field + ".window", c.window().toString(),
                        "positive and a divisor of a day"));
            }
            if (c.allowance() < 0) {
                problems = problems.append(new QualityError.OutOfRange(field + ".allowance",
                        String.valueOf(c.allowance()), "0 or more"));
            }
            if (c.perBreachedWindow().compareTo(org.telecrm.money.Rate.ZERO) <= 0) {
                problems = problems.append(new QualityError.OutOfRange(field + ".perBreachedWindow",
                        c.perBreachedWindow().toString(), "positive"));
            }
        }
        return problems;
    }
}
