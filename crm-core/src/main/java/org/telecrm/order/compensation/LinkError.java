package org.telecrm.order.compensation;

import org.telecrm.order.OrderKind;
import org.telecrm.order.aggregate.MeasureError;
import org.telecrm.order.aggregate.ServiceOrderId;
import org.telecrm.sla.SlaContractId;
import org.telecrm.sla.contract.EvaluationError;

/**
 * Why an order could not be turned into a compensation input. {@link #message()} says what and where.
 *
 * <pre>{@code
 * CompensationLink.outages(provisioningOrder, OutageCause.PROVIDER).getLeft().message();
 * // "order SO-1: an outage record needs a FAULT_REPORT order, this is a PROVISIONING order"
 * }</pre>
 */
public sealed interface LinkError {

    String message();

    /** Whether the answer waits for a year's schedule (money on a day no calendar version knows yet). */
    default boolean notYetKnown() {
        return false;
    }

    record WrongKind(ServiceOrderId order, OrderKind needed, OrderKind kind, String what) implements LinkError {
        public String message() {
            return "order " + order + ": " + what + " needs a " + needed + " order, this is a " + kind + " order";
        }
    }

    /** A provisioning order that was cancelled is not evaluated for late opening. */
    record NotApplicable(ServiceOrderId order, String reason) implements LinkError {
        public String message() {
            return "order " + order + ": " + reason;
        }
    }

    record OtherContract(ServiceOrderId order, String orderContract, SlaContractId given) implements LinkError {
        public String message() {
            return "order " + order + ": contract is " + orderContract + ", not " + given;
        }
    }

    record Unmeasurable(MeasureError error) implements LinkError {
        public String message() {
            return error.message();
        }
    }

    record Evaluation(ServiceOrderId order, EvaluationError error) implements LinkError {
        public String message() {
            return "order " + order + ": " + error.message();
        }

        public boolean notYetKnown() {
            return error.notYetKnown();
        }
    }
}
