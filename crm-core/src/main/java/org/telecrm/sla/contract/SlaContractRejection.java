package org.telecrm.sla.contract;

import io.vavr.collection.Seq;
import org.telecrm.money.Money;
import org.telecrm.sla.CircuitId;
import org.telecrm.sla.SlaContractId;
import org.telecrm.sla.claim.BreachId;
import org.telecrm.sla.claim.ClaimId;
import org.telecrm.sla.claim.ClaimStatus;

import java.time.LocalDate;

/**
 * Why an SLA contract refused a command: each a named domain fact whose {@link #message()} says what and where. A
 * refused command changes nothing.
 *
 * <pre>{@code
 * draft.activate(signing, at).getLeft().message();
 * // e.g. "contract SLA-2026-0042 cannot be activated without a circuit"
 * }</pre>
 */
public sealed interface SlaContractRejection {

    String message();

    /** The command is not allowed in the contract's current state. */
    record NotInState(SlaContractId contract, String command, ContractStatus.Kind state, String allowed)
            implements SlaContractRejection {
        public String message() {
            return "contract " + contract + " is " + state + ": " + command + " is allowed only " + allowed;
        }
    }

    /** The personalised terms name another contract (their clauses would be audited under the wrong contract). */
    record TermsOfAnotherContract(SlaContractId contract, String termsReference) implements SlaContractRejection {
        public String message() {
            return "terms.provisioning names contract " + termsReference + ", not " + contract;
        }
    }

    record BlankText(String field) implements SlaContractRejection {
        public String message() {
            return field + " must not be blank";
        }
    }

    record NegativeAmount(String field, Money amount) implements SlaContractRejection {
        public String message() {
            return field + " must not be negative, was " + amount.toPlainString();
        }
    }

    /** Another circuit with the same identifier is already covered. */
    record DuplicateCircuit(CircuitId circuit) implements SlaContractRejection {
        public String message() {
            return "circuit " + circuit + " is already covered, with other details";
        }
    }

    record UnknownCircuit(SlaContractId contract, CircuitId circuit) implements SlaContractRejection {
        public String message() {
            return "circuit " + circuit + " is not covered by contract " + contract;
        }
    }

    /** Activation requires at least one circuit. */
    record NoCircuits(SlaContractId contract) implements SlaContractRejection {
        public String message() {
            return "contract " + contract + " cannot be activated without a circuit";
        }
    }

    /** The terms do not cover every circuit (e.g. a circuit's quality level missing from the table). */
    record IncompleteTerms(SlaContractId contract, Seq<String> problems) implements SlaContractRejection {
        public String message() {
            return "the terms of contract " + contract + " are incomplete: " + problems.mkString("; ");
        }
    }

    /** A date outside what the command allows; {@code field} names it. */
    record DateOutOfRange(String field, LocalDate date, String allowed) implements SlaContractRejection {
        public String message() {
            return field + " " + date + " must be " + allowed;
        }
    }

    record UnknownClaim(SlaContractId contract, ClaimId claim) implements SlaContractRejection {
        public String message() {
            return "claim " + claim + " is not a claim of contract " + contract;
        }
    }

    /** The claim id is already the id of a claim for another breach. */
    record ClaimIdInUse(ClaimId claim, BreachId existingBreach) implements SlaContractRejection {
        public String message() {
            return "claim " + claim + " already exists, for breach " + existingBreach;
        }
    }

    /** The breach's evidence does not fit this contract; {@code why} says how. */
    record NotThisContractsBreach(BreachId breach, String why) implements SlaContractRejection {
        public String message() {
            return "breach " + breach + " cannot be claimed under this contract: " + why;
        }
    }

    /** The breach was evaluated under another terms version than the one in force at its date. */
    record StaleTerms(BreachId breach, int used, int inForce, LocalDate termsDate) implements SlaContractRejection {
        public String message() {
            return "breach " + breach + " was evaluated under terms version " + used + ", but version " + inForce
                    + " is in force on " + termsDate + "; evaluate it again";
        }
    }

    record NothingOwed(BreachId breach) implements SlaContractRejection {
        public String message() {
            return "breach " + breach + " owes nothing: a claim needs a positive amount";
        }
    }

    /** The breach's amount can still change (an open order, a month not over). */
    record BreachNotFinal(BreachId breach, String why) implements SlaContractRejection {
        public String message() {
            return "breach " + breach + " cannot be claimed yet: " + why;
        }
    }

    /** The claim's state does not allow the command. */
    record ClaimNotInState(ClaimId claim, ClaimStatus.Kind state, String command, String allowed)
            implements SlaContractRejection {
        public String message() {
            return "claim " + claim + " is " + state + ": " + command + " is allowed only " + allowed;
        }
    }

    /**
     * A quality or measured breach assessed on other outage records than the claim already raised for the other breach
     * of the same circuit and month: both rest on one assessment of the month's outages.
     */
    record OtherOutageEvidence(BreachId breach, ClaimId claim, BreachId sibling) implements SlaContractRejection {
        public String message() {
            return "breach " + breach + " was assessed on other outages than claim " + claim + " for breach " + sibling
                    + "; evaluate the month again on the same outage records";
        }
    }
}
