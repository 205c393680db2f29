package org.telecrm.order.aggregate;

import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.telecrm.kernel.Changed;
import org.telecrm.order.OrderKind;
import org.telecrm.order.clock.PauseReason;
import org.telecrm.sla.CircuitId;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 15, items 3 and 6: under random command sequences (forward moves, item completions, rework, reopen, pauses,
 * cancellation), an item's own completion, once made, never changes; at least one item follows the order; every item
 * is completed exactly when the order is past IN_PROGRESS or it completed on its own, never later than the order; an
 * item's clock never runs longer than the order's; the order restores as it is.
 */
class OrderItemsPropertiesTest {

    static final Seq<CircuitId> CIRCUITS = List.of(Orders.CIRCUIT, OrderItemsTest.DDN2, OrderItemsTest.DDN3);

    /** 8, 9, 10: complete the item of that index; else as {@link ReopenedOrderPropertiesTest.Command}. */
    record Command(int what, PauseReason reason, long minutes) {
        Either<ServiceOrderRejection, Changed<ServiceOrder, ServiceOrderEvent>> applyTo(ServiceOrder order) {
            Instant at = order.latestInstant().plusSeconds(60 * minutes);
            return what >= 8 ? order.completeItem(CIRCUITS.get(what - 8), OrderItemsTest.ENGINEER, at, "")
                    : new ReopenedOrderPropertiesTest.Command(what, reason, minutes).applyTo(order);
        }
    }

    @Provide
    Arbitrary<Seq<Command>> commands() {
        Arbitrary<Integer> what = Arbitraries.frequency(Tuple.of(2, 0), Tuple.of(3, 1), Tuple.of(2, 2), Tuple.of(3, 3),
                Tuple.of(1, 6), Tuple.of(20, 7), Tuple.of(4, 8), Tuple.of(4, 9), Tuple.of(4, 10));
        return Combinators.combine(what, Arbitraries.of(PauseReason.class),
                        Arbitraries.longs().between(-10, 600).edgeCases(e -> e.add(0L)))
                .as(Command::new).list().ofMinSize(10).ofMaxSize(40).map(List::ofAll);
    }

    @Property
    void itemsDivergeOnceAndNeverOutlastTheOrder(@ForAll("commands") Seq<Command> commands,
                                                 @ForAll("kinds") OrderKind kind) {
        ServiceOrder order = OrderItemsTest.threeCircuits(kind);
        Map<CircuitId, ItemCompletion> seen = HashMap.empty();
        for (Command command : commands) {
            var result = command.applyTo(order);
            if (result.isLeft() || result.get().changedNothing()) {
                continue;
            }
            order = result.get().state();
            for (OrderItem item : order.items().items()) {
                Option<ItemCompletion> before = seen.get(item.circuit());
                assertTrue(before.forAll(b -> item.completion().contains(b)), "an own completion never changes");
                seen = item.completion().map(c -> seen(item, c)).getOrElse(HashMap.empty()).merge(seen);
            }
            assertFalse(order.items().following().isEmpty(), "one item at least follows the order");
            Instant asOf = order.latestInstant().plus(Duration.ofHours(5));
            boolean past = List.of(Node.COMPLETED, Node.DELIVERED, Node.RETURN_VISITED, Node.CLOSED).contains(order.node());
            for (OrderItem item : order.items().items()) {
                Option<Instant> done = order.items().completedAt(item.circuit(), order);
                assertEquals(item.diverged() || past, done.isDefined());
                ServiceOrder o = order;
                done.forEach(d -> assertFalse(past && d.isAfter(o.completedAt().get()), "never after the order"));
                Duration elapsed = ItemClock.elapsed(order, item.circuit(), asOf).get();
                assertTrue(elapsed.compareTo(order.elapsed(asOf)) <= 0, "an item's clock never outruns the order's");
                assertTrue(ItemClock.reading(order, item.circuit(), asOf, Orders.CALENDARS).isRight());
            }
        }
        assertEquals(order, ServiceOrder.restore(order.intake(), order.limits(), order.basis(), order.visits(),
                order.auditTrail(), order.pauses(), order.returnVisit(), order.missedReported(), order.deadlineSignals(),
                order.items()).get());
        Statistics.label("diverged").collect(order.items().items().exists(OrderItem::diverged));
        Statistics.label("diverged").coverage(c -> c.check(true).percentage(p -> p > 20));
    }

    private static Map<CircuitId, ItemCompletion> seen(OrderItem item, ItemCompletion completion) {
        return HashMap.of(item.circuit(), completion);
    }

    @Provide
    Arbitrary<OrderKind> kinds() {
        return Arbitraries.of(OrderKind.FAULT_REPORT, OrderKind.PROVISIONING, OrderKind.CHANGE);
    }
}
