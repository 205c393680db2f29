package org.telecrm.sla.quality;

import org.telecrm.kernel.FieldError;
import org.telecrm.money.Money;
import org.telecrm.sla.CircuitId;

import java.time.Instant;

/**
 * Why a quality-level table or a quality case was refused. Every error names the field it is about, and its
 * message starts with that field.
 *
 * <pre>{@code
 * QualityLevelTable.of(List.of(terms), RoundingMode.HALF_UP)
 *         .fold(errors -> errors.map(QualityError::message), ok -> List.empty());
 * // e.g. "levels.L1.availabilityTarget must be above 0% and at most 100%, was 101%"
 * }</pre>
 */
public sealed interface QualityError extends FieldError {

    /** The field the problem is in, e.g. {@code "levels.L1.cap"} or {@code "outages[T-7].end"}. */
    String field();

    /** A sentence that says what is wrong, starting with the field. */
    String message();

    /** A table with no level at all. */
    record Empty(String field) implements QualityError {
        public String message() {
            return field + " must name at least one quality level";
        }
    }

    /** Two entries for the same level. */
    record Duplicate(String field) implements QualityError {
        public String message() {
            return field + " is defined more than once";
        }
    }

    /** A number outside what the rule allows (a target above 100%, a zero limit, a cap above the rental). */
    record OutOfRange(String field, String was, String allowed) implements QualityError {
        public String message() {
            return field + " must be " + allowed + ", was " + was;
        }
    }

    record RoundingUnnecessary(String field) implements QualityError {
        public String message() {
            return field + " must name a rounding; UNNECESSARY cannot round a fraction of a fen";
        }
    }

    /** A case names a level the table does not define. */
    record UnknownLevel(String field, QualityLevel level) implements QualityError {
        public String message() {
            return field + " " + level + " is not a level of the quality-level table";
        }
    }

    record NegativeAmount(String field, Money amount) implements QualityError {
        public String message() {
            return field + " must not be negative, was " + amount.toPlainString();
        }
    }

    record OutageEndsBeforeStart(String field, Instant start, Instant end) implements QualityError {
        public String message() {
            return field + " " + end + " is before the outage's start " + start;
        }
    }

    /** A response time outside the outage it answers (before it started or after it was restored). */
    record ResponseOutsideOutage(String field, Instant respondedAt, Instant start, Instant end) implements QualityError {
        public String message() {
            return field + " " + respondedAt + " is outside the outage " + start + " .. " + end;
        }
    }

    /** A measurement of another circuit than the case's. */
    record MeasurementOfAnotherCircuit(String field, CircuitId expected, CircuitId was) implements QualityError {
        public String message() {
            return field + " is " + was + ", but the case is about circuit " + expected;
        }
    }

    record OutageOfAnotherCircuit(String field, CircuitId expected, CircuitId was) implements QualityError {
        public String message() {
            return field + " is " + was + ", but the case is about circuit " + expected;
        }
    }
}
