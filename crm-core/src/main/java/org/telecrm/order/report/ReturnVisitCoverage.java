package org.telecrm.order.report;

import io.vavr.collection.Seq;
import org.jmolecules.ddd.annotation.ValueObject;
import org.telecrm.order.aggregate.ServiceOrderId;

import java.util.Objects;

/**
 * Return visits of the orders completed in a month (回访, rules.md section 4: every completed order is visited, so
 * 100% is the rule), and the dissatisfied answers escalated to the account manager.
 *
 * @param completed    orders completed in the month
 * @param visited      of them, visited by the end of the month
 * @param notVisited   the others, in order id order
 * @param escalations  the dissatisfied visits, in order id order
 */
@ValueObject
public record ReturnVisitCoverage(int completed, int visited, Seq<ServiceOrderId> notVisited,
                                  Seq<ServiceOrderId> escalations) {

    public ReturnVisitCoverage {
        Objects.requireNonNull(notVisited, "notVisited");
        Objects.requireNonNull(escalations, "escalations");
        if (visited + notVisited.size() != completed) {
            throw new IllegalArgumentException(visited + " visited and " + notVisited.size() + " not visited make "
                    + "no " + completed + " completed");
        }
    }

    /** The coverage as a percentage ({@link Percent}); 100.00% when nothing was completed. */
    public String coverage() {
        return completed == 0 ? "100.00%" : Percent.of(visited, completed);
    }

    /** Whether the rule (every completed order visited) was kept. */
    public boolean ruleKept() {
        return notVisited.isEmpty();
    }
}
