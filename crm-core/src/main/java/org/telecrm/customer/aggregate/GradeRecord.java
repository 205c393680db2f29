package org.telecrm.customer.aggregate;

import io.vavr.collection.Seq;
import org.jmolecules.ddd.annotation.ValueObject;
import org.telecrm.customer.KeyAccountGrade;
import org.telecrm.customer.value.ValueAssessment;

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
}
