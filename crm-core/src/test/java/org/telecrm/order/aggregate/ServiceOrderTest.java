package org.telecrm.order.aggregate;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.junit.jupiter.api.Nested;
import org.telecrm.order.dispatch.DispatchPolicy;
import org.telecrm.order.dispatch.WorkItem;
import org.telecrm.order.dispatch.WorkItemId;
import org.junit.jupiter.api.Test;
import org.telecrm.customer.AccountManagerId;
import org.telecrm.order.OrderKind;
import org.telecrm.order.clock.ClockError;
import org.telecrm.order.clock.ClockReading;
import org.telecrm.order.clock.Pause;
import org.telecrm.order.clock.PauseLedger;
import org.telecrm.order.clock.PauseReason;
import org.telecrm.order.clock.TimeLimit;
import org.telecrm.order.clock.SlaClock;
import org.telecrm.customer.star.StarLevel;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.telecrm.order.aggregate.Orders.*;
import static org.telecrm.testing.Purposes.returnVisitsAllowed;

class ServiceOrderTest {

    static final Instant MON = bj("2026-03-02T09:00");

    @Nested
    class AcceptanceRaisesTheCreationEventAndTheFirstAuditEntry {
        @Test
        void accepted() {
            var result = ServiceOrder.accept(intake("SO-1", OrderKind.FAULT_REPORT),
                    NodeTimeLimits.sample().limitsFor(OrderKind.FAULT_REPORT, Option.none(), Option.none(), false),
                    ClockBasis.currentOf(CALENDARS, org.telecrm.order.clock.SlaClock.BEIJING), DESK, CLERK, MON, "hotline").get();
            assertEquals(Node.ACCEPTED, result.state().node());
            assertEquals(MON + " S-001: (new) -> ACCEPTED, hotline", result.state().auditTrail().single().describe());
            assertInstanceOf(ServiceOrderEvent.OrderAccepted.class, result.events().single());
        }

        @Test
        void provisioningAndFaultOrdersNeedACircuit() {
            OrderIntake noCircuit = new OrderIntake(ServiceOrderId.of("SO-9"), OrderKind.PROVISIONING, Channel.HOTLINE_10000,
                    intake("x", OrderKind.PROVISIONING).customer(), Option.none(), Option.none(), Option.none(), Option.none());
            var refused = ServiceOrder.accept(noCircuit, NodeTimeLimits.sample().limitsFor(OrderKind.PROVISIONING,
                    Option.none(), Option.none(), false), new ClockBasis(1, org.telecrm.order.clock.SlaClock.BEIJING), DESK, CLERK, MON, "");
            assertEquals("order SO-9: circuit is required for a PROVISIONING order", refused.getLeft().message());
        }
    }

    @Nested
    class TheNodeFlow {
        @Test
        void fromAcceptanceToClose() {
            ServiceOrder o = accepted(OrderKind.FAULT_REPORT, false, MON);
            o = ok(o.dispatch(LINES, CLERK, MON.plusSeconds(600), "to Futian"));
            o = ok(o.startWork(LINES, CLERK, MON.plusSeconds(900), "on site"));
            o = ok(o.complete(DESK, CLERK, MON.plusSeconds(3600), "restored"));
            o = ok(o.recordReturnVisit(ReturnVisitOutcome.SATISFIED, returnVisitsAllowed(o.intake().customer()), DESK, CLERK, MON.plusSeconds(7200), "fine"));
            o = ok(o.close(CLERK, MON.plusSeconds(7300), ""));
            assertEquals(List.of(Node.ACCEPTED, Node.DISPATCHED, Node.IN_PROGRESS,
                    Node.COMPLETED, Node.RETURN_VISITED, Node.CLOSED), o.visits().map(NodeVisit::node));
            assertEquals(LINES, o.visits().get(1).party());
            assertEquals(Option.some(MON.plusSeconds(900)), o.visits().get(1).left());
            assertEquals(o.visits().map(NodeVisit::node), o.auditTrail().map(AuditEntry::to));
        }

        @Test
        void illegalTransitionsAreTypedRejectionsNamingFromAndTo() {
            ServiceOrder o = accepted(OrderKind.FAULT_REPORT, false, MON);
            var refused = o.complete(LINES, CLERK, MON, "");
            assertEquals(new ServiceOrderRejection.IllegalTransition(o.id(), Node.ACCEPTED,
                    Node.COMPLETED, List.of(Node.DISPATCHED, Node.CANCELLED)), refused.getLeft());
            assertEquals("order SO-1: cannot go from ACCEPTED to COMPLETED; allowed: DISPATCHED, CANCELLED", refused.getLeft().message());
        }

        @Test
        void onlyAKeyAccountHeadquartersProvisioningOrderIsDelivered() {
            ServiceOrder plain = through(accepted(OrderKind.PROVISIONING, false, MON), Node.COMPLETED);
            assertInstanceOf(ServiceOrderRejection.IllegalTransition.class, plain.deliver(MANAGER, CLERK, MON.plusSeconds(9000), "").getLeft());
            ServiceOrder hq = through(accepted(OrderKind.PROVISIONING, true, MON), Node.COMPLETED);
            assertInstanceOf(ServiceOrderRejection.IllegalTransition.class, hq.recordReturnVisit(ReturnVisitOutcome.SATISFIED, returnVisitsAllowed(hq.intake().customer()), DESK, CLERK, MON.plusSeconds(9000), "").getLeft());
            assertEquals(Node.DELIVERED, ok(hq.deliver(MANAGER, CLERK, MON.plusSeconds(9000), "")).node());
        }

        @Test
        void closedAndCancelledAreFinal() {
            ServiceOrder cancelled = ok(accepted(OrderKind.CHANGE, false, MON).cancel(CLERK, MON.plusSeconds(60), "withdrawn"));
            assertEquals(new ServiceOrderRejection.Finished(cancelled.id(), Node.CANCELLED), cancelled.dispatch(LINES, CLERK, MON.plusSeconds(120), "").getLeft());
            assertInstanceOf(ServiceOrderRejection.Finished.class, cancelled.pause(PauseReason.SITE_NOT_READY, CLERK, MON.plusSeconds(120)).getLeft());
        }

        @Test
        void timeNeverGoesBack() {
            ServiceOrder o = ok(accepted(OrderKind.CHANGE, false, MON).dispatch(LINES, CLERK, MON.plusSeconds(600), ""));
            assertEquals("order SO-1: at " + MON.plusSeconds(300) + " is before " + MON.plusSeconds(600)
                            + ", the latest instant recorded", o.startWork(LINES, CLERK, MON.plusSeconds(300), "").getLeft().message());
        }
    }

    @Nested
    class RepeatsChangeNothing {
        @Test
        void theSameMoveRetriedIsAcceptedWithoutEffect() {
            ServiceOrder o = ok(accepted(OrderKind.CHANGE, false, MON).dispatch(LINES, CLERK, MON.plusSeconds(600), "to Futian"));
            var again = o.dispatch(LINES, CLERK, MON.plusSeconds(600), "to Futian").get();
            assertTrue(again.changedNothing());
            assertEquals(o, again.state());
            assertInstanceOf(ServiceOrderRejection.IllegalTransition.class,
                    o.dispatch(LINES, CLERK, MON.plusSeconds(700), "to Futian").getLeft());
        }

        @Test
        void theSamePauseOrResumptionRetriedIsAcceptedWithoutEffect() {
            ServiceOrder paused = ok(accepted(OrderKind.CHANGE, false, MON).pause(PauseReason.SITE_NOT_READY, CLERK, MON));
            assertTrue(paused.pause(PauseReason.SITE_NOT_READY, CLERK, MON).get().changedNothing());
            ServiceOrder resumed = ok(paused.resume(CLERK, MON.plusSeconds(60)));
            assertTrue(resumed.resume(CLERK, MON.plusSeconds(60)).get().changedNothing());
            assertEquals(1, resumed.pauses().pauses().size());
        }
    }

    @Nested
    class Pauses {
        @Test
        void aPausedOrderDoesNotMoveButCanBeCancelledWhichEndsThePause() {
            ServiceOrder o = ok(accepted(OrderKind.PROVISIONING, false, MON).pause(PauseReason.SITE_NOT_READY, CLERK, MON.plusSeconds(60)));
            assertEquals(new ServiceOrderRejection.WaitingOnCustomer(o.id(), MON.plusSeconds(60)), o.dispatch(LINES, CLERK, MON.plusSeconds(120), "").getLeft());
            var cancelled = o.cancel(CLERK, MON.plusSeconds(180), "customer withdrew").get();
            assertFalse(cancelled.state().pauses().isPaused());
            assertEquals(List.of(
                    ServiceOrderEvent.ClockResumed.class, ServiceOrderEvent.NodeEntered.class), cancelled.events().map(Object::getClass));
        }

        @Test
        void pausesNeverOverlap() {
            ServiceOrder o = ok(accepted(OrderKind.PROVISIONING, false, MON).pause(PauseReason.SITE_NOT_READY, CLERK, MON));
            assertEquals(new ServiceOrderRejection.PauseRefused(o.id(), new ClockError.AlreadyPaused(MON, MON.plusSeconds(5))), o.pause(PauseReason.CUSTOMER_REQUESTED_DELAY, CLERK, MON.plusSeconds(5)).getLeft());
            assertEquals("order SO-1: pauses: no pause is open to end at " + MON, accepted(OrderKind.PROVISIONING, false, MON).resume(CLERK, MON).getLeft().message());
        }

        @Test
        void workingDaysInsidePausesDoNotCount() {
            // accepted Mon 03-02, 6 working days: due Tue 03-10; paused Tue 03-03 08:00 .. Wed 03-04 18:00, covering the
            // working hours of both days (2 days held): due Thu 03-12
            ServiceOrder o = accepted(OrderKind.PROVISIONING, false, MON);
            o = ok(o.pause(PauseReason.SITE_NOT_READY, CLERK, bj("2026-03-03T08:00")));
            o = ok(o.resume(CLERK, bj("2026-03-04T18:00")));
            ClockReading r = o.reading(Node.IN_PROGRESS, bj("2026-03-11T12:00"), CALENDARS).get().getOrElse((ClockReading) null);
            // IN_PROGRESS not entered yet: no reading
            assertNull(r);
            o = ok(o.dispatch(LINES, CLERK, bj("2026-03-05T11:00"), ""));
            o = ok(o.startWork(LINES, CLERK, bj("2026-03-05T12:00"), ""));
            ClockReading.Days days = (ClockReading.Days) o.reading(Node.IN_PROGRESS, bj("2026-03-11T12:00"), CALENDARS).get().get();
            assertEquals(new ClockReading.Days(5, 6, LocalDate.of(2026, 3, 12)), days);
            assertFalse(days.overdue());
        }
    }

    @Nested
    class ReturnVisitsAndDeadlines {
        @Test
        void aDissatisfiedReturnVisitEscalatesToTheAccountManager() {
            ServiceOrder done = through(accepted(OrderKind.FAULT_REPORT, false, MON), Node.COMPLETED);
            var visited = done.recordReturnVisit(ReturnVisitOutcome.DISSATISFIED, returnVisitsAllowed(done.intake().customer()), MANAGER, CLERK, MON.plusSeconds(9000),
                    "still drops at night").get();
            assertEquals(new ServiceOrderEvent.EscalatedToAccountManager(done.id(),
                    Option.some(AccountManagerId.of("AM-017")), "still drops at night", MON.plusSeconds(9000)), visited.events().last());
            assertEquals(Option.some(ReturnVisitOutcome.DISSATISFIED), visited.state().returnVisit());
        }

        @Test
        void aMissedReturnVisitIsAnnouncedOnce() {
            // fault handled Mon 03-02: "within 3 days" is by the end of Thu 03-05, by date in Beijing (rules.md §4)
            ServiceOrder done = through(accepted(OrderKind.FAULT_REPORT, false, MON), Node.COMPLETED);
            assertTrue(done.reviewDeadlines(bj("2026-03-05T23:59"), CALENDARS).get().changedNothing());
            var missed = done.reviewDeadlines(bj("2026-03-06T00:00"), CALENDARS).get();
            assertInstanceOf(ServiceOrderEvent.DeadlineMissed.class, missed.events().single());
            assertTrue(((ServiceOrderEvent.DeadlineMissed) missed.events().single()).deadline().startsWith("return visit 3 calendar days"));
            assertTrue(missed.state().reviewDeadlines(bj("2026-03-08T00:00"), CALENDARS).get().changedNothing());
        }

        @Test
        void theReturnVisitAfterOpeningIsDueByTheEndOfTheSeventhDayAfterTheOpeningDay() {
            ServiceOrder delivered = through(accepted(OrderKind.PROVISIONING, true, MON), Node.DELIVERED);
            assertTrue(delivered.reviewDeadlines(bj("2026-03-09T23:59"), CALENDARS).get().changedNothing());
            var missed = delivered.reviewDeadlines(bj("2026-03-10T00:00"), CALENDARS).get();
            assertEquals(Node.DELIVERED, ((ServiceOrderEvent.DeadlineMissed) missed.events().single()).node());
            assertTrue(((ServiceOrderEvent.DeadlineMissed) missed.events().single()).deadline().startsWith("return visit 7 calendar days"));
        }

        @Test
        void aContractMayCountTheReturnVisitInClockHoursInstead() {
            NodeLimits hours = NodeTimeLimits.sample().withReturnVisits(NodeTimeLimits.CLOCK_HOURS_RETURN_VISIT_AFTER_OPENING,
                    NodeTimeLimits.CLOCK_HOURS_RETURN_VISIT_AFTER_FAULT).limitsFor(OrderKind.FAULT_REPORT,
                    Option.some(StarLevel.FIVE_STARS), Option.none(), false);
            ServiceOrder done = through(ok(ServiceOrder.accept(intake("SO-1", OrderKind.FAULT_REPORT), hours,
                    ClockBasis.currentOf(CALENDARS, SlaClock.BEIJING), DESK, CLERK, MON, "taken")), Node.COMPLETED);
            Instant completed = done.completedAt().get();
            assertTrue(done.reviewDeadlines(completed.plus(Duration.ofDays(3)), CALENDARS).get().changedNothing());
            var missed = done.reviewDeadlines(completed.plus(Duration.ofDays(3)).plusSeconds(1), CALENDARS).get();
            assertTrue(((ServiceOrderEvent.DeadlineMissed) missed.events().single()).deadline().startsWith("return visit 72 h"));
        }

        @Test
        void aMissedDeliveryIsAnnounced() {
            // completed Mon 03-02 (same day in `through`): delivery due Thu 03-05 (3 working days)
            ServiceOrder done = through(accepted(OrderKind.PROVISIONING, true, MON), Node.COMPLETED);
            assertTrue(done.reviewDeadlines(bj("2026-03-05T23:00"), CALENDARS).get().changedNothing());
            var missed = done.reviewDeadlines(bj("2026-03-06T08:00"), CALENDARS).get();
            assertEquals("delivery 3 working days from node entry (delivery: rules.md §4)", ((ServiceOrderEvent.DeadlineMissed) missed.events().single()).deadline());
        }
    }

    @Nested
    class Limits {
        @Test
        void responseAndRestorationComeFromTheStarLevelEngine() {
            NodeLimits limits = NodeTimeLimits.sample().limitsFor(OrderKind.FAULT_REPORT,
                    Option.some(org.telecrm.customer.star.StarLevel.FIVE_STARS), Option.none(), false);
            var five = org.telecrm.customer.star.StarServiceTable.SAMPLE.entitlementsOf(org.telecrm.customer.star.StarLevel.FIVE_STARS);
            assertEquals(new TimeLimit.ClockTime(five.responseTarget()), limits.of(Node.DISPATCHED).get().limit());
            assertEquals(new TimeLimit.ClockTime(five.restorationTarget()), limits.of(Node.IN_PROGRESS).get().limit());
            assertEquals(NodeTimeLimits.RULES_MD_RETURN_VISIT_AFTER_FAULT, limits.of(Node.COMPLETED).get().limit());
        }

        @Test
        void provisioningCompletionIsTheSlaDeadline() {
            NodeLimits limits = NodeTimeLimits.sample().limitsFor(OrderKind.PROVISIONING, Option.none(), Option.some(6), true);
            assertEquals("6 working days from acceptance (SLA terms in force at acceptance)", limits.of(Node.IN_PROGRESS).get().describe());
            assertEquals(NodeTimeLimits.RULES_MD_DELIVERY, limits.of(Node.COMPLETED).get().limit());
            assertEquals(NodeTimeLimits.RULES_MD_RETURN_VISIT_AFTER_OPENING, limits.of(Node.DELIVERED).get().limit());
        }
    }

    @Test
    void restoreRebuildsTheSameOrderWithoutEvents() {
        ServiceOrder o = through(accepted(OrderKind.PROVISIONING, true, MON), Node.DELIVERED);
        ServiceOrder copy = ServiceOrder.restore(o.intake(), o.limits(), o.basis(), o.visits(), o.auditTrail(), o.pauses(),
                o.returnVisit(), o.missedReported()).get();
        assertEquals(o, copy);
        assertEquals(Node.DELIVERED, copy.node());
    }

    @Nested
    class RestoringRefusesStateNoCommandCouldHaveWritten {

        private final ServiceOrder o = through(accepted(OrderKind.PROVISIONING, true, MON), Node.DELIVERED);

        private List<String> refused(Seq<NodeVisit> visits, Seq<AuditEntry> trail, PauseLedger pauses,
                                     Option<ReturnVisitOutcome> answer) {
            return ServiceOrder.restore(o.intake(), o.limits(), o.basis(), visits, trail, pauses, answer,
                    o.missedReported()).getLeft().messages().toList();
        }

        @Test
        void noVisitsIsATypedRefusalNotAThrow() {
            assertEquals(List.of("visits: an order has at least its acceptance visit",
                            "auditTrail: one entry per node visit: 0 visits, " + o.auditTrail().size() + " entries"),
                    refused(List.empty(), o.auditTrail(), o.pauses(), Option.none()));
        }

        @Test
        void visitsFollowTheFlowAndOneAnother() {
            Seq<NodeVisit> skipped = o.visits().removeAt(1);   // ACCEPTED straight to IN_PROGRESS
            List<String> problems = refused(skipped, o.auditTrail().removeAt(1), o.pauses(), Option.none());
            assertTrue(problems.contains("visits[1].node: the flow does not move from ACCEPTED to IN_PROGRESS"),
                    problems::toString);
            assertTrue(problems.exists(p -> p.startsWith("visits[1].entered: ")), problems::toString);
            assertTrue(problems.exists(p -> p.startsWith("auditTrail[1].from: must be ACCEPTED")), problems::toString);
        }

        @Test
        void theAuditTrailHasAnEntryPerVisitAtItsInstant() {
            assertEquals(List.of("auditTrail: one entry per node visit: " + o.visits().size() + " visits, "
                            + (o.visits().size() - 1) + " entries"),
                    refused(o.visits(), o.auditTrail().init(), o.pauses(), Option.none()));
            AuditEntry last = o.auditTrail().last();
            AuditEntry late = new AuditEntry(last.who(), last.at().plusSeconds(1), last.from(), last.to(), last.note());
            assertEquals(List.of("auditTrail[" + (o.visits().size() - 1) + "].at: " + late.at()
                            + " is not when the node was entered, " + last.at()),
                    refused(o.visits(), o.auditTrail().init().append(late), o.pauses(), Option.none()));
        }

        @Test
        void pausesNeverOverlapAndAFinishedOrderIsNotPaused() {
            Pause first = new Pause(MON.plusSeconds(600), Option.some(MON.plusSeconds(900)),
                    PauseReason.SITE_NOT_READY, CLERK, Option.some(CLERK));
            Pause overlapping = Pause.open(MON.plusSeconds(800), PauseReason.SITE_NOT_READY, CLERK);
            assertEquals(List.of("pauses[1].start: " + MON.plusSeconds(800) + " is before the pause before it ended, "
                            + MON.plusSeconds(900)),
                    refused(o.visits(), o.auditTrail(), new PauseLedger(List.of(first, overlapping)), Option.none()));
            Pause early = Pause.open(MON.minusSeconds(1), PauseReason.SITE_NOT_READY, CLERK);
            assertEquals(List.of("pauses[0].start: " + MON.minusSeconds(1) + " is before the acceptance at " + MON),
                    refused(o.visits(), o.auditTrail(), new PauseLedger(List.of(early)), Option.none()));
        }

        @Test
        void anAnswerOnlyForAReturnVisitedOrder() {
            assertEquals(List.of("returnVisit: only a return-visited order has an answer"),
                    refused(o.visits(), o.auditTrail(), o.pauses(), Option.some(ReturnVisitOutcome.SATISFIED)));
        }
    }

    /** Moves an order along the forward flow, a minute per step, up to {@code target}. */
    @Nested
    class ItGoesIntoTheDispatchQueue {

        @Test
        void asAWorkItemWithItsStarKindAndAcceptance() {
            ServiceOrder provisioning = Orders.accepted(OrderKind.PROVISIONING, false, Orders.bj("2026-06-01T09:00:00"));
            WorkItem item = provisioning.workItem();
            assertEquals(WorkItemId.of("SO-1"), item.id());
            assertEquals(provisioning.intake().star(), item.star());
            assertEquals(OrderKind.PROVISIONING, item.kind());
            assertEquals(provisioning.acceptedAt(), item.receivedAt());
        }

        @Test
        void aFaultIsDispatchedBeforeAnOlderProvisioningOrderOfTheSameStar() {
            WorkItem provisioning = Orders.accepted(OrderKind.PROVISIONING, false, Orders.bj("2026-06-01T09:00:00")).workItem();
            WorkItem fault = Orders.accepted(OrderKind.FAULT_REPORT, false, Orders.bj("2026-06-01T10:00:00")).workItem();
            assertEquals(io.vavr.collection.List.of(OrderKind.FAULT_REPORT, OrderKind.PROVISIONING),
                    DispatchPolicy.sample().sort(io.vavr.collection.List.of(provisioning, fault)).map(WorkItem::kind));
        }
    }

    static ServiceOrder through(ServiceOrder order, Node target) {
        ServiceOrder o = order;
        Instant at = o.latestInstant();
        while (o.node() != target) {
            at = at.plusSeconds(60);
            Node next = o.node().next(o.limits().delivery()).head();
            o = ok(next == Node.RETURN_VISITED
                    ? o.recordReturnVisit(ReturnVisitOutcome.SATISFIED, returnVisitsAllowed(o.intake().customer()),
                    LINES, CLERK, at, "")
                    : o.moveTo(next, LINES, CLERK, at, ""));
        }
        return o;
    }
}
