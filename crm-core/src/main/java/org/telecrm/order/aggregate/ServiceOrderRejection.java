package org.telecrm.order.aggregate;

import io.vavr.collection.Seq;
import org.telecrm.order.OrderKind;
import org.telecrm.order.clock.ClockError;
import org.telecrm.privacy.purpose.PurposeRejection;
import org.telecrm.sla.CircuitId;

import java.time.Instant;

/**
 * Why a command on a service order was refused. Each is a named domain fact; {@link #message()} says what and where.
 * A refused command changes nothing.
 *
 * <pre>{@code
 * order.complete(party, staff, at, "").getLeft().message();
 * // "order SO-1: cannot go from ACCEPTED to COMPLETED; allowed: DISPATCHED, CANCELLED"
 * }</pre>
 */
public sealed interface ServiceOrderRejection {

    String message();

    /** The transition is not in the node flow. */
    record IllegalTransition(ServiceOrderId order, Node from, Node to, Seq<Node> allowed) implements ServiceOrderRejection {
        public String message() {
            return "order " + order + ": cannot go from " + from + " to " + to + "; allowed: "
                    + (allowed.isEmpty() ? "none, " + from + " is final" : allowed.mkString(", "));
        }
    }

    /** A closed or cancelled order takes no command. */
    record Finished(ServiceOrderId order, Node node) implements ServiceOrderRejection {
        public String message() {
            return "order " + order + " is " + node + "; closed and cancelled orders are final";
        }
    }

    /** The instant is before the order's latest recorded instant: the trail never goes back in time. */
    record OutOfOrder(ServiceOrderId order, String field, Instant at, Instant notBefore) implements ServiceOrderRejection {
        public String message() {
            return "order " + order + ": " + field + " " + at + " is before " + notBefore + ", the latest instant recorded";
        }
    }

    /** The clock is paused: the order waits on the customer; resume it first (only a cancellation ends a pause itself). */
    record WaitingOnCustomer(ServiceOrderId order, Instant since) implements ServiceOrderRejection {
        public String message() {
            return "order " + order + ": the clock is paused since " + since + "; resume it before moving the order";
        }
    }

    /** The pause ledger refused the pause or resumption. */
    record PauseRefused(ServiceOrderId order, ClockError error) implements ServiceOrderRejection {
        public String message() {
            return "order " + order + ": " + error.message();
        }
    }

    /** Provisioning and fault orders need the circuit they are about (for the SLA claim and the outage record). */
    record MissingCircuit(ServiceOrderId order, OrderKind kind) implements ServiceOrderRejection {
        public String message() {
            return "order " + order + ": circuit is required for a " + kind + " order";
        }
    }

    /** The order's clock could not be read (deadline review). */
    record Unmeasurable(MeasureError error) implements ServiceOrderRejection {
        public String message() {
            return error.message();
        }
    }

    /**
     * The command uses the customer's personal information for a purpose the customer has not allowed (the return
     * visit: {@code PersonalDataUse.RETURN_VISIT}); what is missing, and when consent was withdrawn, in
     * {@code refused}.
     */
    record PurposeNotAllowed(ServiceOrderId order, PurposeRejection refused) implements ServiceOrderRejection {
        public String message() {
            return "order " + order + ": " + refused.message();
        }
    }

    /** A node reached by its own command only: the return visit records the customer's answer. */
    record NeedsItsCommand(ServiceOrderId order, Node to, String command) implements ServiceOrderRejection {
        public String message() {
            return "order " + order + ": " + to + " is reached by " + command + " only";
        }
    }

    /** Only a fault report is reopened ({@link Setback#REOPEN}). */
    record NotReopenable(ServiceOrderId order, OrderKind kind) implements ServiceOrderRejection {
        public String message() {
            return "order " + order + ": a " + kind + " order is not reopened; only a fault report is";
        }
    }

    /** The fault came back after the reopen window: it is a new order. */
    record ReopenWindowPassed(ServiceOrderId order, Instant closedAt, ReopenWindow window, Instant at)
            implements ServiceOrderRejection {
        public String message() {
            return "order " + order + ": closed at " + closedAt + ", the reopen window of " + window.within()
                    + " had passed at " + at + "; take a new order";
        }
    }

    /** An order's items name each circuit once ({@link OrderItems}). */
    record RepeatedItem(ServiceOrderId order, CircuitId circuit) implements ServiceOrderRejection {
        public String message() {
            return "order " + order + ": circuit " + circuit + " is named twice; each circuit is one item";
        }
    }

    /** The order is not about this circuit. */
    record UnknownItem(ServiceOrderId order, CircuitId circuit, Seq<CircuitId> items) implements ServiceOrderRejection {
        public String message() {
            return "order " + order + " has no item " + circuit + "; its items: "
                    + (items.isEmpty() ? "none" : items.mkString(", "));
        }
    }

    /** The item was already completed on its own, at another instant or by another person. */
    record ItemAlreadyCompleted(ServiceOrderId order, CircuitId circuit, Instant completedAt)
            implements ServiceOrderRejection {
        public String message() {
            return "order " + order + ": item " + circuit + " was already completed at " + completedAt;
        }
    }

    /** An item completes on its own only while the order is IN_PROGRESS. */
    record ItemNotInProgress(ServiceOrderId order, CircuitId circuit, Node node) implements ServiceOrderRejection {
        public String message() {
            return "order " + order + ": item " + circuit + " completes on its own only while the order is IN_PROGRESS,"
                    + " it is " + node;
        }
    }

    /** The last item that follows the order completes with the order: complete the order. */
    record LastOpenItem(ServiceOrderId order, CircuitId circuit) implements ServiceOrderRejection {
        public String message() {
            return "order " + order + ": " + circuit + " is the last item still open; it completes with the order";
        }
    }
}
