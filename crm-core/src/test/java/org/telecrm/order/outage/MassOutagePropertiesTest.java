package org.telecrm.order.outage;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.telecrm.kernel.Changed;
import org.telecrm.order.aggregate.Node;
import org.telecrm.order.aggregate.ServiceOrder;
import org.telecrm.order.aggregate.ServiceOrderEvent;
import org.telecrm.order.aggregate.ServiceOrderId;
import org.telecrm.order.clock.PauseReason;
import org.telecrm.sla.CircuitId;
import org.telecrm.sla.quality.OutageCause;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.telecrm.order.outage.MassOutageTest.LINES;
import static org.telecrm.order.outage.MassOutageTest.NOC;
import static org.telecrm.order.outage.MassOutageTest.fault;

/**
 * Issue 15, item 6: under random attachments, detachments, pauses and resumptions of a mass outage, its restoration
 * completes each child attached at that instant exactly once (however often the host applies it) and no other; the
 * children carry the outage's pauses since they were attached; availability has one record per circuit.
 */
class MassOutagePropertiesTest {

    static final Instant T0 = MassOutageTest.CUT;

    /** 0 attach, 1 detach, 2 pause, 3 resume; {@code child} the order's number; {@code minutes} after the latest. */
    record Command(int what, int child, int minutes) {
    }

    @Provide
    Arbitrary<Seq<Command>> commands() {
        return Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 5),
                Arbitraries.integers().between(0, 120)).as(Command::new).list().ofMaxSize(30).map(List::ofAll);
    }

    @Provide
    Arbitrary<Seq<Integer>> circuits() {
        return Arbitraries.integers().between(1, 3).list().ofSize(6).map(List::ofAll);
    }

    @Property
    void aParentsRestorationClosesEachChildOnce(@ForAll("commands") Seq<Command> commands,
                                                @ForAll("circuits") Seq<Integer> circuits,
                                                @ForAll("started") Seq<Integer> started) {
        Seq<ServiceOrder> children = List.range(0, 6).map(i -> {
            ServiceOrder order = fault("SO-" + i, "DDN-" + circuits.get(i), T0.plusSeconds(60L * i));
            Instant at = T0.plusSeconds(60L * i + 30);
            for (int s = 0; s < started.get(i); s++) {
                order = order.moveTo(order.node().next(false).head(), LINES, NOC, at, "").get().state();
            }
            return order;
        });
        MassOutage outage = MassOutage.declare(MassOutageId.of("MO-1"), "cable cut", NOC, T0.plusSeconds(600)).state();
        Instant at = outage.declaredAt();
        for (Command c : commands) {
            at = at.plusSeconds(60L * c.minutes());
            ServiceOrderId child = ServiceOrderId.of("SO-" + c.child());
            var result = switch (c.what()) {
                case 0 -> outage.attach(child, CircuitId.of("DDN-" + circuits.get(c.child())), NOC, at, "on the cable");
                case 1 -> outage.detach(child, NOC, at, "diverges");
                case 2 -> outage.pause(PauseReason.CUSTOMER_REQUESTED_DELAY, NOC, at);
                default -> outage.resume(NOC, at);
            };
            outage = result.map(Changed::state).getOrElse(outage);
        }
        MassOutage restored = outage.restore(NOC, at.plusSeconds(3600)).get().state();
        Seq<ServiceOrderId> attached = restored.attached().map(ChildLink::order);
        for (ServiceOrder child : children) {
            Changed<ServiceOrder, ServiceOrderEvent> first = Inheritance.inherit(restored, child, LINES, NOC).get();
            Changed<ServiceOrder, ServiceOrderEvent> again = Inheritance.inherit(restored, first.state(), LINES, NOC).get();
            long completions = first.events().appendAll(again.events()).count(e -> e instanceof ServiceOrderEvent.NodeEntered n
                    && n.to() == Node.COMPLETED);
            boolean isAttached = attached.contains(child.id());
            assertEquals(isAttached ? 1 : 0, completions, child.id() + " completed once if attached, else never");
            assertTrue(again.changedNothing(), "applying the restoration again changes nothing");
            if (isAttached) {
                assertEquals(restored.restoredAt(), first.state().completedAt());
                Instant since = restored.attached().find(l -> l.order().equals(child.id())).get().attachedAt();
                restored.pauses().pauses().filter(p -> !p.start().isBefore(since)).forEach(p -> assertTrue(
                        first.state().pauses().pauses().exists(q -> q.start().equals(p.start())), "inherits " + p));
            }
        }
        assertEquals(restored.attached().map(ChildLink::circuit).distinct().size(),
                Inheritance.outagesPerCircuit(restored, OutageCause.PROVIDER).size(), "one record per circuit");
        Statistics.label("attached at restoration").collect(attached.size());
    }

    @Provide
    Arbitrary<Seq<Integer>> started() {
        return Arbitraries.integers().between(0, 2).list().ofSize(6).map(List::ofAll);
    }
}
