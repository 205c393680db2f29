package org.telecrm.order.jeopardy;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.telecrm.order.aggregate.MeasureError;
import org.telecrm.order.aggregate.ServiceOrder;
import org.telecrm.order.clock.CalendarVersions;
import org.telecrm.order.clock.ClockReading;
import org.telecrm.order.clock.WarningMargin;

import java.time.Instant;

/**
 * Which orders are in jeopardy as of an instant. Only a node not yet left can be overdue, and an order is in one
 * node at a time, so an open order has at most one node in jeopardy: its current node, when that node has a limit
 * and, net of pauses on the calendar version recorded at acceptance, the limit is passed ({@link JeopardyStatus#OVERDUE})
 * or will be within the margin ({@link JeopardyStatus#AT_RISK}). A finished order is never in jeopardy; a node left
 * late is history (its reading stays available through {@link ServiceOrder#reading}).
 *
 * <pre>{@code
 * Option<NodeJeopardy> one = Jeopardy.of(order, asOf, WarningMargin.LIBRARY_DEFAULT, calendars).get();
 * JeopardyReport queue = Jeopardy.batch(orders, asOf, WarningMargin.LIBRARY_DEFAULT, calendars);
 * queue.overdue().map(NodeJeopardy::describe);
 * }</pre>
 */
public final class Jeopardy {

    private Jeopardy() {
    }

    /** The current node's jeopardy, none when it is on track, has no limit, or the order is finished. */
    public static Either<MeasureError, Option<NodeJeopardy>> of(ServiceOrder order, Instant asOf, WarningMargin margin,
                                                               CalendarVersions calendars) {
        if (!order.isOpen()) {
            return Either.right(Option.none());
        }
        return order.reading(order.node(), asOf, calendars).map(reading -> reading.flatMap(r -> status(r, margin)
                .map(status -> new NodeJeopardy(order.id(), order.node(), status, r,
                        order.limits().of(order.node()).get(), order.current().party()))));
    }

    /** Every order of the batch, measured alone: overdue, at risk, and the ones that could not be measured. */
    public static JeopardyReport batch(Seq<ServiceOrder> orders, Instant asOf, WarningMargin margin,
                                       CalendarVersions calendars) {
        Seq<Either<MeasureError, Option<NodeJeopardy>>> all = orders.map(o -> of(o, asOf, margin, calendars));
        Seq<NodeJeopardy> found = all.filter(Either::isRight).flatMap(Either::get);
        return new JeopardyReport(found.filter(j -> j.status() == JeopardyStatus.OVERDUE),
                found.filter(j -> j.status() == JeopardyStatus.AT_RISK),
                all.filter(Either::isLeft).map(Either::getLeft));
    }

    private static Option<JeopardyStatus> status(ClockReading reading, WarningMargin margin) {
        return reading.overdue() ? Option.some(JeopardyStatus.OVERDUE)
                : reading.atRisk(margin) ? Option.some(JeopardyStatus.AT_RISK) : Option.none();
    }
}
