package org.telecrm.order.aggregate;

import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.telecrm.order.OrderKind;
import org.telecrm.order.clock.ClockReading;
import org.telecrm.order.clock.Pause;
import org.telecrm.order.clock.PauseLedger;
import org.telecrm.order.clock.PauseReason;
import org.telecrm.order.clock.SlaClock;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.telecrm.order.aggregate.Orders.CALENDARS;
import static org.telecrm.order.aggregate.Orders.CLERK;
import static org.telecrm.order.aggregate.Orders.DESK;
import static org.telecrm.order.aggregate.Orders.LINES;
import static org.telecrm.order.aggregate.Orders.accepted;
import static org.telecrm.order.aggregate.Orders.bj;
import static org.telecrm.order.aggregate.Orders.ok;

/**
 * The rules of the service order not covered by its flow tests: which kinds need a circuit (on acceptance and on
 * restore), what a restored order must hold (visits left in turn, pauses closed but the last, missed deadlines of
 * entered nodes only), completion and clock readings, identity and rendering.
 */
class ServiceOrderRulesTest {

    static final Instant MON = bj("2026-03-02T09:00");

    private static OrderIntake withoutCircuit(OrderKind kind) {
        OrderIntake i = Orders.intake("SO-9", kind);
        return new OrderIntake(i.id(), kind, i.channel(), i.customer(), i.contract(), Option.none(), i.star(),
                i.accountManager());
    }

    private static ServiceOrder acceptedWithout(OrderKind kind) {
        ServiceOrder template = accepted(kind, false, MON);
        return ok(ServiceOrder.accept(withoutCircuit(kind), template.limits(), template.basis(), DESK, CLERK, MON, ""));
    }

    @Nested
    class ACircuitIsNeededForProvisioningAndFaultsOnly {

        @Test
        void onAcceptance() {
            for (OrderKind kind : List.of(OrderKind.PROVISIONING, OrderKind.FAULT_REPORT)) {
                ServiceOrder template = accepted(kind, false, MON);
                ServiceOrderRejection refused = ServiceOrder.accept(withoutCircuit(kind), template.limits(),
                        template.basis(), DESK, CLERK, MON, "").getLeft();
                assertEquals(new ServiceOrderRejection.MissingCircuit(ServiceOrderId.of("SO-9"), kind), refused);
                assertEquals("order SO-9: circuit is required for a " + kind + " order", refused.message());
            }
            for (OrderKind kind : List.of(OrderKind.COMPLAINT, OrderKind.CHANGE, OrderKind.CANCELLATION)) {
                assertEquals(kind, acceptedWithout(kind).kind());
            }
        }

        @Test
        void onRestore() {
            for (OrderKind kind : List.of(OrderKind.PROVISIONING, OrderKind.FAULT_REPORT)) {
                ServiceOrder o = accepted(kind, false, MON);
                assertEquals(List.of("circuit: a " + kind + " order names its circuit"),
                        ServiceOrder.restore(withoutCircuit(kind), o.limits(), o.basis(), o.visits(), o.auditTrail(),
                                o.pauses(), o.returnVisit(), o.missedReported()).getLeft().messages().toList());
            }
            ServiceOrder complaint = acceptedWithout(OrderKind.COMPLAINT);
            assertEquals(complaint, ServiceOrder.restore(complaint.intake(), complaint.limits(), complaint.basis(),
                    complaint.visits(), complaint.auditTrail(), complaint.pauses(), complaint.returnVisit(),
                    complaint.missedReported()).get());
        }
    }

    @Nested
    class ARestoredOrder {

        private final ServiceOrder o = ServiceOrderTest.through(accepted(OrderKind.PROVISIONING, true, MON),
                Node.IN_PROGRESS);

        private List<String> refused(Seq<NodeVisit> visits, PauseLedger pauses, io.vavr.collection.Set<Node> missed) {
            return ServiceOrder.restore(o.intake(), o.limits(), o.basis(), visits, o.auditTrail(), pauses,
                    o.returnVisit(), missed).getLeft().messages().toList();
        }

        @Test
        void startsAcceptedAndHasLeftEveryNodeButTheCurrentOne() {
            Seq<NodeVisit> v = o.visits();
            NodeVisit first = v.head();
            NodeVisit notAccepted = new NodeVisit(Node.DISPATCHED, first.party(), first.entered(), first.left());
            assertTrue(refused(v.update(0, notAccepted), o.pauses(), o.missedReported())
                    .contains("visits[0].node: an order starts ACCEPTED, not DISPATCHED"));
            NodeVisit stayed = new NodeVisit(first.node(), first.party(), first.entered(), Option.none());
            assertTrue(refused(v.update(0, stayed), o.pauses(), o.missedReported())
                    .contains("visits[0].left: every node but the current one has been left"));
            NodeVisit last = v.last();
            NodeVisit leftCurrent = new NodeVisit(last.node(), last.party(), last.entered(),
                    Option.some(last.entered().plusSeconds(5)));
            assertEquals(List.of("visits[" + (v.size() - 1) + "].left: the current node has not been left"),
                    refused(v.update(v.size() - 1, leftCurrent), o.pauses(), o.missedReported()));
            NodeVisit second = v.get(1);
            NodeVisit late = new NodeVisit(second.node(), second.party(), second.entered().plusSeconds(1),
                    second.left());
            assertTrue(refused(v.update(1, late), o.pauses(), o.missedReported()).contains("visits[1].entered: "
                    + late.entered() + " is not when the node before it was left, " + first.left().get()));
        }

        @Test
        void onlyTheLastPauseIsOpenAndAMissedDeadlineIsOfANodeEntered() {
            Pause open = Pause.open(MON.plusSeconds(10), PauseReason.SITE_NOT_READY, CLERK);
            Pause later = Pause.open(MON.plusSeconds(20), PauseReason.SITE_NOT_READY, CLERK);
            assertTrue(refused(o.visits(), new PauseLedger(List.of(open, later)), o.missedReported())
                    .contains("pauses[0].end: only the last pause may be open"));
            assertEquals(List.of("missedReported: a missed deadline is reported for COMPLETED, which the order never"
                    + " entered"), refused(o.visits(), o.pauses(), HashSet.of(Node.COMPLETED)));
            assertTrue(ServiceOrder.restore(o.intake(), o.limits(), o.basis(), o.visits(), o.auditTrail(),
                    new PauseLedger(List.of(later)), o.returnVisit(), HashSet.of(Node.DISPATCHED)).isRight(),
                    "the last pause open, a missed deadline of a node entered");
        }

        @Test
        void theAuditTrailStartsFromNoNodeAndEachEntryFromTheOneBefore() {
            AuditEntry first = o.auditTrail().head();
            AuditEntry fromSomewhere = new AuditEntry(first.who(), first.at(), Option.some(Node.DISPATCHED), first.to(),
                    first.note());
            assertEquals(List.of("auditTrail[0].from: must be none (the acceptance), was DISPATCHED"),
                    ServiceOrder.restore(o.intake(), o.limits(), o.basis(), o.visits(),
                            o.auditTrail().update(0, fromSomewhere), o.pauses(), o.returnVisit(), o.missedReported())
                            .getLeft().messages().toList());
            AuditEntry elsewhere = new AuditEntry(first.who(), first.at(), first.from(), Node.DISPATCHED, first.note());
            assertTrue(ServiceOrder.restore(o.intake(), o.limits(), o.basis(), o.visits(),
                    o.auditTrail().update(0, elsewhere), o.pauses(), o.returnVisit(), o.missedReported())
                    .getLeft().messages().contains("auditTrail[0].to: DISPATCHED is not the visit's node ACCEPTED"));
            AuditEntry second = o.auditTrail().get(1);
            AuditEntry fromNothing = new AuditEntry(second.who(), second.at(), Option.none(), second.to(), second.note());
            assertEquals(List.of("auditTrail[1].from: must be ACCEPTED, was none"),
                    ServiceOrder.restore(o.intake(), o.limits(), o.basis(), o.visits(),
                            o.auditTrail().update(1, fromNothing), o.pauses(), o.returnVisit(), o.missedReported())
                            .getLeft().messages().toList());
        }

        @Test
        void aFinishedOrderIsNotPaused() {
            ServiceOrder closed = ok(ServiceOrderTest.through(accepted(OrderKind.CHANGE, false, MON), Node.IN_PROGRESS)
                    .cancel(CLERK, MON.plusSeconds(3600), "withdrawn"));
            Pause open = Pause.open(MON.plusSeconds(10), PauseReason.SITE_NOT_READY, CLERK);
            assertEquals(List.of("pauses: a finished order is not paused"), ServiceOrder.restore(closed.intake(),
                    closed.limits(), closed.basis(), closed.visits(), closed.auditTrail(),
                    new PauseLedger(List.of(open)), closed.returnVisit(), closed.missedReported())
                    .getLeft().messages().toList());
        }
    }

    @Nested
    class CompletionAndClocks {

        @Test
        void completedAtIsWhenTheOrderEnteredCompleted() {
            ServiceOrder working = ServiceOrderTest.through(accepted(OrderKind.PROVISIONING, true, MON), Node.IN_PROGRESS);
            assertEquals(Option.none(), working.completedAt());
            ServiceOrder done = ServiceOrderTest.through(working, Node.COMPLETED);
            assertEquals(Option.some(done.current().entered()), done.completedAt());
            assertEquals(Option.some(done.current().entered()),
                    ServiceOrderTest.through(done, Node.DELIVERED).completedAt());
        }

        @Test
        void aNodeNotEnteredHasNoReadingAndOneEnteredHasItsClock() {
            ServiceOrder o = accepted(OrderKind.PROVISIONING, true, MON);
            assertEquals(Option.none(), o.reading(Node.COMPLETED, MON.plusSeconds(60), CALENDARS).get());
            ClockReading reading = o.reading(Node.ACCEPTED, MON.plusSeconds(60), CALENDARS).get().get();
            assertEquals(java.time.Duration.ofMinutes(1), assertInstanceOf(ClockReading.Time.class, reading).used());
        }

        @Test
        void aDayTheCalendarDoesNotKnowIsATypedErrorOfTheOrder() {
            ServiceOrder o = accepted(OrderKind.PROVISIONING, true, bj("2031-03-03T09:00"));
            ServiceOrder working = ServiceOrderTest.through(o, Node.IN_PROGRESS);
            MeasureError error = working.reading(Node.IN_PROGRESS, bj("2031-03-04T09:00"), CALENDARS).getLeft();
            MeasureError.Calendar calendar = assertInstanceOf(MeasureError.Calendar.class, error);
            assertEquals("order SO-1: " + calendar.error().message(), error.message());
        }

        @Test
        void responseLimitsForFaultsAndComplaintsComeFromTheStarLevelOthersStartWorkWithin() {
            NodeTimeLimits sample = NodeTimeLimits.sample();
            for (OrderKind kind : List.of(OrderKind.FAULT_REPORT, OrderKind.COMPLAINT)) {
                NodeLimit response = sample.limitsFor(kind, Option.some(org.telecrm.customer.star.StarLevel.FIVE_STARS),
                        Option.none(), false).of(Node.DISPATCHED).get();
                assertEquals(Anchor.ACCEPTANCE, response.from(), kind.name());
                assertEquals("response: star-level engine, "
                        + org.telecrm.customer.star.StarLevel.FIVE_STARS.label(), response.source());
                assertEquals("response: library sample, no stars", sample.limitsFor(kind, Option.none(), Option.none(),
                        false).of(Node.DISPATCHED).get().source());
            }
            NodeLimit change = sample.limitsFor(OrderKind.CHANGE, Option.some(org.telecrm.customer.star.StarLevel.FIVE_STARS),
                    Option.none(), false).of(Node.DISPATCHED).get();
            assertEquals(Anchor.NODE_ENTRY, change.from());
            assertEquals("library sample", change.source());
        }

        @Test
        void anUnknownCalendarVersionIsATypedError() {
            ServiceOrder o = accepted(OrderKind.PROVISIONING, true, MON);
            ServiceOrder later = ServiceOrder.restore(o.intake(), o.limits(),
                    new ClockBasis(o.basis().calendarVersion() + 5, SlaClock.BEIJING), o.visits(), o.auditTrail(),
                    o.pauses(), o.returnVisit(), o.missedReported()).get();
            MeasureError error = later.calendarIn(CALENDARS).getLeft();
            assertEquals(new MeasureError.UnknownCalendarVersion(o.id(), o.basis().calendarVersion() + 5), error);
            assertEquals("order SO-1: calendar version " + (o.basis().calendarVersion() + 5)
                    + " (recorded at acceptance) is not among the versions given", error.message());
            assertInstanceOf(MeasureError.UnknownCalendarVersion.class,
                    later.reading(Node.ACCEPTED, MON, CALENDARS).getLeft());
        }
    }

    @Nested
    class IdentityAndRendering {

        @Test
        void ordersDifferingInAnyPartAreNotEqual() {
            ServiceOrder o = accepted(OrderKind.PROVISIONING, true, MON);
            ServiceOrder moved = ServiceOrderTest.through(o, Node.DISPATCHED);
            assertNotEquals(o, moved);
            assertNotEquals(o, accepted(OrderKind.FAULT_REPORT, true, MON));
            assertNotEquals(o, "SO-1");
            assertEquals(o, accepted(OrderKind.PROVISIONING, true, MON));
            assertEquals(o.hashCode(), accepted(OrderKind.PROVISIONING, true, MON).hashCode());
        }

        @Test
        void rendersItsIdKindNodeAndPause() {
            ServiceOrder o = accepted(OrderKind.PROVISIONING, true, MON);
            assertEquals("ServiceOrder[SO-1, PROVISIONING, ACCEPTED]", o.toString());
            ServiceOrder paused = ok(o.pause(PauseReason.SITE_NOT_READY, CLERK, MON.plusSeconds(60)));
            assertEquals("ServiceOrder[SO-1, PROVISIONING, ACCEPTED, paused]", paused.toString());
            assertEquals(OrderKind.PROVISIONING, o.kind());
        }

        @Test
        void partiesAndIdsAreValues() {
            assertEquals(new ResponsibleParty(DepartmentId.of("Futian network operations"),
                    org.telecrm.customer.StaffId.of("S-101")), LINES);
            assertEquals("S-101 (Futian network operations)", LINES.toString());
            assertEquals("S-7 (Lines)", ResponsibleParty.of("Lines", "S-7").toString());
            assertEquals("Futian network operations", DepartmentId.of("Futian network operations").toString());
            assertThrows(IllegalArgumentException.class, () -> DepartmentId.of(" "));
            assertEquals("营业厅", Channel.BUSINESS_HALL.chineseName());
            assertTrue(ServiceOrderId.of("SO-1").compareTo(ServiceOrderId.of("SO-2")) < 0);
            assertThrows(IllegalArgumentException.class, () -> new NodeVisit(Node.ACCEPTED, LINES, MON,
                    Option.some(MON.minusSeconds(1))));
            assertEquals(MON, new NodeVisit(Node.ACCEPTED, LINES, MON, Option.some(MON)).left().get());
        }

        @Test
        void rejectionsSayWhatAndWhichOrder() {
            ServiceOrderId id = ServiceOrderId.of("SO-1");
            assertEquals("order SO-1 is CLOSED; closed and cancelled orders are final",
                    new ServiceOrderRejection.Finished(id, Node.CLOSED).message());
            assertEquals("order SO-1: the clock is paused since " + MON + "; resume it before moving the order",
                    new ServiceOrderRejection.WaitingOnCustomer(id, MON).message());
            MeasureError unknown = new MeasureError.UnknownCalendarVersion(id, 3);
            assertEquals(unknown.message(), new ServiceOrderRejection.Unmeasurable(unknown).message());
        }
    }
}
