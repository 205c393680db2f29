package org.telecrm.order.aggregate;

import io.vavr.control.Either;
import io.vavr.control.Option;
import org.telecrm.order.clock.CalendarVersions;
import org.telecrm.order.clock.ClockReading;
import org.telecrm.sla.CircuitId;

import java.time.Duration;
import java.time.Instant;

/**
 * The SLA clock of each item of a {@link ServiceOrder} ({@link OrderItems}): an item that diverged stops its clock at
 * its own completion; one that follows the order reads as the order. The compensation per circuit
 * ({@code CompensationLink.itemEvaluations}, {@code CompensationLink.outages}) is read from here.
 *
 * <pre>{@code
 * ItemClock.reading(order, CircuitId.of("DDN-2"), asOf, calendars);   // its restoration limit, up to its completion
 * ItemClock.elapsed(order, CircuitId.of("DDN-2"), asOf);              // Some(PT3H10M)
 * }</pre>
 */
public final class ItemClock {

    private ItemClock() {
    }

    /**
     * The limit of leaving IN_PROGRESS (restoration, provisioning or handling) read for one item: up to its own
     * completion, within the IN_PROGRESS visit it was completed in; an item that follows the order reads as the
     * order's IN_PROGRESS limit. None for a circuit the order is not about.
     */
    public static Either<MeasureError, Option<ClockReading>> reading(ServiceOrder o, CircuitId circuit, Instant asOf,
                                                              CalendarVersions calendars) {
        Option<OrderItem> item = o.items().item(circuit);
        if (item.isEmpty()) {
            return Either.right(Option.none());
        }
        if (item.get().completion().isEmpty()) {
            return o.reading(Node.IN_PROGRESS, asOf, calendars);
        }
        Instant done = item.get().completion().get().at();
        int visit = o.visits().lastIndexWhere(v -> v.node() == Node.IN_PROGRESS && !done.isBefore(v.entered()));
        return OrderClock.read(o, visit, done, calendars);
    }

    /**
     * The item's elapsed time from acceptance up to {@code asOf}, or up to its completion
     * ({@link OrderItems#completedAt}) or the order's final node if earlier, net of the order's clock stops; none for
     * a circuit the order is not about.
     */
    public static Option<Duration> elapsed(ServiceOrder o, CircuitId circuit, Instant asOf) {
        return o.items().item(circuit).map(i -> {
            Instant end = o.items().completedAt(circuit, o).getOrElse(o.isOpen() ? asOf : o.current().entered());
            Instant until = end.isBefore(asOf) ? end : asOf;
            return until.isBefore(o.acceptedAt()) ? Duration.ZERO : Duration.between(o.acceptedAt(), until)
                    .minus(o.clockStops().pausedDuring(o.acceptedAt(), until));
        });
    }
}
