package org.telecrm.order.compensation;

import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.telecrm.customer.star.StarLevel;
import org.telecrm.order.OrderKind;
import org.telecrm.order.aggregate.ClockBasis;
import org.telecrm.order.aggregate.NodeLimits;
import org.telecrm.order.aggregate.NodeTimeLimits;
import org.telecrm.order.aggregate.ServiceOrder;
import org.telecrm.order.aggregate.ServiceOrderId;
import org.telecrm.order.clock.SlaClock;
import org.telecrm.sla.CircuitId;
import org.telecrm.sla.contract.ContractFixtures;
import org.telecrm.sla.contract.OrderEvaluation;
import org.telecrm.sla.contract.SlaContract;
import org.telecrm.sla.quality.Outage;
import org.telecrm.sla.quality.OutageCause;

import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.telecrm.order.aggregate.Orders.CALENDARS;
import static org.telecrm.order.aggregate.Orders.CLERK;
import static org.telecrm.order.aggregate.Orders.DESK;
import static org.telecrm.order.aggregate.Orders.LINES;
import static org.telecrm.order.aggregate.Orders.accepted;
import static org.telecrm.order.aggregate.Orders.bj;
import static org.telecrm.order.aggregate.Orders.intake;
import static org.telecrm.order.aggregate.Orders.ok;

/**
 * Issue 15, item 3: the compensation of an order about several circuits is per circuit — each circuit evaluated on
 * its own completion, each restored circuit's outage recorded once, up to its own restoration.
 */
class CompensationPerCircuitTest {

    static final Instant MON = bj("2026-03-02T09:00");
    static final SlaContract CONTRACT = ContractFixtures.active();
    static final CircuitId DDN = ContractFixtures.DDN.id();
    static final CircuitId LEASED = ContractFixtures.LEASED.id();

    static ServiceOrder twoCircuits(OrderKind kind) {
        NodeLimits limits = NodeTimeLimits.sample().limitsFor(kind, Option.some(StarLevel.FIVE_STARS),
                kind == OrderKind.PROVISIONING ? Option.some(6) : Option.none(), false);
        ServiceOrder order = ok(ServiceOrder.accept(intake("SO-1", kind), List.of(LEASED), limits,
                ClockBasis.currentOf(CALENDARS, SlaClock.BEIJING), DESK, CLERK, MON, ""));
        order = ok(order.dispatch(LINES, CLERK, bj("2026-03-02T09:05"), ""));
        return ok(order.startWork(LINES, CLERK, bj("2026-03-02T09:10"), ""));
    }

    @Test
    void eachCircuitIsEvaluatedOnItsOwnCompletion() {
        ServiceOrder order = ok(twoCircuits(OrderKind.PROVISIONING).completeItem(LEASED, CLERK, bj("2026-03-04T10:00"), ""));
        order = ok(order.complete(LINES, CLERK, bj("2026-04-10T10:00"), "DDN-1 opened five weeks on"));
        Seq<Tuple2<CircuitId, OrderEvaluation>> each = CompensationLink.itemEvaluations(order, CONTRACT, CALENDARS,
                LocalDate.of(2026, 4, 30)).get();
        assertEquals(List.of(DDN, LEASED), each.map(Tuple2::_1));
        OrderEvaluation ddn = each.get(0)._2;
        OrderEvaluation leased = each.get(1)._2;
        assertEquals("SO-1/DDN-1", ddn.order().id().value());
        assertEquals("SO-1/DC-2", leased.order().id().value());
        assertTrue(ddn.assessment().workingDaysLate() > 0, "five weeks is late");
        assertTrue(ddn.breach().isDefined());
        assertEquals(0, leased.assessment().workingDaysLate(), "two days is on time");
        assertTrue(leased.breach().isEmpty());
        assertEquals(CompensationLink.evaluate(order, CONTRACT, CALENDARS, LocalDate.of(2026, 4, 30)).get()
                .assessment(), ddn.assessment(), "the circuit that followed the order is evaluated as the order");
    }

    @Test
    void aCircuitNotCompletedIsEvaluatedOpenAsOfTheDay() {
        ServiceOrder order = ok(twoCircuits(OrderKind.PROVISIONING).completeItem(LEASED, CLERK, bj("2026-03-04T10:00"), ""));
        Seq<Tuple2<CircuitId, OrderEvaluation>> each = CompensationLink.itemEvaluations(order, CONTRACT, CALENDARS,
                LocalDate.of(2026, 4, 30)).get();
        assertTrue(each.get(0)._2.assessment().workingDaysLate() > 0, "still open on 30 April");
        assertEquals(0, each.get(1)._2.assessment().workingDaysLate());
    }

    @Test
    void refusedAsTheOrdersEvaluationIs() {
        assertInstanceOf(LinkError.WrongKind.class, CompensationLink.itemEvaluations(twoCircuits(OrderKind.FAULT_REPORT),
                CONTRACT, CALENDARS, LocalDate.of(2026, 4, 30)).getLeft());
    }

    @Test
    void eachRestoredCircuitsOutageIsRecordedOnceUpToItsOwnRestoration() {
        ServiceOrder order = ok(twoCircuits(OrderKind.FAULT_REPORT).completeItem(LEASED, CLERK, bj("2026-03-02T10:00"), ""));
        assertEquals(List.of(Outage.of("SO-1/DC-2", LEASED, MON, bj("2026-03-02T10:00"), OutageCause.PROVIDER)
                        .respondedAt(bj("2026-03-02T09:10"))),
                CompensationLink.outages(order, OutageCause.PROVIDER).get(), "the circuit still down has none yet");
        order = ok(order.complete(DESK, CLERK, bj("2026-03-02T12:00"), ""));
        assertEquals(List.of(
                        Outage.of("SO-1/DDN-1", DDN, MON, bj("2026-03-02T12:00"), OutageCause.PROVIDER)
                                .respondedAt(bj("2026-03-02T09:10")),
                        Outage.of("SO-1/DC-2", LEASED, MON, bj("2026-03-02T10:00"), OutageCause.PROVIDER)
                                .respondedAt(bj("2026-03-02T09:10"))),
                CompensationLink.outages(order, OutageCause.PROVIDER).get());
    }

    @Test
    void anOrderAboutOneCircuitKeepsItsOwnTicket() {
        ServiceOrder single = ok(ok(ok(accepted(OrderKind.FAULT_REPORT, false, MON).dispatch(LINES, CLERK,
                bj("2026-03-02T09:05"), "")).startWork(LINES, CLERK, bj("2026-03-02T09:10"), ""))
                .complete(DESK, CLERK, bj("2026-03-02T10:00"), ""));
        assertEquals(List.of(Outage.of("SO-1", DDN, MON, bj("2026-03-02T10:00"), OutageCause.PROVIDER)
                .respondedAt(bj("2026-03-02T09:10"))), CompensationLink.outages(single, OutageCause.PROVIDER).get());
        assertEquals("SO-1", CompensationLink.itemTicket(single, DDN));
        assertInstanceOf(LinkError.WrongKind.class, CompensationLink.outages(twoCircuits(OrderKind.PROVISIONING),
                OutageCause.PROVIDER).getLeft());
        assertEquals(ServiceOrderId.of("SO-1"), single.id());
    }
}
