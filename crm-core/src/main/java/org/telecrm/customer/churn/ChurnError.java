package org.telecrm.customer.churn;

import org.telecrm.kernel.FieldError;

/**
 * Why churn rules or a churn case were refused. Every error names the field it is about.
 *
 * <pre>{@code
 * ChurnEarlyWarning.sample().assess(ChurnCase.of(CustomerGroup.PUBLIC, List.empty()))
 *         .getError().head().message();   // "spendHistory must not be empty"
 * }</pre>
 */
public sealed interface ChurnError extends FieldError {

    /** The field the problem is in, e.g. {@code "spendHistory[2].spend"} or {@code "warningDrop"}. */
    String field();

    /** A sentence that says what is wrong, naming the field. */
    String message();

    record Empty(String field) implements ChurnError {
        public String message() {
            return field + " must not be empty";
        }
    }

    record Negative(String field, String was) implements ChurnError {
        public String message() {
            return field + " must not be negative, was " + was;
        }
    }

    /** A month that does not follow the one before it. */
    record NotConsecutive(String field, String expected, String was) implements ChurnError {
        public String message() {
            return field + " must be " + expected + ", the month after the one before it, was " + was;
        }
    }

    /** Too few months before the assessed one to form a baseline. */
    record InsufficientHistory(String field, int needed, int had) implements ChurnError {
        public String message() {
            return field + " needs at least " + needed + " months before the assessed month to form a baseline, had " + had;
        }
    }

    /** A number outside the range the rule allows. */
    record OutOfRange(String field, String was, String range) implements ChurnError {
        public String message() {
            return field + " must be " + range + ", was " + was;
        }
    }

    /** Spend-drop thresholds that do not rise strictly from watch to warning to critical. */
    record NotIncreasing(String field, String was, String lowerField, String lower) implements ChurnError {
        public String message() {
            return field + " (" + was + ") must be above " + lowerField + " (" + lower + ")";
        }
    }
}
