package org.telecrm.persistence.jdbc;

import io.vavr.collection.List;
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

import java.math.BigDecimal;
import java.sql.Types;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Objects;

/**
 * Service orders in {@code crm_service_order}, with what the queries look up computed once on save: whether
 * the order is open; its contract and the months (in the order's own clock zone) it was accepted and completed in;
 * whether it waits for its return visit, and since when. Instants are stored as exact decimal seconds since the
 * epoch ({@code NUMERIC(30, 9)}): every database compares them, to the nanosecond, the same way.
 */
final class JdbcServiceOrders implements ServiceOrders {

    private final AggregateTable<ServiceOrder, ServiceOrderEvent> table;

    JdbcServiceOrders(AggregateTable.Store store) {
        this.table = new AggregateTable<>(store, "crm_service_order", TYPE, o -> o.getId().value(),
                new AggregateTable.Mapping<>(ServiceOrderJson::write, ServiceOrderJson::read),
                (o, version, events) -> ServiceOrderJson.outboxMessages(o.getId(), version, events),
                List.of(new AggregateTable.Column<>("is_open", Types.BOOLEAN, ServiceOrder::isOpen),
                        new AggregateTable.Column<>("contract", Types.VARCHAR,
                                o -> o.intake().contract().map(SlaContractId::value).getOrNull()),
                        new AggregateTable.Column<>("accepted_month", Types.VARCHAR,
                                o -> month(o, o.acceptedAt())),
                        new AggregateTable.Column<>("completed_month", Types.VARCHAR,
                                o -> o.completedAt().map(at -> month(o, at)).getOrNull()),
                        new AggregateTable.Column<>("awaits_return_visit", Types.BOOLEAN,
                                o -> o.node().next(o.limits().delivery()).contains(Node.RETURN_VISITED)),
                        new AggregateTable.Column<>("completed_at", Types.DECIMAL,
                                o -> o.completedAt().map(JdbcServiceOrders::seconds).getOrNull())), Option.none());
    }

    private static String month(ServiceOrder order, Instant at) {
        return YearMonth.from(at.atZone(order.basis().zone())).toString();
    }

    /** The instant as exact seconds since the epoch, nanoseconds as the fraction. */
    static BigDecimal seconds(Instant at) {
        return BigDecimal.valueOf(at.getEpochSecond()).add(BigDecimal.valueOf(at.getNano(), 9));
    }

    @Override
    public Option<Versioned<ServiceOrder>> load(ServiceOrderId id) {
        return table.load(Objects.requireNonNull(id, "id").value());
    }

    @Override
    public Either<SaveConflict, Long> save(ServiceOrder order, long expectedVersion, Seq<ServiceOrderEvent> events) {
        return table.save(order, expectedVersion, events);
    }

    @Override
    public Page<Versioned<ServiceOrder>> open(PageRequest page) {
        return table.page("is_open = ?", List.of(true), page, List.of("is_open"));
    }

    @Override
    public Page<Versioned<ServiceOrder>> byContractAndMonth(SlaContractId contract, YearMonth month,
                                                            PageRequest page) {
        String m = Objects.requireNonNull(month, "month").toString();
        return table.page("contract = ? AND (accepted_month = ? OR completed_month = ?)",
                List.of(Objects.requireNonNull(contract, "contract").value(), m, m), page);
    }

    @Override
    public Page<Versioned<ServiceOrder>> byMonth(YearMonth month, PageRequest page) {
        String m = Objects.requireNonNull(month, "month").toString();
        // read in id order from the cursor on: over all pages, each row of the table is looked at once
        return table.page("accepted_month = ? OR completed_month = ?", List.of(m, m), page);
    }

    @Override
    public Page<Versioned<ServiceOrder>> dueForReturnVisit(Instant asOf, PageRequest page) {
        return table.page("awaits_return_visit = ? AND completed_at <= ?",
                List.of(true, seconds(Objects.requireNonNull(asOf, "asOf"))), page);
    }
}
