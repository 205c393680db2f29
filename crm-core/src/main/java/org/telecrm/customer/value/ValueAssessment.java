package org.telecrm.customer.value;

import io.vavr.collection.Seq;
import org.jmolecules.ddd.annotation.ValueObject;
import org.telecrm.customer.KeyAccountGrade;

/**
 * The value assessment of one key account: the points each factor earned, and the grade the score reaches.
 * Current, potential, tangible and intangible value are derived from the reasons, never stored beside them.
 *
 * <pre>{@code
 * ValueAssessment a = KeyAccountValuation.sample().assess(facts).get();
 * a.grade();            // e.g. THREE_A
 * a.currentValue();     // points of current value (direct + added)
 * a.potentialValue();   // points of potential value (direct + indirect method)
 * a.intangibleValue();  // kept apart from the tangible value
 * a.describe();         // one line per factor, then the grade and why
 * }</pre>
 *
 * @param reasons    the points per factor, in the order of the parts of value
 * @param grade      the grade the score reaches
 * @param thresholds the thresholds the grade was read from
 */
@ValueObject
public record ValueAssessment(Seq<ValueReason> reasons, KeyAccountGrade grade, GradeThresholds thresholds) {

    public long points(ValueComponent component) {
        return reasons.filter(r -> r.component() == component).map(ValueReason::points).sum().longValue();
    }

    /** Direct value plus added value. */
    public long currentValue() {
        return points(ValueComponent.CURRENT_DIRECT) + points(ValueComponent.CURRENT_ADDED);
    }

    /** Potential value by the direct and the indirect method. */
    public long potentialValue() {
        return points(ValueComponent.POTENTIAL_DIRECT) + points(ValueComponent.POTENTIAL_INDIRECT);
    }

    /** Current plus potential value: everything measured in money. */
    public long tangibleValue() {
        return currentValue() + potentialValue();
    }

    public long intangibleValue() {
        return points(ValueComponent.INTANGIBLE);
    }

    /** The score graded: tangible plus intangible value. */
    public long score() {
        return tangibleValue() + intangibleValue();
    }

    /** One line per factor, then the score and the band it falls in. */
    public Seq<String> describe() {
        String band = grade == KeyAccountGrade.FIVE_A
                ? "the top grade, from " + thresholds.startOf(grade)
                : "from " + thresholds.startOf(grade) + " up to "
                + KeyAccountGrade.of(grade.level() + 1).map(next -> next.label() + " at " + thresholds.startOf(next)).get();
        return reasons.map(ValueReason::describe)
                .append("score " + score() + " points (tangible " + tangibleValue() + ", intangible " + intangibleValue()
                        + "): grade " + grade.label() + " (" + band + ")");
    }
}
