package org.telecrm.order.aggregate;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.telecrm.customer.StaffId;
import org.telecrm.customer.star.StarLevel;
import org.telecrm.kernel.Changed;
import org.telecrm.kernel.RestoreError;
import org.telecrm.order.OrderKind;
import org.telecrm.order.clock.ClockReading;
import org.telecrm.order.clock.Pause;
import org.telecrm.order.clock.PauseLedger;
import org.telecrm.order.clock.PauseReason;
import org.telecrm.order.clock.SlaClock;
import org.telecrm.sla.CircuitId;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.telecrm.order.aggregate.Orders.CALENDARS;
import static org.telecrm.order.aggregate.Orders.CIRCUIT;
import static org.telecrm.order.aggregate.Orders.CLERK;
import static org.telecrm.order.aggregate.Orders.DESK;
import static org.telecrm.order.aggregate.Orders.LINES;
import static org.telecrm.order.aggregate.Orders.bj;
import static org.telecrm.order.aggregate.Orders.intake;
import static org.telecrm.order.aggregate.Orders.ok;

/**
 * Issue 15, item 3: an order carries one or more circuits (items), each following the order until it diverges —
 * completed on its own while the order is in progress (partial completion) — with its own SLA clock. A five-star fault
 * on three circuits of one cable, accepted Monday 09:00: restoration within 2 h of acceptance.
 */
class OrderItemsTest {

    static final Instant MON = bj("2026-03-02T09:00");
    static final CircuitId DDN2 = CircuitId.of("DDN-2");
    static final CircuitId DDN3 = CircuitId.of("DDN-3");
    static final StaffId ENGINEER = StaffId.of("S-101");

    static ServiceOrder threeCircuits(OrderKind kind) {
        NodeLimits limits = NodeTimeLimits.sample().limitsFor(kind, Option.some(StarLevel.FIVE_STARS),
                kind == OrderKind.PROVISIONING ? Option.some(6) : Option.none(), false);
        return ok(ServiceOrder.accept(intake("SO-1", kind), List.of(DDN2, DDN3), limits,
                ClockBasis.currentOf(CALENDARS, SlaClock.BEIJING), DESK, CLERK, MON, "one cable, three circuits"));
    }

    /** The fault of three circuits, work started at 09:10. */
    static ServiceOrder inProgress() {
        ServiceOrder order = ok(threeCircuits(OrderKind.FAULT_REPORT).dispatch(LINES, CLERK, bj("2026-03-02T09:05"), ""));
        return ok(order.startWork(LINES, ENGINEER, bj("2026-03-02T09:10"), ""));
    }

    @Nested
    class Taking_the_items {

        @Test
        void theIntakesCircuitComesFirstThenTheFurtherOnesEachFollowingTheOrder() {
            ServiceOrder order = threeCircuits(OrderKind.FAULT_REPORT);
            assertEquals(List.of(CIRCUIT, DDN2, DDN3), order.items().circuits());
            assertEquals(order.items().items(), order.items().following());
            assertTrue(order.items().items().forAll(i -> !i.diverged()));
        }

        @Test
        void anOrderAboutOneCircuitHasThatItemAndOneAboutNoneHasNone() {
            assertEquals(List.of(CIRCUIT), Orders.accepted(OrderKind.FAULT_REPORT, false, MON).items().circuits());
            assertEquals(OrderItems.of(Option.none()), new OrderItems(List.empty()));
            assertTrue(OrderItems.of(Option.none()).items().isEmpty());
        }

        @Test
        void aCircuitNamedTwiceIsRefused() {
            NodeLimits limits = NodeTimeLimits.sample().limitsFor(OrderKind.FAULT_REPORT, Option.none(), Option.none(), false);
            ServiceOrderRejection refused = ServiceOrder.accept(intake("SO-1", OrderKind.FAULT_REPORT),
                    List.of(DDN2, CIRCUIT), limits, ClockBasis.currentOf(CALENDARS, SlaClock.BEIJING), DESK, CLERK, MON,
                    "").getLeft();
            assertEquals(new ServiceOrderRejection.RepeatedItem(ServiceOrderId.of("SO-1"), CIRCUIT), refused);
            assertEquals("order SO-1: circuit DDN-1 is named twice; each circuit is one item", refused.message());
        }

        @Test
        void furtherCircuitsNeedAFirstOne() {
            OrderIntake complaint = new OrderIntake(ServiceOrderId.of("SO-2"), OrderKind.COMPLAINT, Channel.HOTLINE_10000,
                    intake("SO-2", OrderKind.COMPLAINT).customer(), Option.none(), Option.none(), Option.none(),
                    Option.none());
            NodeLimits limits = NodeTimeLimits.sample().limitsFor(OrderKind.COMPLAINT, Option.none(), Option.none(), false);
            assertEquals(new ServiceOrderRejection.MissingCircuit(ServiceOrderId.of("SO-2"), OrderKind.COMPLAINT),
                    ServiceOrder.accept(complaint, List.of(DDN2), limits, ClockBasis.currentOf(CALENDARS,
                            SlaClock.BEIJING), DESK, CLERK, MON, "").getLeft());
            assertTrue(ServiceOrder.accept(complaint, List.empty(), limits, ClockBasis.currentOf(CALENDARS,
                    SlaClock.BEIJING), DESK, CLERK, MON, "").get().state().items().items().isEmpty());
        }
    }

    @Nested
    class Partial_completion {

        @Test
        void anItemCompletedOnItsOwnKeepsItsInstantAndTheOrderCompletesTheRest() {
            Changed<ServiceOrder, ServiceOrderEvent> first = inProgress().completeItem(DDN2, ENGINEER,
                    bj("2026-03-02T10:00"), "spare pair").get();
            assertEquals(List.of(new ServiceOrderEvent.ItemCompleted(ServiceOrderId.of("SO-1"), DDN2, ENGINEER,
                    "spare pair", bj("2026-03-02T10:00"))), first.events());
            ServiceOrder order = first.state();
            assertEquals(Node.IN_PROGRESS, order.node(), "the order is still in progress");
            assertEquals(Option.some(new ItemCompletion(bj("2026-03-02T10:00"), ENGINEER, "spare pair")),
                    order.items().item(DDN2).get().completion());
            assertEquals(List.of(CIRCUIT, DDN3), order.items().following().map(OrderItem::circuit));
            assertEquals(Option.some(bj("2026-03-02T10:00")), order.items().completedAt(DDN2, order));
            assertEquals(Option.none(), order.items().completedAt(CIRCUIT, order), "not completed yet");
            assertEquals(bj("2026-03-02T10:00"), order.latestInstant());

            ServiceOrder done = ok(order.complete(DESK, CLERK, bj("2026-03-02T12:00"), "splice done"));
            assertEquals(Option.some(bj("2026-03-02T10:00")), done.items().completedAt(DDN2, done));
            assertEquals(Option.some(bj("2026-03-02T12:00")), done.items().completedAt(CIRCUIT, done));
            assertEquals(Option.some(bj("2026-03-02T12:00")), done.items().completedAt(DDN3, done));
            assertEquals(Option.none(), done.items().completedAt(CircuitId.of("DDN-9"), done));
        }

        @Test
        void anItemThatFollowedTheOrderStaysCompletedThroughDeliveryReturnVisitAndClose() {
            NodeLimits limits = NodeTimeLimits.sample().limitsFor(OrderKind.PROVISIONING, Option.some(StarLevel.FIVE_STARS),
                    Option.some(6), true);
            ServiceOrder order = ok(ServiceOrder.accept(intake("SO-1", OrderKind.PROVISIONING), List.of(DDN2), limits,
                    ClockBasis.currentOf(CALENDARS, SlaClock.BEIJING), DESK, CLERK, MON, ""));
            order = ok(ok(order.dispatch(LINES, CLERK, bj("2026-03-02T10:00"), "")).startWork(LINES, CLERK,
                    bj("2026-03-02T11:00"), ""));
            order = ok(order.complete(DESK, CLERK, bj("2026-03-03T10:00"), "opened"));
            Option<Instant> done = Option.some(bj("2026-03-03T10:00"));
            assertEquals(done, order.items().completedAt(DDN2, order));
            order = ok(order.deliver(DESK, CLERK, bj("2026-03-04T10:00"), ""));
            assertEquals(done, order.items().completedAt(DDN2, order), "DELIVERED");
            order = ok(order.recordReturnVisit(ReturnVisitOutcome.SATISFIED,
                    org.telecrm.testing.Purposes.returnVisitsAllowed(order.intake().customer()), DESK, CLERK,
                    bj("2026-03-05T10:00"), ""));
            assertEquals(done, order.items().completedAt(DDN2, order), "RETURN_VISITED");
            order = ok(order.close(CLERK, bj("2026-03-05T11:00"), ""));
            assertEquals(done, order.items().completedAt(DDN2, order), "CLOSED");
            assertEquals(Option.some(Duration.ofHours(25)), ItemClock.elapsed(order, DDN2, bj("2026-03-09T10:00")));
            ServiceOrder failed = ok(inProgress().fail(StaffId.of("S-900"), bj("2026-03-02T09:30"), "no spare"));
            assertEquals(Option.none(), failed.items().completedAt(DDN2, failed), "never completed");
        }

        @Test
        void eachItemsClockStopsAtItsOwnCompletion() {
            ServiceOrder order = ok(inProgress().completeItem(DDN2, ENGINEER, bj("2026-03-02T10:00"), ""));
            order = ok(order.complete(DESK, CLERK, bj("2026-03-02T12:00"), ""));
            Instant asOf = bj("2026-03-02T15:00");
            ClockReading early = ItemClock.reading(order, DDN2, asOf, CALENDARS).get().get();
            ClockReading late = ItemClock.reading(order, DDN3, asOf, CALENDARS).get().get();
            assertFalse(early.overdue(), "60 of 120 min");
            assertTrue(late.overdue(), "180 of 120 min");
            assertEquals(order.reading(Node.IN_PROGRESS, asOf, CALENDARS).get().get(), late);
            assertEquals(Option.some(Duration.ofMinutes(60)), ItemClock.elapsed(order, DDN2, asOf));
            assertEquals(Option.some(Duration.ofMinutes(180)), ItemClock.elapsed(order, DDN3, asOf));
            assertEquals(Option.some(Duration.ofMinutes(30)), ItemClock.elapsed(order, DDN3, bj("2026-03-02T09:30")));
            assertEquals(Option.none(), ItemClock.elapsed(order, CircuitId.of("DDN-9"), asOf));
            assertTrue(ItemClock.reading(order, CircuitId.of("DDN-9"), asOf, CALENDARS).get().isEmpty());
        }

        @Test
        void anItemsClockStopsWhenTheOrderEndsWithoutCompletingIt() {
            ServiceOrder cancelled = ok(inProgress().cancel(CLERK, bj("2026-03-02T09:40"), "customer withdrew"));
            assertEquals(Option.some(Duration.ofMinutes(40)), ItemClock.elapsed(cancelled, DDN3, bj("2026-03-02T15:00")));
            assertEquals(Option.some(Duration.ZERO), ItemClock.elapsed(cancelled, DDN3, bj("2026-03-02T08:00")));
            assertEquals(Option.none(), cancelled.items().completedAt(DDN3, cancelled));
        }

        @Test
        void theItemsClockIsNetOfTheOrdersPauses() {
            ServiceOrder order = ok(inProgress().pause(PauseReason.SITE_NOT_READY, CLERK, bj("2026-03-02T09:20")));
            order = ok(order.resume(CLERK, bj("2026-03-02T09:50")));
            order = ok(order.completeItem(DDN2, ENGINEER, bj("2026-03-02T10:00"), ""));
            assertEquals(Option.some(Duration.ofMinutes(30)), ItemClock.elapsed(order, DDN2, bj("2026-03-02T15:00")));
        }

        @Test
        void aReworkSendsBackOnlyTheItemsThatFollowTheOrder() {
            ServiceOrder order = ok(inProgress().completeItem(DDN2, ENGINEER, bj("2026-03-02T10:00"), ""));
            order = ok(order.complete(DESK, CLERK, bj("2026-03-02T10:30"), ""));
            ServiceOrder back = ok(order.rework(LINES, StaffId.of("S-900"), bj("2026-03-02T10:40"), "loop test fails"));
            assertEquals(Option.some(bj("2026-03-02T10:00")), back.items().completedAt(DDN2, back));
            assertEquals(Option.none(), back.items().completedAt(DDN3, back));
            ClockReading reading = ItemClock.reading(back, DDN2, bj("2026-03-02T15:00"), CALENDARS).get().get();
            assertFalse(reading.overdue(), "its clock stopped in the first stay in progress");
        }

        @Test
        void theSameCompletionAgainChangesNothing() {
            ServiceOrder order = ok(inProgress().completeItem(DDN2, ENGINEER, bj("2026-03-02T10:00"), "spare pair"));
            assertTrue(order.completeItem(DDN2, ENGINEER, bj("2026-03-02T10:00"), "spare pair").get().changedNothing());
            assertEquals(new ServiceOrderRejection.ItemAlreadyCompleted(order.id(), DDN2, bj("2026-03-02T10:00")),
                    order.completeItem(DDN2, ENGINEER, bj("2026-03-02T10:05"), "spare pair").getLeft());
            assertEquals("order SO-1: item DDN-2 was already completed at 2026-03-02T02:00:00Z",
                    order.completeItem(DDN2, CLERK, bj("2026-03-02T10:00"), "spare pair").getLeft().message());
        }
    }

    @Nested
    class Refused {

        @Test
        void aCircuitTheOrderIsNotAbout() {
            ServiceOrderRejection refused = inProgress().completeItem(CircuitId.of("DDN-9"), ENGINEER,
                    bj("2026-03-02T10:00"), "").getLeft();
            assertEquals(new ServiceOrderRejection.UnknownItem(ServiceOrderId.of("SO-1"), CircuitId.of("DDN-9"),
                    List.of(CIRCUIT, DDN2, DDN3)), refused);
            assertEquals("order SO-1 has no item DDN-9; its items: DDN-1, DDN-2, DDN-3", refused.message());
            assertEquals("order SO-1 has no item DDN-9; its items: none", new ServiceOrderRejection.UnknownItem(
                    ServiceOrderId.of("SO-1"), CircuitId.of("DDN-9"), List.empty()).message());
        }

        @Test
        void beforeOrAfterTheOrderIsInProgress() {
            ServiceOrder dispatched = ok(threeCircuits(OrderKind.FAULT_REPORT).dispatch(LINES, CLERK, bj("2026-03-02T09:05"), ""));
            ServiceOrderRejection refused = dispatched.completeItem(DDN2, ENGINEER, bj("2026-03-02T09:06"), "").getLeft();
            assertEquals(new ServiceOrderRejection.ItemNotInProgress(dispatched.id(), DDN2, Node.DISPATCHED), refused);
            assertEquals("order SO-1: item DDN-2 completes on its own only while the order is IN_PROGRESS, it is DISPATCHED",
                    refused.message());
            ServiceOrder cancelled = ok(inProgress().cancel(CLERK, bj("2026-03-02T09:40"), ""));
            assertEquals(new ServiceOrderRejection.Finished(cancelled.id(), Node.CANCELLED),
                    cancelled.completeItem(DDN2, ENGINEER, bj("2026-03-02T09:50"), "").getLeft());
        }

        @Test
        void whilePausedOrBeforeTheLatestInstant() {
            ServiceOrder paused = ok(inProgress().pause(PauseReason.SITE_NOT_READY, CLERK, bj("2026-03-02T09:20")));
            assertEquals(new ServiceOrderRejection.WaitingOnCustomer(paused.id(), bj("2026-03-02T09:20")),
                    paused.completeItem(DDN2, ENGINEER, bj("2026-03-02T09:30"), "").getLeft());
            assertEquals(new ServiceOrderRejection.OutOfOrder(paused.id(), "at", bj("2026-03-02T09:09"),
                    bj("2026-03-02T09:10")), inProgress().completeItem(DDN2, ENGINEER, bj("2026-03-02T09:09"), "").getLeft());
            assertTrue(inProgress().completeItem(DDN2, ENGINEER, bj("2026-03-02T09:10"), "").isRight(),
                    "at the latest instant itself");
            ServiceOrder one = ok(inProgress().completeItem(DDN2, ENGINEER, bj("2026-03-02T10:00"), ""));
            assertEquals(new ServiceOrderRejection.OutOfOrder(one.id(), "at", bj("2026-03-02T09:59"),
                    bj("2026-03-02T10:00")), one.complete(DESK, CLERK, bj("2026-03-02T09:59"), "").getLeft(),
                    "no move before an item's completion");
        }

        @Test
        void theLastItemThatFollowsTheOrderCompletesWithIt() {
            ServiceOrder order = ok(inProgress().completeItem(DDN2, ENGINEER, bj("2026-03-02T10:00"), ""));
            order = ok(order.completeItem(CIRCUIT, ENGINEER, bj("2026-03-02T10:10"), ""));
            ServiceOrderRejection refused = order.completeItem(DDN3, ENGINEER, bj("2026-03-02T10:20"), "").getLeft();
            assertEquals(new ServiceOrderRejection.LastOpenItem(order.id(), DDN3), refused);
            assertEquals("order SO-1: DDN-3 is the last item still open; it completes with the order", refused.message());
            ServiceOrder single = ok(ok(Orders.accepted(OrderKind.FAULT_REPORT, false, MON)
                    .dispatch(LINES, CLERK, bj("2026-03-02T09:05"), "")).startWork(LINES, CLERK, bj("2026-03-02T09:10"), ""));
            assertEquals(new ServiceOrderRejection.LastOpenItem(single.id(), CIRCUIT),
                    single.completeItem(CIRCUIT, ENGINEER, bj("2026-03-02T09:20"), "").getLeft());
        }
    }

    @Nested
    class Restored {

        static Seq<OrderItem> itemsWith(CircuitId circuit, Instant at) {
            return List.of(CIRCUIT, DDN2, DDN3).map(c -> c.equals(circuit)
                    ? new OrderItem(c, Option.some(new ItemCompletion(at, ENGINEER, ""))) : OrderItem.of(c));
        }

        static io.vavr.control.Either<RestoreError, ServiceOrder> restore(ServiceOrder o, PauseLedger pauses, Seq<OrderItem> items) {
            return ServiceOrder.restore(o.intake(), o.limits(), o.basis(), o.visits(), o.auditTrail(), pauses,
                    o.returnVisit(), o.missedReported(), o.deadlineSignals(), new OrderItems(items));
        }

        static Seq<String> problems(ServiceOrder o, PauseLedger pauses, Seq<OrderItem> items) {
            return restore(o, pauses, items).getLeft().problems().map(p -> p.field() + ": " + p.problem());
        }

        @Test
        void asTheyWere() {
            ServiceOrder order = ok(inProgress().completeItem(DDN2, ENGINEER, bj("2026-03-02T10:00"), ""));
            assertEquals(order, restore(order, order.pauses(), order.items().items()).get());
            assertFalse(order.equals(restore(order, order.pauses(), itemsWith(DDN3, bj("2026-03-02T10:00"))).get()));
            ServiceOrder plain = inProgress();
            ServiceOrder single = Orders.accepted(OrderKind.FAULT_REPORT, false, MON);
            assertEquals(OrderItems.of(Option.some(CIRCUIT)), ServiceOrder.restore(single.intake(), single.limits(),
                    single.basis(), single.visits(), single.auditTrail(), single.pauses(), single.returnVisit(),
                    single.missedReported(), single.deadlineSignals()).get().items(), "without items: the intake's circuit alone");
        }

        @Test
        void theIntakesCircuitFirstEachOnceOneFollowingTheOrder() {
            ServiceOrder order = inProgress();
            assertEquals(List.of("items[0].circuit: the first item is the intake's circuit DDN-1"),
                    problems(order, order.pauses(), List.of(OrderItem.of(DDN2), OrderItem.of(CIRCUIT))));
            assertEquals(List.of("items[0].circuit: the first item is the intake's circuit DDN-1"),
                    problems(order, order.pauses(), List.empty()));
            assertEquals(List.of("items[2].circuit: DDN-2 is an item twice"),
                    problems(order, order.pauses(), List.of(OrderItem.of(CIRCUIT), OrderItem.of(DDN2), OrderItem.of(DDN2))));
            ItemCompletion done = new ItemCompletion(bj("2026-03-02T10:00"), ENGINEER, "");
            assertEquals(List.of("items: at least one item follows the order"), problems(order, order.pauses(),
                    List.of(new OrderItem(CIRCUIT, Option.some(done)), new OrderItem(DDN2, Option.some(done)))));
        }

        @Test
        void eachOwnCompletionWhileTheOrderWasInProgressAndItsClockRan() {
            ServiceOrder order = ok(inProgress().complete(DESK, CLERK, bj("2026-03-02T11:00"), ""));
            assertEquals(List.of("items[1].completion.at: 2026-03-02T01:09:00Z is not while the order was in progress"
                    + " and its clock ran"), problems(order, order.pauses(), itemsWith(DDN2, bj("2026-03-02T09:09"))));
            assertEquals(List.of("items[1].completion.at: 2026-03-02T03:01:00Z is not while the order was in progress"
                    + " and its clock ran"), problems(order, order.pauses(), itemsWith(DDN2, bj("2026-03-02T11:01"))));
            assertTrue(restore(order, order.pauses(), itemsWith(DDN2, bj("2026-03-02T09:10"))).isRight());
            assertTrue(restore(order, order.pauses(), itemsWith(DDN2, bj("2026-03-02T11:00"))).isRight());
            PauseLedger paused = new PauseLedger(List.of(new Pause(bj("2026-03-02T09:30"),
                    Option.some(bj("2026-03-02T09:40")), PauseReason.SITE_NOT_READY, CLERK, Option.some(CLERK))));
            assertEquals(1, problems(order, paused, itemsWith(DDN2, bj("2026-03-02T09:35"))).size());
            assertTrue(restore(order, paused, itemsWith(DDN2, bj("2026-03-02T09:30"))).isRight(), "as the pause starts");
            assertTrue(restore(order, paused, itemsWith(DDN2, bj("2026-03-02T09:40"))).isRight(), "as it ends");
            PauseLedger open = new PauseLedger(List.of(new Pause(bj("2026-03-02T09:30"), Option.none(),
                    PauseReason.SITE_NOT_READY, CLERK, Option.none())));
            ServiceOrder running = inProgress();
            assertEquals(1, problems(running, open, itemsWith(DDN2, bj("2026-03-02T09:35"))).size());
        }
    }
}
