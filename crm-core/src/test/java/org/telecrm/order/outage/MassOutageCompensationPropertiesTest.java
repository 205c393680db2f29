package org.telecrm.order.outage;

import io.vavr.Tuple;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.telecrm.money.Money;
import org.telecrm.order.aggregate.Node;
import org.telecrm.order.aggregate.NodeVisit;
import org.telecrm.order.aggregate.ServiceOrder;
import org.telecrm.order.aggregate.ServiceOrderId;
import org.telecrm.order.compensation.CompensationLink;
import org.telecrm.sla.CircuitId;
import org.telecrm.sla.quality.Outage;
import org.telecrm.sla.quality.OutageCause;
import org.telecrm.sla.quality.QualityAssessment;
import org.telecrm.sla.quality.QualityCase;
import org.telecrm.sla.quality.QualityCompensation;
import org.telecrm.sla.quality.QualityLevelTable;

import java.time.Instant;
import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.telecrm.order.outage.MassOutageTest.LINES;
import static org.telecrm.order.outage.MassOutageTest.NOC;
import static org.telecrm.order.outage.MassOutageTest.fault;

/**
 * Issue 15, item 4: availability compensation per circuit counts each mass outage once. Under random fault reports
 * (six orders on three circuits, several reports of one circuit, work started at random), random attachments and
 * detachments and a restoration the children inherit, the outage records ({@link CompensationLink#outages}) hold
 * exactly one record of the outage per circuit attached at the restoration and no attached child's own, and each
 * circuit's month is assessed exactly as if one order (the first to start work) had reported it.
 */
class MassOutageCompensationPropertiesTest {

    static final Instant T0 = MassOutageTest.CUT;
    static final YearMonth MONTH = YearMonth.of(2026, 3);
    static final QualityCompensation ENGINE = QualityCompensation.sample();

    /** A child: its circuit (1-3), minutes to the start of work, attached or not, detached later or not. */
    record Report(int circuit, int startMinutes, boolean attached, boolean detached) {
    }

    @Provide
    Arbitrary<Seq<Report>> reports() {
        return net.jqwik.api.Combinators.combine(Arbitraries.integers().between(1, 3),
                Arbitraries.integers().between(1, 300), Arbitraries.of(true, true, false), Arbitraries.of(false, false, true))
                .as(Report::new).list().ofSize(6).map(List::ofAll);
    }

    @Property
    void eachOutageCountsOncePerCircuitHoweverManyOrdersReportedIt(@ForAll("reports") Seq<Report> reports,
                                                                   @ForAll @IntRange(min = 1, max = 48) int hours) {
        Seq<ServiceOrder> reported = reports.zipWithIndex().map(r -> {
            ServiceOrder order = fault("SO-" + r._2, "DDN-" + r._1.circuit(), T0.plusSeconds(60L * r._2));
            order = order.moveTo(Node.DISPATCHED, LINES, NOC, T0.plusSeconds(60L * r._2 + 30), "").get().state();
            return order.moveTo(Node.IN_PROGRESS, LINES, NOC, T0.plusSeconds(60L * (r._2 + r._1.startMinutes())), "")
                    .get().state();
        });
        MassOutage outage = MassOutage.declare(MassOutageId.of("MO-1"), "cable cut", NOC, T0).state();
        Instant at = T0.plusSeconds(600);
        for (var r : reports.zipWithIndex().filter(r -> r._1.attached())) {
            outage = outage.attach(reported.get(r._2).id(), CircuitId.of("DDN-" + r._1.circuit()), NOC, at, "on the cable")
                    .get().state();
        }
        at = at.plusSeconds(60);
        for (var r : reports.zipWithIndex().filter(r -> r._1.attached() && r._1.detached())) {
            outage = outage.detach(reported.get(r._2).id(), NOC, at, "its own fault").get().state();
        }
        Instant restoredAt = T0.plusSeconds(3600L * hours + 6 * 3600);
        MassOutage restored = outage.restore(NOC, restoredAt).get().state();
        Seq<ServiceOrderId> inOutage = restored.attached().map(ChildLink::order);
        Seq<ServiceOrder> handled = reported.map(o -> inOutage.contains(o.id())
                ? Inheritance.inherit(restored, o, LINES, NOC).get().state()
                : o.moveTo(Node.COMPLETED, LINES, NOC, restoredAt.plusSeconds(1800), "its own fault repaired").get().state());

        Seq<Outage> records = CompensationLink.outages(restored, handled, OutageCause.PROVIDER);

        Seq<CircuitId> circuits = restored.attached().map(ChildLink::circuit).distinct();
        for (CircuitId circuit : circuits) {
            assertEquals(1, records.count(o -> o.circuit().equals(circuit) && o.ticket().startsWith("MO-1/")),
                    "one record of the outage for " + circuit);
        }
        assertTrue(records.forAll(o -> !inOutage.contains(ServiceOrderId.of(o.ticket()))), "no attached child's own");
        assertEquals(circuits.size() + handled.count(o -> !inOutage.contains(o.id())), records.size());

        // one report per circuit in the outage: the first to start work on it, the others dropped
        Seq<ServiceOrder> single = handled.filter(o -> !inOutage.contains(o.id())).appendAll(circuits.map(c ->
                handled.filter(o -> inOutage.contains(o.id()) && o.intake().circuit().contains(c))
                        .minBy(o -> startedWork(o).get()).get()));
        Seq<Outage> once = CompensationLink.outages(restored, single, OutageCause.PROVIDER);
        for (int c = 1; c <= 3; c++) {
            CircuitId circuit = CircuitId.of("DDN-" + c);
            assertEquals(figures(assess(circuit, once)), figures(assess(circuit, records)),
                    circuit + " is compensated as if reported once");
        }
        Statistics.label("reports of a circuit in the outage").collect(inOutage.size() - circuits.size());
    }

    private static Option<Instant> startedWork(ServiceOrder order) {
        return order.visits().find(v -> v.node() == Node.IN_PROGRESS).map(NodeVisit::entered);
    }

    private static QualityAssessment assess(CircuitId circuit, Seq<Outage> records) {
        return ENGINE.assess(QualityCase.forMonth(circuit, QualityLevelTable.LEVEL_1, Money.ofYuan(2000), MONTH,
                records.filter(o -> o.circuit().equals(circuit)))).get();
    }

    private static Object figures(QualityAssessment a) {
        return Tuple.of(a.availability(), a.shortfallUnits(), a.restorationUnits(), a.responseUnits(), a.credit());
    }
}
