package org.telecrm.order.aggregate;

import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.telecrm.customer.StaffId;
import org.telecrm.kernel.Changed;
import org.telecrm.sla.CircuitId;

import java.time.Instant;
import java.util.Objects;

/** How a {@link ServiceOrder}'s items complete on their own. */
final class ItemRules {

    private ItemRules() {
    }

    /**
     * Completes the item of {@code circuit} on its own: the order is in progress and not paused, the item follows the
     * order and is not its last such item ({@link ServiceOrderRejection.LastOpenItem}: that one completes with the
     * order), {@code at} is not before the latest instant recorded. Refused otherwise:
     * {@link ServiceOrderRejection.UnknownItem}, {@link ServiceOrderRejection.ItemAlreadyCompleted},
     * {@link ServiceOrderRejection.ItemNotInProgress}, or as a move is. The same completion again changes nothing. A
     * rework or reopening sends back only the items that follow the order.
     */
    static Either<ServiceOrderRejection, Changed<ServiceOrder, ServiceOrderEvent>> complete(
            ServiceOrder o, CircuitId circuit, StaffId who, Instant at, String note) {
        Objects.requireNonNull(circuit, "circuit");
        ItemCompletion completion = new ItemCompletion(at, who, note);
        Option<OrderItem> item = o.items().item(circuit);
        if (item.isEmpty()) {
            return Either.left(new ServiceOrderRejection.UnknownItem(o.id(), circuit, o.items().circuits()));
        }
        if (item.get().completion().contains(completion)) {
            return Either.right(Changed.nothing(o));
        }
        if (item.get().diverged()) {
            return Either.left(new ServiceOrderRejection.ItemAlreadyCompleted(o.id(), circuit,
                    item.get().completion().get().at()));
        }
        if (o.node().isTerminal()) {
            return Either.left(new ServiceOrderRejection.Finished(o.id(), o.node()));
        }
        if (o.node() != Node.IN_PROGRESS) {
            return Either.left(new ServiceOrderRejection.ItemNotInProgress(o.id(), circuit, o.node()));
        }
        if (o.pauses().isPaused()) {
            return Either.left(new ServiceOrderRejection.WaitingOnCustomer(o.id(), o.pauses().pauses().last().start()));
        }
        if (at.isBefore(o.latestInstant())) {
            return Either.left(new ServiceOrderRejection.OutOfOrder(o.id(), "at", at, o.latestInstant()));
        }
        if (o.items().following().size() == 1) {
            return Either.left(new ServiceOrderRejection.LastOpenItem(o.id(), circuit));
        }
        return Either.right(Changed.of(o.withRecords(o.returnVisit(), o.missedReported(), o.deadlineSignals(),
                o.items().complete(circuit, completion)),
                List.of(new ServiceOrderEvent.ItemCompleted(o.id(), circuit, who, note, at))));
    }
}
