package org.telecrm.sla.quality;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.telecrm.money.Money;
import org.telecrm.money.Rate;

import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;

/**
 * The measured commitments' part of the quality engine ({@link QualityCompensation#assessMeasured}): for each
 * commitment of the case's level, the measured period's windows, the measurements of its metric whose window starts
 * inside the period (others, and measurements of a metric the level does not commit to, are ignored), the breached
 * windows (value above the limit), those beyond the allowance, and their share of the monthly rental; the credit is
 * what these shares add to the outages' accrued share, the level's cap bounding the sum, rounded once to the fen.
 */
final class MeasuredCompensation {

    private MeasuredCompensation() {
    }

    static Either<QualityError, MeasuredAssessment> assess(QualityAssessment outages, Seq<Measurement> measurements,
                                                           RoundingMode rounding) {
        QualityCase c = outages.of();
        for (QualityError problem : firstProblem(outages, measurements)) {
            return Either.left(problem);
        }
        Instant from = outages.periodStart();
        Instant to = outages.periodEnd();
        Seq<MeasuredAssessment.CommitmentResult> results = List.ofAll(outages.terms().measured()).map(commitment -> {
            Seq<Measurement> inPeriod = measurements.filter(m -> m.metric() == commitment.metric()
                    && !m.windowStart().isBefore(from) && m.windowStart().isBefore(to));
            long windows = Duration.between(from, to).dividedBy(commitment.window());
            long breached = inPeriod.count(m -> commitment.breachedBy(m.value()));
            long credited = Math.max(0, breached - commitment.allowance());
            return new MeasuredAssessment.CommitmentResult(commitment, windows, inPeriod.size(), breached, credited,
                    commitment.perBreachedWindow().times(credited));
        });
        Rate accrued = new Rate(results.map(r -> r.share().fraction()).fold(java.math.BigDecimal.ZERO,
                java.math.BigDecimal::add));
        Rate combined = new Rate(outages.accruedShare().fraction().add(accrued.fraction()));
        Rate cap = outages.terms().cap();
        boolean capped = combined.isAtLeast(cap);
        Money total = c.monthlyRental().times(capped ? cap : combined, rounding);
        return Either.right(new MeasuredAssessment(outages, results, accrued, total.minus(outages.credit()), capped));
    }

    /** The first measurement of another circuit, with a negative value, off its windows' boundaries, or repeated. */
    private static Option<QualityError> firstProblem(QualityAssessment outages, Seq<Measurement> measurements) {
        QualityCase c = outages.of();
        for (Measurement m : measurements) {
            if (!m.circuit().equals(c.circuit())) {
                return Option.some(new QualityError.MeasurementOfAnotherCircuit(m.field() + ".circuit", c.circuit(),
                        m.circuit()));
            }
            if (m.value().signum() < 0) {
                return Option.some(new QualityError.OutOfRange(m.field() + ".value", m.value().toPlainString(),
                        "0 or more " + m.metric().unit()));
            }
        }
        for (MeasuredCommitment commitment : outages.terms().measured()) {
            Seq<Measurement> ofMetric = measurements.filter(m -> m.metric() == commitment.metric());
            for (Measurement m : ofMetric) {
                Duration offset = Duration.between(outages.periodStart(), m.windowStart());
                if (!offset.isNegative() && offset.toNanos() % commitment.window().toNanos() != 0) {
                    return Option.some(new QualityError.OutOfRange(m.field() + ".windowStart",
                            m.windowStart().toString(), "on a " + commitment.window() + " window boundary from "
                            + outages.periodStart()));
                }
            }
            for (Measurement twice : ofMetric.groupBy(Measurement::windowStart).filterValues(same -> same.size() > 1)
                    .values().map(Seq::head).toList().sortBy(Measurement::windowStart)) {
                return Option.some(new QualityError.Duplicate(twice.field()));
            }
        }
        return Option.none();
    }
}
