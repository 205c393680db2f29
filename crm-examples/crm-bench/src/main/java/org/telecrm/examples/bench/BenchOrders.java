package org.telecrm.examples.bench;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.telecrm.calendar.WorkingDayCalendar;
import org.telecrm.customer.CustomerId;
import org.telecrm.customer.StaffId;
import org.telecrm.customer.star.StarLevel;
import org.telecrm.kernel.Changed;
import org.telecrm.order.OrderKind;
import org.telecrm.order.aggregate.Channel;
import org.telecrm.order.aggregate.ClockBasis;
import org.telecrm.order.aggregate.Node;
import org.telecrm.order.aggregate.OrderIntake;
import org.telecrm.order.aggregate.NodeTimeLimits;
import org.telecrm.order.aggregate.ResponsibleParty;
import org.telecrm.order.aggregate.ServiceOrder;
import org.telecrm.order.aggregate.ServiceOrderEvent;
import org.telecrm.order.aggregate.ServiceOrderId;
import org.openjdk.jmh.infra.Blackhole;
import org.telecrm.order.clock.CalendarVersions;
import org.telecrm.order.clock.SlaClock;
import org.telecrm.sla.CircuitId;
import org.telecrm.persistence.Versioned;
import org.telecrm.persistence.orders.ServiceOrders;
import org.telecrm.sla.SlaContractId;

import java.time.Duration;
import java.time.Instant;

/**
 * The service orders the storage benchmarks save and load: fault reports about an SLA contract, each accepted,
 * dispatched, worked on and completed (four changes, so an audit trail of four nodes and four events), as a host's
 * typical order looks when it is saved.
 */
final class BenchOrders {

    private static final Instant AT = Instant.parse("2026-03-02T01:00:00Z");
    private static final ClockBasis BASIS = ClockBasis.currentOf(CalendarVersions.first(WorkingDayCalendar.official()),
            SlaClock.BEIJING);
    private static final ResponsibleParty DESK = ResponsibleParty.of("Key-account service desk", "S-001");
    private static final ResponsibleParty LINES = ResponsibleParty.of("Futian network operations", "S-101");
    private static final StaffId CLERK = StaffId.of("S-001");

    private BenchOrders() {
    }

    /** {@code count} completed orders {@code prefix0}, {@code prefix1}, ..., each with the events of its history. */
    static Seq<Changed<ServiceOrder, ServiceOrderEvent>> completed(String prefix, int count) {
        return List.range(0, count).map(i -> completed(prefix + i, AT.plus(Duration.ofMinutes(i))));
    }

    private static Changed<ServiceOrder, ServiceOrderEvent> completed(String id, Instant at) {
        OrderIntake intake = new OrderIntake(ServiceOrderId.of(id), OrderKind.FAULT_REPORT, Channel.HOTLINE_10000,
                CustomerId.of("C-440300-000123"), Option.some(SlaContractId.of("SLA-1")),
                Option.some(CircuitId.of("DDN-1")), Option.some(StarLevel.FIVE_STARS), Option.none());
        Changed<ServiceOrder, ServiceOrderEvent> order = orThrow(ServiceOrder.accept(intake,
                NodeTimeLimits.sample().limitsFor(OrderKind.FAULT_REPORT, intake.star(), Option.none(), false), BASIS,
                DESK, CLERK, at, "reported by the customer's duty officer"));
        for (Node next : List.of(Node.DISPATCHED, Node.IN_PROGRESS, Node.COMPLETED)) {
            at = at.plus(Duration.ofHours(1));
            Changed<ServiceOrder, ServiceOrderEvent> moved = orThrow(order.state().moveTo(next, LINES,
                    StaffId.of("S-101"), at, "moved to " + next));
            order = Changed.of(moved.state(), order.events().appendAll(moved.events()));
        }
        return order;
    }

    /** Saves each order as new; the sum of the versions saved (every one 1), for the benchmark to return. */
    static long saveAll(ServiceOrders orders, Seq<Changed<ServiceOrder, ServiceOrderEvent>> toSave) {
        long versions = 0;
        for (Changed<ServiceOrder, ServiceOrderEvent> order : toSave) {
            versions += orders.save(order, Versioned.NEW).get();
        }
        return versions;
    }

    /** Loads each order by id into the black hole. */
    static void loadAll(ServiceOrders orders, Seq<ServiceOrderId> ids, Blackhole loaded) {
        for (ServiceOrderId id : ids) {
            loaded.consume(orders.load(id).get());
        }
    }

    private static <L> Changed<ServiceOrder, ServiceOrderEvent> orThrow(
            Either<L, Changed<ServiceOrder, ServiceOrderEvent>> result) {
        return result.getOrElseThrow(rejection -> new IllegalStateException("the benchmark's order was refused: "
                + rejection));
    }
}
