package org.telecrm.customer.aggregate;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.jmolecules.ddd.annotation.ValueObject;
import org.telecrm.customer.CustomerId;
import org.telecrm.customer.KeyAccountGrade;
import org.telecrm.customer.value.ValueAssessment;
import org.telecrm.kernel.Changed;

import java.time.Instant;
import java.util.Objects;

/**
 * A key account's grade with the reason it was given: the value assessment's score and its lines
 * ({@link ValueAssessment#describe()}), and when it was assessed.
 *
 * <pre>{@code
 * GradeRecord g = GradeRecord.of(KeyAccountValuation.sample().assess(facts).get(), Instant.parse("2026-04-01T00:00:00Z"));
 * g.grade();     // e.g. THREE_A
 * g.reasons();   // "current direct value: revenue CNY 1200000.00 a year ... -> 120 points", ..., "score 150 points ..."
 * }</pre>
 *
 * @param grade      1A to 5A
 * @param score      the assessment's score in points
 * @param reasons    the assessment's lines, one per factor, then the score and its band
 * @param assessedAt when the grade was set from the assessment
 */
@ValueObject
public record GradeRecord(KeyAccountGrade grade, long score, Seq<String> reasons, Instant assessedAt) {

    public GradeRecord {
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(reasons, "reasons");
        Objects.requireNonNull(assessedAt, "assessedAt");
    }

    public static GradeRecord of(ValueAssessment assessment, Instant assessedAt) {
        return new GradeRecord(assessment.grade(), assessment.score(), assessment.describe(), assessedAt);
    }

    /**
     * A key account's grade set from {@code assessment} at {@code at}, after the {@code current} one: the same grade
     * again changes nothing (the reason on record stays the one the grade was given for); an assessment dated before
     * the current one (or the registration) is {@link CustomerRejection.OutOfOrder}.
     */
    static Either<CustomerRejection, Changed<Option<GradeRecord>, CustomerEvent>> regrade(
            CustomerId owner, Option<GradeRecord> current, ValueAssessment assessment, Instant registeredAt, Instant at) {
        if (current.exists(g -> g.grade() == assessment.grade())) {
            return Either.right(Changed.nothing(current));
        }
        Instant latest = current.map(GradeRecord::assessedAt).getOrElse(registeredAt);
        if (at.isBefore(latest)) {
            return Either.left(new CustomerRejection.OutOfOrder(owner, "grade assessment", latest, at));
        }
        GradeRecord graded = of(assessment, at);
        return Either.right(Changed.of(Option.some(graded),
                List.of(graded.changedFrom(owner, current.map(GradeRecord::grade)))));
    }

    /** The event announcing this grade, given after {@code from}. */
    CustomerEvent changedFrom(CustomerId owner, Option<KeyAccountGrade> from) {
        return new CustomerEvent.GradeChanged(owner, from, grade, score, reasons, assessedAt);
    }
}
