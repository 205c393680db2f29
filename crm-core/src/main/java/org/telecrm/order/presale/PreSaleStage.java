package org.telecrm.order.presale;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.telecrm.order.aggregate.Node;

/**
 * The stages of a pre-sale response (售前响应, 003; rules.md section 7), each a node of the service order's flow with
 * its own limit ({@code NodeTimeLimits.preSale()}) and its own responsible party, like the nodes of the other kinds.
 *
 * <pre>{@code
 * PreSaleStage.of(Node.DISPATCHED);   // Some(RESOURCE_CHECK)
 * }</pre>
 */
public enum PreSaleStage {
    /** ACCEPTED: the customer's consultation taken, to be answered and the resource check asked for. */
    CONSULTATION(Node.ACCEPTED),
    /** DISPATCHED: the network department checks the resources (ports, fibre, capacity). */
    RESOURCE_CHECK(Node.DISPATCHED),
    /** IN_PROGRESS: the solution being drawn up for the customer. */
    SOLUTION_PROPOSAL(Node.IN_PROGRESS),
    /** COMPLETED: the solution proposed, the customer's answer awaited. */
    AWAITING_ANSWER(Node.COMPLETED),
    /** RETURN_VISITED: the customer answered; a satisfied answer is an agreement, handed over to provisioning. */
    ANSWERED(Node.RETURN_VISITED);

    private final Node node;

    PreSaleStage(Node node) {
        this.node = node;
    }

    /** The node of the order's flow this stage is. */
    public Node node() {
        return node;
    }

    /** The stage a pre-sale order in {@code node} is at; none for a finished order. */
    public static Option<PreSaleStage> of(Node node) {
        return List.of(values()).find(s -> s.node == node);
    }
}
