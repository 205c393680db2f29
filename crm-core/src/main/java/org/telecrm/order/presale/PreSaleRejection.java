package org.telecrm.order.presale;

import io.vavr.control.Option;
import org.telecrm.order.OrderKind;
import org.telecrm.order.aggregate.Node;
import org.telecrm.order.aggregate.ReturnVisitOutcome;
import org.telecrm.order.aggregate.ServiceOrderId;
import org.telecrm.order.aggregate.ServiceOrderRejection;
import org.telecrm.sla.CircuitId;

/**
 * Why a pre-sale response was not handed over into a provisioning order ({@link PreSale#handOver}). Each says what
 * and where; a refused hand-over changes nothing.
 */
public sealed interface PreSaleRejection {

    String message();

    /** Only a pre-sale response is handed over. */
    record NotPreSale(ServiceOrderId order, OrderKind kind) implements PreSaleRejection {
        public String message() {
            return "order " + order + " is a " + kind + " order; only a PRE_SALE response is handed over";
        }
    }

    /** The customer has not agreed to the solution: the order is not return-visited with a satisfied answer. */
    record NotAgreed(ServiceOrderId order, Node node, Option<ReturnVisitOutcome> answer) implements PreSaleRejection {
        public String message() {
            return "order " + order + ": the customer has not agreed to the solution (" + node
                    + answer.map(a -> ", answered " + a).getOrElse("") + "); hand over after a satisfied answer";
        }
    }

    /** A provisioning order is about one circuit at least. */
    record NoCircuit(ServiceOrderId order) implements PreSaleRejection {
        public String message() {
            return "order " + order + ": a hand-over names the circuits to provision, none was given";
        }
    }

    /** A circuit is provisioned once: each is one item of the provisioning order. */
    record RepeatedCircuit(ServiceOrderId order, CircuitId circuit) implements PreSaleRejection {
        public String message() {
            return "order " + order + ": circuit " + circuit + " is named twice in the hand-over";
        }
    }

    /** The pre-sale order could not be closed (paused, or the instant is before its latest one). */
    record CloseRefused(ServiceOrderRejection refused) implements PreSaleRejection {
        public String message() {
            return refused.message();
        }
    }
}
