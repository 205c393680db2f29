package org.telecrm.order.aggregate;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.telecrm.customer.StaffId;
import org.telecrm.kernel.Changed;
import org.telecrm.order.OrderKind;
import org.telecrm.order.clock.ClockReading;
import org.telecrm.order.clock.PauseReason;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.telecrm.order.aggregate.Orders.CALENDARS;
import static org.telecrm.order.aggregate.Orders.CLERK;
import static org.telecrm.order.aggregate.Orders.DESK;
import static org.telecrm.order.aggregate.Orders.LINES;
import static org.telecrm.order.aggregate.Orders.accepted;
import static org.telecrm.order.aggregate.Orders.bj;
import static org.telecrm.order.aggregate.Orders.ok;
import static org.telecrm.testing.Purposes.returnVisitsAllowed;

/**
 * Issue 15, item 2: an order moves against its flow by typed commands, each with its reason and who decided, each in
 * the audit trail: rework, reopen (a closed fault within the reopen window, the same order, its clock continuing),
 * reject, fail. A five-star fault accepted Monday 09:00: restoration within 2 h of acceptance.
 */
class ReworkReopenRejectFailTest {

    static final Instant MON = bj("2026-03-02T09:00");
    static final StaffId SUPERVISOR = StaffId.of("S-900");

    /** A fault restored at 10:00 and closed at 10:30 after a satisfied return visit. */
    static ServiceOrder closedFault() {
        ServiceOrder order = ok(accepted(OrderKind.FAULT_REPORT, false, MON).dispatch(LINES, CLERK, bj("2026-03-02T09:05"), ""));
        order = ok(order.startWork(LINES, CLERK, bj("2026-03-02T09:10"), ""));
        order = ok(order.complete(DESK, CLERK, bj("2026-03-02T10:00"), "restored"));
        order = ok(order.recordReturnVisit(ReturnVisitOutcome.SATISFIED, returnVisitsAllowed(order.intake().customer()),
                DESK, CLERK, bj("2026-03-02T10:20"), ""));
        return ok(order.close(CLERK, bj("2026-03-02T10:30"), ""));
    }

    @Nested
    class Rework {

        @Test
        void sendsACompletedJobBackToWorkWithItsReasonAndWhoDecided() {
            ServiceOrder done = ok(ok(ok(accepted(OrderKind.FAULT_REPORT, false, MON)
                    .dispatch(LINES, CLERK, bj("2026-03-02T09:05"), ""))
                    .startWork(LINES, CLERK, bj("2026-03-02T09:10"), ""))
                    .complete(DESK, CLERK, bj("2026-03-02T09:50"), "restored"));
            Changed<ServiceOrder, ServiceOrderEvent> back = done.rework(LINES, SUPERVISOR, bj("2026-03-02T10:00"),
                    "loop test fails").get();
            assertEquals(Node.IN_PROGRESS, back.state().node());
            assertEquals(new ServiceOrderEvent.OrderSetBack(done.id(), Setback.REWORK, Node.COMPLETED, Node.IN_PROGRESS,
                    LINES, "loop test fails", SUPERVISOR, bj("2026-03-02T10:00")), back.events().last());
            AuditEntry entry = back.state().auditTrail().last();
            assertEquals("2026-03-02T02:00:00Z S-900: COMPLETED -> IN_PROGRESS (REWORK), loop test fails", entry.describe());
            assertTrue(back.state().rework(LINES, SUPERVISOR, bj("2026-03-02T10:00"), "loop test fails").get()
                    .changedNothing(), "a host's retry changes nothing");
            ServiceOrder again = ok(back.state().complete(DESK, CLERK, bj("2026-03-02T11:30"), "restored"));
            assertEquals(bj("2026-03-02T11:30"), again.completedAt().get(), "the completion after the rework");
            assertTrue(again.reading(Node.IN_PROGRESS, bj("2026-03-02T12:00"), CALENDARS).get().get().overdue(),
                    "restoration still counts from acceptance: 150 of 120 min");
        }

        @Test
        void onlyFromCompletedDeliveredOrReturnVisitedAndNotWhilePaused() {
            ServiceOrder order = accepted(OrderKind.FAULT_REPORT, false, MON);
            assertInstanceOf(ServiceOrderRejection.IllegalTransition.class,
                    order.rework(LINES, SUPERVISOR, bj("2026-03-02T09:30"), "").getLeft());
            ServiceOrder done = ok(ok(ok(order.dispatch(LINES, CLERK, bj("2026-03-02T09:05"), ""))
                    .startWork(LINES, CLERK, bj("2026-03-02T09:10"), "")).complete(DESK, CLERK, bj("2026-03-02T09:50"), ""));
            ServiceOrder paused = ok(done.pause(PauseReason.SITE_NOT_READY, CLERK, bj("2026-03-02T09:55")));
            assertInstanceOf(ServiceOrderRejection.WaitingOnCustomer.class,
                    paused.rework(LINES, SUPERVISOR, bj("2026-03-02T10:00"), "").getLeft());
        }
    }

    @Nested
    class Reopen {

        @Test
        void aFaultBackWithinTheWindowIsTheSameOrderItsClockContinuing() {
            ServiceOrder closed = closedFault();
            assertEquals(Duration.ofMinutes(90), closed.elapsed(bj("2026-03-05T00:00")), "09:00 to the close at 10:30");
            Changed<ServiceOrder, ServiceOrderEvent> reopened = closed.reopen(LINES, SUPERVISOR, bj("2026-03-03T09:00"),
                    "drops again", ReopenWindow.SAMPLE).get();
            ServiceOrder order = reopened.state();
            assertEquals(Node.IN_PROGRESS, order.node());
            assertEquals(1, order.reopenCount());
            assertEquals(Setback.REOPEN, ((ServiceOrderEvent.OrderSetBack) reopened.events().last()).setback());
            assertEquals(Duration.ofMinutes(70), order.elapsed(bj("2026-03-03T09:10")), "60 min to the restoration"
                    + " and 10 since the reopening: the wait for the close and the night closed, the circuit up, do not count");
            assertEquals(new ClockReading.Time(Duration.ofMinutes(100), Duration.ofHours(2)),
                    order.reading(Node.IN_PROGRESS, bj("2026-03-03T09:40"), CALENDARS).get().get());
            ClockReading restoration = order.reading(Node.IN_PROGRESS, bj("2026-03-03T10:01"), CALENDARS).get().get();
            assertEquals(new ClockReading.Time(Duration.ofMinutes(121), Duration.ofHours(2)), restoration,
                    "the reopened fault counts against its restoration limit");
            assertTrue(restoration.overdue());
            assertEquals(List.of(new OpenPeriod(MON, Option.some(bj("2026-03-02T10:00")), Option.some(bj("2026-03-02T09:10"))),
                    new OpenPeriod(bj("2026-03-03T09:00"), Option.none(), Option.some(bj("2026-03-03T09:00")))),
                    OpenPeriod.of(order));
        }

        /** Issue 15, items 1 and 3: a period is restored only while the order is completed or past it, not after a rework. */
        @Test
        void anOpenPeriodIsRestoredByTheCompletionThatStands() {
            ServiceOrder order = ok(accepted(OrderKind.FAULT_REPORT, false, MON).dispatch(LINES, CLERK, bj("2026-03-02T09:05"), ""));
            order = ok(order.startWork(LINES, CLERK, bj("2026-03-02T09:10"), ""));
            order = ok(order.complete(DESK, CLERK, bj("2026-03-02T10:00"), "restored"));
            assertEquals(List.of(new OpenPeriod(MON, Option.some(bj("2026-03-02T10:00")), Option.some(bj("2026-03-02T09:10")))),
                    OpenPeriod.of(order));
            order = ok(order.rework(LINES, SUPERVISOR, bj("2026-03-02T10:10"), "loop test fails"));
            assertEquals(List.of(new OpenPeriod(MON, Option.none(), Option.some(bj("2026-03-02T09:10")))),
                    OpenPeriod.of(order), "sent back: not restored");
            order = ok(order.complete(DESK, CLERK, bj("2026-03-02T10:40"), "restored"));
            assertEquals(List.of(new OpenPeriod(MON, Option.some(bj("2026-03-02T10:40")), Option.some(bj("2026-03-02T09:10")))),
                    OpenPeriod.of(order));
        }

        /** Issue 15, item 3: a pause while waiting for the close lies within the stopped time, not stopped twice. */
        @Test
        void aPauseWhileWaitingForTheCloseIsNotCountedTwice() {
            ServiceOrder order = ok(accepted(OrderKind.FAULT_REPORT, false, MON).dispatch(LINES, CLERK, bj("2026-03-02T09:05"), ""));
            order = ok(order.startWork(LINES, CLERK, bj("2026-03-02T09:10"), ""));
            order = ok(order.complete(DESK, CLERK, bj("2026-03-02T10:00"), "restored"));
            order = ok(order.pause(PauseReason.CUSTOMER_REQUESTED_DELAY, CLERK, bj("2026-03-02T10:05")));
            order = ok(order.resume(CLERK, bj("2026-03-02T10:15")));
            order = ok(order.recordReturnVisit(ReturnVisitOutcome.SATISFIED, returnVisitsAllowed(order.intake().customer()),
                    DESK, CLERK, bj("2026-03-02T10:20"), ""));
            order = ok(order.close(CLERK, bj("2026-03-02T10:30"), ""));
            assertEquals(Duration.ofMinutes(80), order.elapsed(bj("2026-03-03T00:00")), "closed, not reopened: to the close");
            order = ok(order.reopen(LINES, SUPERVISOR, bj("2026-03-03T09:00"), "drops again", ReopenWindow.SAMPLE));
            assertEquals(Duration.ofMinutes(70), order.elapsed(bj("2026-03-03T09:10")));
            assertEquals(1, order.clockStops().pauses().size(), "the pause merged into the stop from 10:00 to 09:00");
            assertEquals(new ClockReading.Time(Duration.ofMinutes(70), Duration.ofHours(2)),
                    order.reading(Node.IN_PROGRESS, bj("2026-03-03T09:10"), CALENDARS).get().get());
        }

        @Test
        void afterTheWindowOrForAnotherKindOrAnotherEndItIsRefused() {
            ServiceOrder closed = closedFault();
            assertInstanceOf(ServiceOrderRejection.ReopenWindowPassed.class, closed.reopen(LINES, SUPERVISOR,
                    bj("2026-03-09T10:31"), "", ReopenWindow.SAMPLE).getLeft());
            assertTrue(closed.reopen(LINES, SUPERVISOR, bj("2026-03-09T10:30"), "", ReopenWindow.SAMPLE).isRight(),
                    "7 days to the minute is within");
            ServiceOrder complaint = ok(accepted(OrderKind.COMPLAINT, false, MON).cancel(CLERK, bj("2026-03-02T09:10"), ""));
            assertInstanceOf(ServiceOrderRejection.NotReopenable.class, complaint.reopen(LINES, SUPERVISOR,
                    bj("2026-03-02T10:00"), "", ReopenWindow.SAMPLE).getLeft());
            ServiceOrder cancelled = ok(accepted(OrderKind.FAULT_REPORT, false, MON).cancel(CLERK, bj("2026-03-02T09:10"), ""));
            assertInstanceOf(ServiceOrderRejection.Finished.class, cancelled.reopen(LINES, SUPERVISOR,
                    bj("2026-03-02T10:00"), "", ReopenWindow.SAMPLE).getLeft());
        }

        @Test
        void aReopenedOrderIsRestoredAsItWas() {
            ServiceOrder order = ok(closedFault().reopen(LINES, SUPERVISOR, bj("2026-03-03T09:00"), "drops again",
                    ReopenWindow.SAMPLE));
            ServiceOrder back = ServiceOrder.restore(order.intake(), order.limits(), order.basis(), order.visits(),
                    order.auditTrail(), order.pauses(), order.returnVisit(), order.missedReported(),
                    order.deadlineSignals()).get();
            assertEquals(order, back);
            assertEquals(1, back.reopenCount());
        }

        @Test
        void restoreRefusesAReopenedOrderOfAKindThatIsNotReopened() {
            ServiceOrder fault = ok(closedFault().reopen(LINES, SUPERVISOR, bj("2026-03-03T09:00"), "", ReopenWindow.SAMPLE));
            OrderIntake asChange = new OrderIntake(fault.id(), OrderKind.CHANGE, fault.intake().channel(),
                    fault.intake().customer(), fault.intake().contract(), fault.intake().circuit(), fault.intake().star(),
                    fault.intake().accountManager());
            var refused = ServiceOrder.restore(asChange, fault.limits(), fault.basis(), fault.visits(), fault.auditTrail(),
                    fault.pauses(), fault.returnVisit(), fault.missedReported()).getLeft();
            assertEquals(List.of("visits[6].node"), refused.problems().map(p -> p.field()).toList());
        }
    }

    @Nested
    class RejectAndFail {

        @Test
        void aRejectionBeforeWorkStartsIsFinalAndEndsAnOpenPause() {
            ServiceOrder paused = ok(accepted(OrderKind.FAULT_REPORT, false, MON)
                    .pause(PauseReason.CUSTOMER_REQUESTED_DELAY, CLERK, bj("2026-03-02T09:10")));
            Changed<ServiceOrder, ServiceOrderEvent> rejected = paused.reject(SUPERVISOR, bj("2026-03-02T09:20"),
                    "not our circuit").get();
            assertEquals(Node.REJECTED, rejected.state().node());
            assertTrue(!rejected.state().pauses().isPaused());
            assertInstanceOf(ServiceOrderEvent.ClockResumed.class, rejected.events().head());
            assertInstanceOf(ServiceOrderRejection.Finished.class,
                    rejected.state().dispatch(LINES, CLERK, bj("2026-03-02T09:30"), "").getLeft());
            assertEquals(Duration.ofMinutes(10), rejected.state().elapsed(bj("2026-03-03T00:00")), "09:00-09:20 less the pause");
        }

        @Test
        void aFailureEndsWorkThatCannotBeDone() {
            ServiceOrder working = ok(ok(accepted(OrderKind.PROVISIONING, false, MON)
                    .dispatch(LINES, CLERK, bj("2026-03-02T09:05"), "")).startWork(LINES, CLERK, bj("2026-03-02T09:10"), ""));
            assertInstanceOf(ServiceOrderRejection.IllegalTransition.class,
                    working.reject(SUPERVISOR, bj("2026-03-02T10:00"), "too late to reject").getLeft());
            ServiceOrder failed = ok(working.fail(SUPERVISOR, bj("2026-03-02T10:00"), "no free port at the A end"));
            assertEquals(Node.FAILED, failed.node());
            assertEquals(Setback.FAIL, failed.auditTrail().last().setback().get());
            assertTrue(!failed.isOpen());
        }

        @Test
        void theirNodesAreReachedByTheirCommandsOnly() {
            ServiceOrder order = accepted(OrderKind.FAULT_REPORT, false, MON);
            assertEquals(new ServiceOrderRejection.NeedsItsCommand(order.id(), Node.REJECTED, "reject"),
                    order.moveTo(Node.REJECTED, DESK, CLERK, bj("2026-03-02T09:10"), "").getLeft());
            assertEquals(new ServiceOrderRejection.NeedsItsCommand(order.id(), Node.FAILED, "fail"),
                    order.moveTo(Node.FAILED, DESK, CLERK, bj("2026-03-02T09:10"), "").getLeft());
        }
    }
}
