package org.telecrm.order.jeopardy;

import io.vavr.collection.Seq;
import org.jmolecules.ddd.annotation.ValueObject;
import org.telecrm.order.aggregate.MeasureError;

import java.util.Objects;

/**
 * A batch's jeopardy: the overdue orders, the orders at risk (each in the batch's order), and the orders that could
 * not be measured (e.g. a calendar version the host did not pass), so that one bad record does not hide the rest.
 */
@ValueObject
public record JeopardyReport(Seq<NodeJeopardy> overdue, Seq<NodeJeopardy> atRisk, Seq<MeasureError> problems) {

    public JeopardyReport {
        Objects.requireNonNull(overdue, "overdue");
        Objects.requireNonNull(atRisk, "atRisk");
        Objects.requireNonNull(problems, "problems");
    }
}
