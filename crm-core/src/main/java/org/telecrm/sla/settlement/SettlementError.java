package org.telecrm.sla.settlement;

import org.telecrm.sla.CircuitId;
import org.telecrm.sla.SlaContractId;

import java.time.YearMonth;

/**
 * Why a contract's month cannot be settled at all (problems with single orders or outages are
 * {@link SettlementProblem}s in the statement instead).
 */
public sealed interface SettlementError {

    String message();

    record NotActivated(SlaContractId contract) implements SettlementError {
        public String message() {
            return "contract " + contract + " is a draft: there is nothing to settle before it is signed";
        }
    }

    record MonthNotCovered(SlaContractId contract, YearMonth month, String coverage) implements SettlementError {
        public String message() {
            return "month " + month + " is outside contract " + contract + "'s coverage " + coverage;
        }
    }

    /** A circuit's month could not be evaluated at all (a stored contract whose terms do not cover it). */
    record CircuitNotEvaluated(CircuitId circuit, String reason) implements SettlementError {
        public String message() {
            return "circuit " + circuit + ": " + reason;
        }
    }
}
