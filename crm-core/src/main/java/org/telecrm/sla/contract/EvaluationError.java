package org.telecrm.sla.contract;

import org.telecrm.sla.CircuitId;
import org.telecrm.sla.SlaContractId;
import org.telecrm.sla.provisioning.AssessmentError;
import org.telecrm.sla.quality.QualityError;

/**
 * Why a contract could not evaluate an order or a month. Each message names the field.
 *
 * <pre>{@code
 * contract.evaluateOrder(order, calendar).getLeft().message();
 * // e.g. "circuit DDN-9 is not covered by contract SLA-2026-0042"
 * }</pre>
 */
public sealed interface EvaluationError {

    String message();

    /** Whether the evaluation waits for a year's schedule (a provisioning assessment not yet known). */
    default boolean notYetKnown() {
        return false;
    }

    /** A draft owes nothing yet. */
    record NotActivated(SlaContractId contract) implements EvaluationError {
        public String message() {
            return "contract " + contract + " is a draft: nothing is evaluated before it is signed";
        }
    }

    record UnknownCircuit(SlaContractId contract, CircuitId circuit) implements EvaluationError {
        public String message() {
            return "circuit " + circuit + " is not covered by contract " + contract;
        }
    }

    /** A date (an acceptance, a month) outside the contract's coverage; {@code field} names it. */
    record NotCovered(String field, String value, String coverage) implements EvaluationError {
        public String message() {
            return field + " " + value + " is outside the contract's coverage " + coverage;
        }
    }

    record Provisioning(AssessmentError cause) implements EvaluationError {
        public String message() {
            return cause.message();
        }

        public boolean notYetKnown() {
            return cause.notYetKnown();
        }
    }

    record Quality(QualityError cause) implements EvaluationError {
        public String message() {
            return cause.message();
        }
    }
}
