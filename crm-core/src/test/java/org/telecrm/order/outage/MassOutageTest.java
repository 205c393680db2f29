package org.telecrm.order.outage;

import io.vavr.collection.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.telecrm.customer.StaffId;
import org.telecrm.kernel.Changed;
import org.telecrm.order.OrderKind;
import org.telecrm.order.aggregate.Node;
import org.telecrm.order.aggregate.OrderIntake;
import org.telecrm.order.aggregate.Orders;
import org.telecrm.order.aggregate.ResponsibleParty;
import org.telecrm.order.aggregate.ServiceOrder;
import org.telecrm.order.aggregate.ServiceOrderEvent;
import org.telecrm.order.aggregate.ServiceOrderId;
import org.telecrm.order.clock.PauseReason;
import org.telecrm.sla.CircuitId;
import org.telecrm.sla.quality.Outage;
import org.telecrm.sla.quality.OutageCause;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.telecrm.order.aggregate.Orders.bj;

/**
 * Issue 15, item 4: a mass outage is a parent incident with the fault orders of the circuits it took down attached
 * (and detached) with a reason; the attached children take its pauses and its restoration, each once; availability
 * counts the outage once per circuit.
 */
class MassOutageTest {

    static final StaffId NOC = StaffId.of("S-700");
    static final ResponsibleParty LINES = ResponsibleParty.of("Futian network operations", "S-101");
    static final Instant CUT = bj("2026-03-02T09:00");

    static ServiceOrder fault(String id, String circuit, Instant at) {
        ServiceOrder template = Orders.accepted(OrderKind.FAULT_REPORT, false, at);
        OrderIntake i = template.intake();
        return ServiceOrder.restore(new OrderIntake(ServiceOrderId.of(id), i.kind(), i.channel(), i.customer(),
                        i.contract(), io.vavr.control.Option.some(CircuitId.of(circuit)), i.star(), i.accountManager()),
                template.limits(), template.basis(), template.visits(), template.auditTrail(), template.pauses(),
                template.returnVisit(), template.missedReported()).get();
    }

    static MassOutage cable() {
        MassOutage outage = MassOutage.declare(MassOutageId.of("MO-7"), "fibre cut, Shennan Road", NOC, CUT).state();
        outage = outage.attach(ServiceOrderId.of("SO-1"), CircuitId.of("DDN-1"), NOC, bj("2026-03-02T09:10"),
                "on the cut cable").get().state();
        outage = outage.attach(ServiceOrderId.of("SO-2"), CircuitId.of("DDN-2"), NOC, bj("2026-03-02T09:10"),
                "on the cut cable").get().state();
        return outage.attach(ServiceOrderId.of("SO-3"), CircuitId.of("DDN-1"), NOC, bj("2026-03-02T09:11"),
                "second report of DDN-1").get().state();
    }

    @Nested
    class AttachAndDetachWithAReason {

        @Test
        void aChildIsAttachedOnceAndDetachedWithWhoAndWhy() {
            MassOutage outage = cable();
            assertInstanceOf(MassOutageRejection.NotAttachable.class, outage.attach(ServiceOrderId.of("SO-1"),
                    CircuitId.of("DDN-1"), NOC, bj("2026-03-02T09:20"), "again").getLeft());
            Changed<MassOutage, MassOutageEvent> detached = outage.detach(ServiceOrderId.of("SO-2"), NOC,
                    bj("2026-03-02T09:30"), "its own fault: the customer's router").get();
            assertEquals(List.of(new MassOutageEvent.ChildDetached(outage.id(), ServiceOrderId.of("SO-2"),
                    "its own fault: the customer's router", NOC, bj("2026-03-02T09:30"))), detached.events());
            assertEquals(List.of("SO-1", "SO-3"), detached.state().attached().map(l -> l.order().value()));
            assertEquals(3, detached.state().children().size(), "the history keeps the detached child");
            assertInstanceOf(MassOutageRejection.NotAttachable.class, detached.state().detach(ServiceOrderId.of("SO-2"),
                    NOC, bj("2026-03-02T09:40"), "").getLeft());
            assertInstanceOf(MassOutageRejection.OutOfOrder.class, detached.state().detach(ServiceOrderId.of("SO-1"),
                    NOC, bj("2026-03-02T09:00"), "").getLeft());
        }

        @Test
        void anOutageRestoresAsItWasAndRefusesAChildAttachedTwice() {
            MassOutage outage = cable().detach(ServiceOrderId.of("SO-2"), NOC, bj("2026-03-02T09:30"), "diverges").get()
                    .state().restore(NOC, bj("2026-03-02T13:00")).get().state();
            assertEquals(outage, MassOutage.restore(outage.id(), outage.description(), outage.declaredAt(),
                    outage.children(), outage.pauses(), outage.restoredAt()).get());
            assertEquals(List.of("children[1].order"), MassOutage.restore(outage.id(), "", CUT,
                    List.of(outage.children().head(), outage.children().head()), outage.pauses(), outage.restoredAt())
                    .getLeft().problems().map(p -> p.field()).toList());
        }

        @Test
        void aRestoredOutageIsFinal() {
            MassOutage restored = cable().restore(NOC, bj("2026-03-02T13:00")).get().state();
            assertInstanceOf(MassOutageRejection.Restored.class, restored.attach(ServiceOrderId.of("SO-9"),
                    CircuitId.of("DDN-9"), NOC, bj("2026-03-02T14:00"), "").getLeft());
        }
    }

    @Nested
    class TheChildrenInheritPausesAndRestorationUnlessDetached {

        @Test
        void theRestorationCompletesEachAttachedChildOnceAtItsInstant() {
            MassOutage outage = cable().detach(ServiceOrderId.of("SO-2"), NOC, bj("2026-03-02T09:30"), "diverges")
                    .get().state().restore(NOC, bj("2026-03-02T13:00")).get().state();
            ServiceOrder one = fault("SO-1", "DDN-1", bj("2026-03-02T09:05"));
            ServiceOrder two = fault("SO-2", "DDN-2", bj("2026-03-02T09:06"));
            Changed<ServiceOrder, ServiceOrderEvent> restored = Inheritance.inherit(outage, one, LINES, NOC).get();
            assertEquals(Node.COMPLETED, restored.state().node());
            assertEquals(bj("2026-03-02T13:00"), restored.state().completedAt().get());
            assertEquals("restored with mass outage MO-7", restored.state().auditTrail().last().note());
            assertTrue(Inheritance.inherit(outage, restored.state(), LINES, NOC).get().changedNothing(), "once");
            assertTrue(Inheritance.inherit(outage, two, LINES, NOC).get().changedNothing(), "detached: its own");
        }

        @Test
        void anAttachedChildTakesTheOutagesPausesAndItsClockStopsWithThem() {
            MassOutage outage = cable().pause(PauseReason.SITE_NOT_READY, NOC, bj("2026-03-02T10:00")).get().state()
                    .resume(NOC, bj("2026-03-02T11:00")).get().state().restore(NOC, bj("2026-03-02T13:00")).get().state();
            ServiceOrder child = Inheritance.inherit(outage, fault("SO-1", "DDN-1", bj("2026-03-02T09:05")), LINES, NOC)
                    .get().state();
            assertEquals(1, child.pauses().pauses().size());
            assertEquals(bj("2026-03-02T10:00"), child.pauses().pauses().head().start());
            assertEquals(Duration.ofMinutes(175), child.elapsed(bj("2026-03-02T13:00")),
                    "09:05 to 13:00 less the hour's pause");
        }
    }

    @Nested
    class AvailabilityCountsEachOutageOncePerCircuit {

        @Test
        void twoReportsOfOneCircuitAreOneOutage() {
            MassOutage restored = cable().restore(NOC, bj("2026-03-02T13:00")).get().state();
            List<Outage> records = List.ofAll(Inheritance.outagesPerCircuit(restored, OutageCause.PROVIDER));
            assertEquals(List.of("DDN-1", "DDN-2"), records.map(o -> o.circuit().value()));
            assertEquals(List.of(Duration.ofHours(4), Duration.ofHours(4)),
                    records.map(o -> Duration.between(o.start(), o.end())));
            assertTrue(Inheritance.outagesPerCircuit(cable(), OutageCause.PROVIDER).isEmpty(), "none before restoration");
        }
    }
}
