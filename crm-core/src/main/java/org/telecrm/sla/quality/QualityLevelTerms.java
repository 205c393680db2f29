package org.telecrm.sla.quality;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.jmolecules.ddd.annotation.ValueObject;
import org.telecrm.money.Rate;

import java.time.Duration;
import java.util.Objects;

/**
 * What one quality level commits to, and what the provider pays when it does not: an availability target for the
 * month, a fault-response time limit, a restoration time limit, a compensation rule for each, the measured
 * commitments (latency, packet loss, jitter: {@link MeasuredCommitment}, none unless the contract names them), and a
 * cap on the month's whole credit as a share of the monthly rental. A {@link QualityLevelTable} checks the numbers
 * when it is built.
 *
 * <pre>{@code
 * QualityLevelTerms gold = new QualityLevelTerms(QualityLevel.of("L1"), Rate.percent("99.95"),
 *         Duration.ofMinutes(15), Duration.ofHours(2),
 *         new AvailabilityCredit(Rate.percent("0.1"), Rate.percent(10)),
 *         new OverrunCredit(Duration.ofMinutes(30), Rate.percent(2)),
 *         new OverrunCredit(Duration.ofHours(1), Rate.percent(5)),
 *         Rate.ONE)
 *     .withMeasured(List.of(new MeasuredCommitment(Metric.LATENCY, new BigDecimal("20"), Duration.ofMinutes(5),
 *             12, Rate.percent("0.5"))));
 * }</pre>
 *
 * @param level              the level's name
 * @param availabilityTarget the month's availability target, above 0 and at most 100%
 * @param responseLimit      the longest time from a fault's start to the provider's response
 * @param restorationLimit   the longest time a fault may keep the circuit down
 * @param availabilityCredit the credit for availability below the target
 * @param responseCredit     the credit for response time beyond the limit
 * @param restorationCredit  the credit for restoration time beyond the limit
 * @param cap                the most the month's credit can reach, as a share of the monthly rental (at most 100%)
 * @param measured           the measured commitments, at most one per {@link Metric}; empty when none
 */
@ValueObject
public record QualityLevelTerms(QualityLevel level, Rate availabilityTarget, Duration responseLimit,
                                Duration restorationLimit, AvailabilityCredit availabilityCredit,
                                OverrunCredit responseCredit, OverrunCredit restorationCredit, Rate cap,
                                Seq<MeasuredCommitment> measured) {

    public QualityLevelTerms {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(availabilityTarget, "availabilityTarget");
        Objects.requireNonNull(responseLimit, "responseLimit");
        Objects.requireNonNull(restorationLimit, "restorationLimit");
        Objects.requireNonNull(availabilityCredit, "availabilityCredit");
        Objects.requireNonNull(responseCredit, "responseCredit");
        Objects.requireNonNull(restorationCredit, "restorationCredit");
        Objects.requireNonNull(cap, "cap");
        measured = List.ofAll(Objects.requireNonNull(measured, "measured"));
    }

    /** A level that commits to availability and time limits only (no measured commitment). */
    public QualityLevelTerms(QualityLevel level, Rate availabilityTarget, Duration responseLimit,
                             Duration restorationLimit, AvailabilityCredit availabilityCredit,
                             OverrunCredit responseCredit, OverrunCredit restorationCredit, Rate cap) {
        this(level, availabilityTarget, responseLimit, restorationLimit, availabilityCredit, responseCredit,
                restorationCredit, cap, List.empty());
    }

    /** These terms with these measured commitments instead of their own. */
    public QualityLevelTerms withMeasured(Seq<MeasuredCommitment> commitments) {
        return new QualityLevelTerms(level, availabilityTarget, responseLimit, restorationLimit, availabilityCredit,
                responseCredit, restorationCredit, cap, commitments);
    }

    /** The commitment on a metric, if this level makes one. */
    public io.vavr.control.Option<MeasuredCommitment> commitmentOn(Metric metric) {
        return measured.find(c -> c.metric() == metric);
    }
}
