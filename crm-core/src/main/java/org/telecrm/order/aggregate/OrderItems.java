package org.telecrm.order.aggregate;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.jmolecules.ddd.annotation.ValueObject;
import org.telecrm.kernel.RestoreCheck;
import org.telecrm.order.clock.PauseLedger;
import org.telecrm.sla.CircuitId;

import java.time.Instant;
import java.util.Objects;

/**
 * The circuits a service order is about (its items, issue 15 item 3): the intake's circuit first, then the further
 * circuits taken with it, each once. An item follows the order — completed when the order is — until it diverges:
 * completed on its own while the order is in progress ({@link ServiceOrder#completeItem}, partial completion). At least
 * one item always follows the order, so the order's own completion completes the rest. An order about no circuit (a
 * complaint, say) has no item; an order about one circuit has that one.
 *
 * <pre>{@code
 * order.items().circuits();                                   // [DDN-1, DDN-2, DDN-3]
 * order.items().completedAt(CircuitId.of("DDN-2"), order);   // its own completion, or the order's
 * }</pre>
 */
@ValueObject
public record OrderItems(Seq<OrderItem> items) {

    public OrderItems {
        Objects.requireNonNull(items, "items");
        items = List.ofAll(items);
    }

    /** The items of an order about {@code circuit} alone: one item, or none without a circuit. */
    public static OrderItems of(Option<CircuitId> circuit) {
        return new OrderItems(circuit.map(OrderItem::of).toList());
    }

    /**
     * The items of an order taken about {@code intake}'s circuit and {@code further} circuits, all following the order;
     * refused when there are further circuits but no first one ({@link ServiceOrderRejection.MissingCircuit}) or a
     * circuit is named twice ({@link ServiceOrderRejection.RepeatedItem}).
     */
    static Either<ServiceOrderRejection, OrderItems> taken(OrderIntake intake, Seq<CircuitId> further) {
        Objects.requireNonNull(further, "further");
        if (intake.circuit().isEmpty() && !further.isEmpty()) {
            return Either.left(new ServiceOrderRejection.MissingCircuit(intake.id(), intake.kind()));
        }
        Seq<CircuitId> circuits = intake.circuit().toList().appendAll(further);
        Option<CircuitId> repeated = circuits.find(c -> circuits.count(c::equals) > 1);
        return repeated.isDefined() ? Either.left(new ServiceOrderRejection.RepeatedItem(intake.id(), repeated.get()))
                : Either.right(new OrderItems(circuits.map(OrderItem::of)));
    }

    public Seq<CircuitId> circuits() {
        return items.map(OrderItem::circuit);
    }

    public Option<OrderItem> item(CircuitId circuit) {
        return items.find(i -> i.circuit().equals(circuit));
    }

    /** The items that still follow the order (not completed on their own). */
    public Seq<OrderItem> following() {
        return items.filter(i -> !i.diverged());
    }

    /**
     * When the item of {@code circuit} was completed: its own completion, else the order's ({@link
     * ServiceOrder#completedAt()}) while the order is completed or past it (not after a rework or reopening sent it
     * back); none for a circuit the order is not about or an item not completed.
     */
    public Option<Instant> completedAt(CircuitId circuit, ServiceOrder order) {
        boolean orderDone = OpenPeriod.done(order.node());
        return item(circuit).flatMap(i -> i.completion().map(ItemCompletion::at)
                .orElse(() -> orderDone ? order.completedAt() : Option.none()));
    }

    /** The latest own completion of an item, if any. */
    Option<Instant> latest() {
        return items.flatMap(i -> i.completion().map(ItemCompletion::at)).max();
    }

    OrderItems complete(CircuitId circuit, ItemCompletion completion) {
        return new OrderItems(items.map(i -> i.circuit().equals(circuit) ? new OrderItem(circuit, Option.some(completion)) : i));
    }

    /**
     * The checks of {@link ServiceOrder#restore} on stored items: the intake's circuit first (no item without one),
     * each circuit once, at least one item following the order, and each own completion made while the order was in
     * progress and its clock ran.
     */
    static void check(RestoreCheck check, OrderIntake intake, Seq<NodeVisit> visits, PauseLedger pauses, OrderItems items) {
        Seq<OrderItem> all = items.items();
        check.when(!all.headOption().map(OrderItem::circuit).equals(intake.circuit()), "items[0].circuit",
                () -> "the first item is the intake's circuit " + intake.circuit().map(CircuitId::value).getOrElse("(none)"));
        check.when(!all.isEmpty() && all.forAll(OrderItem::diverged), "items",
                () -> "at least one item follows the order");
        for (int i = 0; i < all.size(); i++) {
            OrderItem item = all.get(i);
            String at = "items[" + i + "]";
            check.when(all.take(i).exists(o -> o.circuit().equals(item.circuit())), at + ".circuit",
                    () -> item.circuit() + " is an item twice");
            item.completion().map(ItemCompletion::at).forEach(done -> check.when(!inProgress(visits, pauses, done),
                    at + ".completion.at", () -> done + " is not while the order was in progress and its clock ran"));
        }
    }

    private static boolean inProgress(Seq<NodeVisit> visits, PauseLedger pauses, Instant at) {
        return visits.exists(v -> v.node() == Node.IN_PROGRESS && !at.isBefore(v.entered())
                && v.left().forAll(left -> !at.isAfter(left)))
                && !pauses.pauses().exists(p -> p.start().isBefore(at) && p.end().forAll(at::isBefore));
    }
}
