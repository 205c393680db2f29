package org.telecrm.order.outage;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.telecrm.order.aggregate.Node;
import org.telecrm.order.aggregate.ReopenWindow;
import org.telecrm.order.aggregate.ReturnVisitOutcome;
import org.telecrm.order.aggregate.ServiceOrder;
import org.telecrm.order.compensation.CompensationLink;
import org.telecrm.sla.CircuitId;
import org.telecrm.sla.quality.Outage;
import org.telecrm.sla.quality.OutageCause;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.telecrm.order.outage.MassOutageTest.CUT;
import static org.telecrm.order.outage.MassOutageTest.LINES;
import static org.telecrm.order.outage.MassOutageTest.NOC;
import static org.telecrm.order.outage.MassOutageTest.fault;
import static org.telecrm.testing.Purposes.returnVisitsAllowed;

/**
 * Issue 15, items 1 and 2: the response of a mass outage is the parent's, when work first started on any of its
 * attached children (the crew on the cut works for every circuit on it), so a circuit whose own reports were never
 * started is not charged the whole outage as response time; with no work started on any child, no response is
 * recorded (the quality engine then reads it at the restoration). A child reopened after the outage adds its reopened
 * period's own record.
 */
class MassOutageResponseTest {

    static final Instant RESTORED = CUT.plus(Duration.ofHours(3));

    static ServiceOrder started(ServiceOrder order, Instant at) {
        return order.moveTo(Node.DISPATCHED, LINES, NOC, at, "").get().state()
                .moveTo(Node.IN_PROGRESS, LINES, NOC, at, "").get().state();
    }

    static MassOutage restored(Seq<ServiceOrder> children) {
        MassOutage outage = MassOutage.declare(MassOutageId.of("MO-1"), "cable cut", NOC, CUT).state();
        for (ServiceOrder child : children) {
            outage = outage.attach(child.id(), child.intake().circuit().get(), NOC, CUT.plusSeconds(300), "on the cable")
                    .get().state();
        }
        return outage.restore(NOC, RESTORED).get().state();
    }

    @Test
    void aCircuitWithNoStartedChildIsRespondedWhenTheParentsWorkStarted() {
        ServiceOrder a = started(fault("SO-A", "DDN-1", CUT.plusSeconds(60)), CUT.plusSeconds(1200));
        ServiceOrder b = fault("SO-B", "DDN-2", CUT.plusSeconds(120));                // never started
        MassOutage outage = restored(List.of(a, b));
        Seq<ServiceOrder> handled = List.of(a, b).map(o -> Inheritance.inherit(outage, o, LINES, NOC).get().state());
        Seq<Outage> records = CompensationLink.outages(outage, handled, OutageCause.PROVIDER);
        assertEquals(List.of(
                Outage.of("MO-1/DDN-1", CircuitId.of("DDN-1"), CUT, RESTORED, OutageCause.PROVIDER).respondedAt(CUT.plusSeconds(1200)),
                Outage.of("MO-1/DDN-2", CircuitId.of("DDN-2"), CUT, RESTORED, OutageCause.PROVIDER).respondedAt(CUT.plusSeconds(1200))),
                records, "DDN-2 responded at 09:20 with the cut, not charged 3 h");
        assertEquals(Duration.ofMinutes(20), records.get(1).responseTime());
    }

    @Test
    void withNoWorkStartedOnAnyChildNoResponseIsRecorded() {
        ServiceOrder a = fault("SO-A", "DDN-1", CUT.plusSeconds(60));
        MassOutage outage = restored(List.of(a));
        Seq<Outage> records = CompensationLink.outages(outage, List.of(a), OutageCause.PROVIDER);
        assertEquals(List.of(Outage.of("MO-1/DDN-1", CircuitId.of("DDN-1"), CUT, RESTORED, OutageCause.PROVIDER)), records);
        Seq<Outage> inherited = CompensationLink.outages(outage,
                List.of(Inheritance.inherit(outage, a, LINES, NOC).get().state()), OutageCause.PROVIDER);
        assertEquals(Option.some(RESTORED), inherited.head().respondedAt(), "work started with the restoration");
    }

    @Test
    void aChildReopenedAfterTheOutageAddsItsReopenedPeriodOnly() {
        ServiceOrder a = started(fault("SO-A", "DDN-1", CUT.plusSeconds(60)), CUT.plusSeconds(600));
        MassOutage outage = restored(List.of(a));
        ServiceOrder child = Inheritance.inherit(outage, a, LINES, NOC).get().state();
        child = child.recordReturnVisit(ReturnVisitOutcome.SATISFIED, returnVisitsAllowed(child.intake().customer()),
                LINES, NOC, RESTORED.plusSeconds(600), "").get().state().close(NOC, RESTORED.plusSeconds(900), "").get().state();
        Instant back = RESTORED.plus(Duration.ofHours(20));
        child = child.reopen(LINES, NOC, back, "drops again", ReopenWindow.SAMPLE).get().state()
                .complete(LINES, NOC, back.plusSeconds(1800), "").get().state();
        assertEquals(List.of(
                Outage.of("MO-1/DDN-1", CircuitId.of("DDN-1"), CUT, RESTORED, OutageCause.PROVIDER).respondedAt(CUT.plusSeconds(600)),
                Outage.of("SO-A#2", CircuitId.of("DDN-1"), back, back.plusSeconds(1800), OutageCause.PROVIDER).respondedAt(back)),
                CompensationLink.outages(outage, List.of(child), OutageCause.PROVIDER));
    }
}
