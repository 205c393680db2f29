package org.telecrm.customer.value;

import org.telecrm.customer.KeyAccountGrade;
import org.telecrm.kernel.FieldError;

/**
 * Why a value table or a customer's value facts were refused. Every error names the field it is about, so a
 * host can point at the offending setting or input.
 *
 * <pre>{@code
 * KeyAccountValuation.sample().assess(ValueFacts.ofMonthlyRevenue(List.empty()))
 *         .getError().head().message();   // "monthlyRevenue must not be empty"
 * }</pre>
 */
public sealed interface ValueError extends FieldError {

    /** The field the problem is in, e.g. {@code "monthlyRevenue[3]"} or {@code "thresholds.THREE_A"}. */
    String field();

    /** A sentence that says what is wrong, naming the field. */
    String message();

    /** An amount or a count that may not be negative. */
    record Negative(String field, String was) implements ValueError {
        public String message() {
            return field + " must not be negative, was " + was;
        }
    }

    /** A number outside the range the rule allows ({@code max} is {@code Long.MAX_VALUE} when there is no upper limit). */
    record OutOfRange(String field, long was, long min, long max) implements ValueError {
        public String message() {
            return field + (max == Long.MAX_VALUE ? " must be at least " + min : " must be between " + min + " and " + max)
                    + ", was " + was;
        }
    }

    /** A list that must hold at least one entry. */
    record Empty(String field) implements ValueError {
        public String message() {
            return field + " must not be empty";
        }
    }

    /** A table that must have an entry for every key of an enumeration lacks one. */
    record Missing(String field) implements ValueError {
        public String message() {
            return field + " is missing: the table must have an entry for it";
        }
    }

    /** Grade thresholds that do not rise strictly from one grade to the next, so two grades' bands overlap. */
    record Overlapping(KeyAccountGrade lower, long lowerFrom, KeyAccountGrade upper, long upperFrom) implements ValueError {
        public String field() {
            return "thresholds." + upper.name();
        }

        public String message() {
            return field() + " (" + upper.label() + ") starts at " + upperFrom + " points, which is not above "
                    + lower.label() + "'s " + lowerFrom + ": the grades' bands would overlap";
        }
    }

    /** The lowest grade must start at zero points, so that every score has a grade. */
    record LowestGradeAboveZero(long was) implements ValueError {
        public String field() {
            return "thresholds." + KeyAccountGrade.ONE_A.name();
        }

        public String message() {
            return field() + " must be 0 so that every score has a grade, was " + was;
        }
    }

    /**
     * Facts whose figures take a result past what can be stated exactly: a year's revenue or a prediction beyond the
     * largest amount, or points beyond the largest count ({@code Long.MAX_VALUE}).
     */
    record TooLarge(String field, String problem) implements ValueError {
        public String message() {
            return field + ": " + problem;
        }
    }
}
