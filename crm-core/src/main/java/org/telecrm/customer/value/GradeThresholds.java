package org.telecrm.customer.value;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import org.jmolecules.ddd.annotation.ValueObject;
import org.telecrm.customer.KeyAccountGrade;

import java.util.Objects;

/**
 * The value score each key-account grade starts at (rules.md section 2: "grade thresholds on a value score are
 * configuration"). A score has the highest grade whose threshold it reaches.
 *
 * <p>Valid when every grade has a threshold, 1A starts at 0 (so every score has exactly one grade), and each
 * grade starts strictly above the one below it (so no two bands overlap): see {@link #problems()}.
 *
 * <pre>{@code
 * GradeThresholds t = GradeThresholds.SAMPLE;   // 1A 0, 2A 50, 3A 100, 4A 300, 5A 1000 points
 * t.gradeFor(99);    // TWO_A
 * t.gradeFor(100);   // THREE_A: a threshold belongs to the grade it starts
 * }</pre>
 *
 * @param startsAt the lowest score of each grade, in points
 */
@ValueObject
public record GradeThresholds(Map<KeyAccountGrade, Long> startsAt) {

    /**
     * Library sample default, not from the sources (the seed gives no numbers): with the sample
     * {@link ValueTable} one point is CNY 10,000 (1 万元) of yearly revenue, so a customer billing CNY 1,000,000
     * a year with nothing else reaches 3A.
     */
    public static final GradeThresholds SAMPLE = of(0, 50, 100, 300, 1000);

    public GradeThresholds {
        Objects.requireNonNull(startsAt, "startsAt");
    }

    /** Thresholds for 1A..5A in order, e.g. {@code of(0, 50, 100, 300, 1000)}. */
    public static GradeThresholds of(long oneA, long twoA, long threeA, long fourA, long fiveA) {
        return new GradeThresholds(LinkedHashMap.of(KeyAccountGrade.ONE_A, oneA, KeyAccountGrade.TWO_A, twoA,
                KeyAccountGrade.THREE_A, threeA, KeyAccountGrade.FOUR_A, fourA, KeyAccountGrade.FIVE_A, fiveA));
    }

    /** Every reason these thresholds cannot grade a score; empty when they can. */
    public Seq<ValueError> problems() {
        List<ValueError> problems = List.empty();
        for (KeyAccountGrade grade : KeyAccountGrade.values()) {
            if (!startsAt.containsKey(grade)) {
                problems = problems.append(new ValueError.Missing("thresholds." + grade.name()));
            }
        }
        long lowest = startsAt.get(KeyAccountGrade.ONE_A).getOrElse(0L);
        if (lowest != 0) {
            problems = problems.append(new ValueError.LowestGradeAboveZero(lowest));
        }
        KeyAccountGrade[] grades = KeyAccountGrade.values();
        for (int i = 1; i < grades.length; i++) {
            KeyAccountGrade lower = grades[i - 1];
            KeyAccountGrade upper = grades[i];
            if (startsAt.containsKey(lower) && startsAt.containsKey(upper)
                    && startsAt.get(upper).get() <= startsAt.get(lower).get()) {
                problems = problems.append(new ValueError.Overlapping(lower, startsAt.get(lower).get(),
                        upper, startsAt.get(upper).get()));
            }
        }
        return problems;
    }

    /** The grade of a non-negative score; only for thresholds without {@link #problems()}. */
    public KeyAccountGrade gradeFor(long score) {
        KeyAccountGrade grade = KeyAccountGrade.ONE_A;
        for (KeyAccountGrade candidate : KeyAccountGrade.values()) {
            if (score >= startsAt.get(candidate).get()) {
                grade = candidate;
            }
        }
        return grade;
    }

    /** The threshold a grade starts at. */
    public long startOf(KeyAccountGrade grade) {
        return startsAt.get(grade).get();
    }
}
