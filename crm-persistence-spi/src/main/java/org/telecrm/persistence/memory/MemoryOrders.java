package org.telecrm.persistence.memory;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.telecrm.order.aggregate.Node;
import org.telecrm.order.aggregate.ServiceOrder;
import org.telecrm.order.aggregate.ServiceOrderEvent;
import org.telecrm.order.aggregate.ServiceOrderId;
import org.telecrm.persistence.Page;
import org.telecrm.persistence.PageRequest;
import org.telecrm.persistence.SaveConflict;
import org.telecrm.persistence.Versioned;
import org.telecrm.persistence.json.ServiceOrderJson;
import org.telecrm.persistence.orders.ServiceOrders;
import org.telecrm.sla.SlaContractId;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Objects;
import java.util.function.Predicate;

/** Orders are kept by id in order; the queries scan them and page the matches. */
final class MemoryOrders implements ServiceOrders {

    private final InMemoryStorage store;

    MemoryOrders(InMemoryStorage store) {
        this.store = store;
    }

    @Override
    public Option<Versioned<ServiceOrder>> load(ServiceOrderId id) {
        return store.read().orders().get(Objects.requireNonNull(id, "id").value());
    }

    @Override
    public Either<SaveConflict, Long> save(ServiceOrder order, long expectedVersion,
                                           Seq<ServiceOrderEvent> events) {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(events, "events");
        return store.write(state -> InMemoryStorage.saveKeyed(state, TYPE, order.getId().value(), order, expectedVersion,
                InMemoryStorage.State::orders, InMemoryStorage.State::withOrders,
                version -> ServiceOrderJson.outboxMessages(order.getId(), version, events)));
    }

    private Page<Versioned<ServiceOrder>> where(Predicate<ServiceOrder> match, PageRequest request) {
        return InMemoryStorage.where(store.read().orders(), match, request, o -> o.getId().value());
    }

    @Override
    public Page<Versioned<ServiceOrder>> open(PageRequest page) {
        return where(ServiceOrder::isOpen, page);
    }

    @Override
    public Page<Versioned<ServiceOrder>> byContractAndMonth(SlaContractId contract, YearMonth month,
                                                            PageRequest page) {
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(month, "month");
        return where(o -> o.intake().contract().contains(contract) && acceptedOrCompletedIn(o, month), page);
    }

    @Override
    public Page<Versioned<ServiceOrder>> byMonth(YearMonth month, PageRequest page) {
        Objects.requireNonNull(month, "month");
        return where(o -> acceptedOrCompletedIn(o, month), page);
    }

    private static boolean acceptedOrCompletedIn(ServiceOrder o, YearMonth month) {
        return io.vavr.collection.List.of(o.acceptedAt()).appendAll(o.completedAt())
                .exists(at -> YearMonth.from(at.atZone(o.basis().zone())).equals(month));
    }

    @Override
    public Page<Versioned<ServiceOrder>> dueForReturnVisit(Instant asOf, PageRequest page) {
        Objects.requireNonNull(asOf, "asOf");
        return where(o -> o.node().next(o.limits().delivery()).contains(Node.RETURN_VISITED)
                && o.completedAt().exists(done -> !done.isAfter(asOf)), page);
    }
}
