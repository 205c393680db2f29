package org.telecrm.persistence.tck;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;
import org.telecrm.kernel.Changed;
import org.telecrm.order.OrderKind;
import org.telecrm.order.aggregate.ServiceOrder;
import org.telecrm.order.aggregate.ServiceOrderEvent;
import org.telecrm.order.aggregate.ServiceOrderId;
import org.telecrm.persistence.PageRequest;
import org.telecrm.persistence.SaveConflict;
import org.telecrm.persistence.Transactions;
import org.telecrm.persistence.Versioned;
import org.telecrm.persistence.json.ServiceOrderJson;
import org.telecrm.persistence.orders.ServiceOrders;
import org.telecrm.persistence.outbox.EventId;
import org.telecrm.persistence.outbox.Outbox;
import org.telecrm.persistence.outbox.OutboxMessage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The contract of a {@link ServiceOrders} adapter, with its {@link Transactions} and {@link Outbox}: round-trip
 * fidelity of generated orders (intake, limits, clock basis, node visits, audit trail, pauses, return visit,
 * announced deadlines), optimistic conflicts, the queries with paging, the outbox and atomicity. An adapter's test
 * extends it:
 *
 * <pre>{@code
 * class JdbcServiceOrdersTest extends ServiceOrdersContract {
 *     @Override
 *     protected Ports emptyStore() {
 *         JdbcStorage storage = JdbcStorage.truncated(dataSource);
 *         return new Ports(storage.serviceOrders(), storage.transactions(), storage.outbox());
 *     }
 * }
 * }</pre>
 */
public abstract class ServiceOrdersContract {

    /** The ports under test, all backed by the same store. */
    public record Ports(ServiceOrders orders, Transactions transactions, Outbox outbox) {
    }

    /** A store with no orders and no pending outbox messages; called at the start of every test and try. */
    protected abstract Ports emptyStore();

    // ---- round trip ---------------------------------------------------------------------------------------------

    @Provide
    Arbitrary<ServiceOrderHistory> histories() {
        return ServiceOrderGenerators.histories();
    }

    @Property(tries = 200)
    void every_field_of_a_generated_order_survives_save_and_load(@ForAll("histories") ServiceOrderHistory history) {
        ServiceOrder order = history.order();
        Statistics.label("node").collect(order.node());
        Statistics.label("paused or was").collect(order.pauses().pauses().nonEmpty());
        Statistics.label("node").coverage(c -> {
            c.check(org.telecrm.order.aggregate.Node.CLOSED).count(n -> n > 0);
            c.check(org.telecrm.order.aggregate.Node.CANCELLED).count(n -> n > 0);
            c.check(org.telecrm.order.aggregate.Node.COMPLETED).count(n -> n > 0);
        });
        Ports store = emptyStore();
        assertEquals(Either.right(1L), store.orders().save(order, Versioned.NEW, history.events()));
        ServiceOrder back = store.orders().load(order.getId()).get().aggregate();
        assertEquals(order, back);
        assertEquals(order.intake(), back.intake());
        assertEquals(order.limits(), back.limits());
        assertEquals(order.basis(), back.basis());
        assertEquals(order.visits(), back.visits());
        assertEquals(order.auditTrail(), back.auditTrail());
        assertEquals(order.pauses(), back.pauses());
        assertEquals(order.returnVisit(), back.returnVisit());
        assertEquals(order.missedReported(), back.missedReported());
    }

    @Property(tries = 100)
    void the_outbox_holds_every_event_saved_in_order_as_json_that_reads_back(
            @ForAll("histories") ServiceOrderHistory history) {
        Ports store = emptyStore();
        String id = history.order().getId().value();
        store.orders().save(history.order(), Versioned.NEW, history.events());
        Seq<OutboxMessage> messages = store.outbox().pending(PageRequest.MAX_SIZE);
        assertEquals(history.events(), messages.map(m -> ServiceOrderJson.readEvent(m.payload()).get()));
        assertEquals(history.events().zipWithIndex().map(e -> new EventId("service-order", id, 1, e._2)),
                messages.map(OutboxMessage::id));
    }

    // ---- conflicts ----------------------------------------------------------------------------------------------

    @Test
    void an_order_never_saved_loads_as_none() {
        assertEquals(Option.none(), emptyStore().orders().load(ServiceOrderId.of("SO-nowhere")));
    }

    @Test
    void a_stale_save_is_a_conflict_naming_both_versions_and_writes_nothing() {
        Ports store = emptyStore();
        Changed<ServiceOrder, ServiceOrderEvent> accepted = ServiceOrderGenerators.accepted("SO-1",
                OrderKind.FAULT_REPORT, ServiceOrderGenerators.AT);
        store.orders().save(accepted, Versioned.NEW);
        Changed<ServiceOrder, ServiceOrderEvent> dispatched = accepted.state().dispatch(ServiceOrderGenerators.LINES,
                ServiceOrderGenerators.CLERK, ServiceOrderGenerators.AT.plusSeconds(60), "").get();
        Changed<ServiceOrder, ServiceOrderEvent> cancelled = accepted.state().cancel(ServiceOrderGenerators.CLERK,
                ServiceOrderGenerators.AT.plusSeconds(90), "duplicate").get();
        assertEquals(Either.right(2L), store.orders().save(dispatched, 1));
        int pending = store.outbox().pending(PageRequest.MAX_SIZE).size();

        assertEquals(Either.left(new SaveConflict("service-order", "SO-1", 1, 2)), store.orders().save(cancelled, 1));
        assertEquals(new Versioned<>(dispatched.state(), 2), store.orders().load(ServiceOrderId.of("SO-1")).get());
        assertEquals(pending, store.outbox().pending(PageRequest.MAX_SIZE).size());
    }

    @Test
    void accepting_an_order_that_exists_is_a_conflict() {
        Ports store = emptyStore();
        store.orders().save(ServiceOrderGenerators.accepted("SO-1", OrderKind.COMPLAINT, ServiceOrderGenerators.AT),
                Versioned.NEW);
        assertEquals(Either.left(new SaveConflict("service-order", "SO-1", 0, 1)), store.orders().save(
                ServiceOrderGenerators.accepted("SO-1", OrderKind.CHANGE, ServiceOrderGenerators.AT), Versioned.NEW));
    }

    // ---- transactions -------------------------------------------------------------------------------------------

    @Test
    void a_transaction_that_ends_in_a_left_leaves_neither_the_change_nor_its_events() {
        Ports store = emptyStore();
        Either<String, Long> result = store.transactions().inTransaction(() -> {
            store.orders().save(ServiceOrderGenerators.accepted("SO-1", OrderKind.FAULT_REPORT,
                    ServiceOrderGenerators.AT), Versioned.NEW);
            return Either.left("rolled back");
        });
        assertEquals(Either.left("rolled back"), result);
        assertEquals(Option.none(), store.orders().load(ServiceOrderId.of("SO-1")));
        assertTrue(store.outbox().pending(10).isEmpty());
        assertTrue(store.orders().open(PageRequest.first(5)).items().isEmpty());
    }

    @Test
    void a_committed_change_and_its_events_are_stored_together() {
        Ports store = emptyStore();
        Changed<ServiceOrder, ServiceOrderEvent> accepted = ServiceOrderGenerators.accepted("SO-1",
                OrderKind.FAULT_REPORT, ServiceOrderGenerators.AT);
        assertEquals(Either.right(1L), store.transactions().inTransaction(() -> store.orders().save(accepted,
                Versioned.NEW)));
        assertEquals(List.of("service-order.OrderAccepted"), store.outbox().pending(10).map(OutboxMessage::type));
        assertEquals(new Versioned<>(accepted.state(), 1), store.orders().load(ServiceOrderId.of("SO-1")).get());
    }
}
