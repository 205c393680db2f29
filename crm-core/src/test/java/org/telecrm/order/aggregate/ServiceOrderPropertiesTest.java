package org.telecrm.order.aggregate;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.telecrm.kernel.Changed;
import org.telecrm.order.OrderKind;
import org.telecrm.order.clock.Pause;
import org.telecrm.order.clock.PauseReason;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.telecrm.order.aggregate.Orders.CLERK;
import static org.telecrm.order.aggregate.Orders.LINES;
import static org.telecrm.order.aggregate.Orders.accepted;
import static org.telecrm.order.aggregate.Orders.bj;
import static org.telecrm.testing.Purposes.returnVisitsAllowed;

/**
 * Random command sequences (moves to any node, legal or not, pauses, resumptions, with time moving forward or,
 * sometimes, backwards) never break the order's invariants, checked after every step.
 */
class ServiceOrderPropertiesTest {

    /** A command: move to a node, pause, or resume, {@code minutes} after the latest instant (negative: back-dated). */
    record Command(int what, Node to, PauseReason reason, long minutes) {
        Either<ServiceOrderRejection, Changed<ServiceOrder, ServiceOrderEvent>> applyTo(ServiceOrder order) {
            Instant at = order.latestInstant().plusSeconds(60 * minutes);
            return switch (what) {
                case 0 -> order.pause(reason, CLERK, at);
                case 1 -> order.resume(CLERK, at);
                default -> to == Node.RETURN_VISITED
                        ? order.recordReturnVisit(ReturnVisitOutcome.SATISFIED,
                        returnVisitsAllowed(order.intake().customer()), LINES, CLERK, at, "step")
                        : order.moveTo(to, LINES, CLERK, at, "step");
            };
        }
    }

    @Provide
    Arbitrary<Seq<Command>> commands() {
        Arbitrary<Command> one = Combinators.combine(Arbitraries.integers().between(0, 4), Arbitraries.of(Node.class),
                        Arbitraries.of(PauseReason.class), Arbitraries.longs().between(-30, 6000)
                                .edgeCases(e -> e.add(0L)))
                .as(Command::new);
        return one.list().ofMaxSize(40).map(List::ofAll);
    }

    @Property
    void theInvariantsHoldAfterEveryCommand(@ForAll OrderKind kind, @ForAll boolean headquarters,
                                            @ForAll("commands") Seq<Command> commands) {
        ServiceOrder order = accepted(kind, headquarters, bj("2026-03-02T09:00"));
        for (Command command : commands) {
            ServiceOrder before = order;
            var result = command.applyTo(order);
            if (before.node().isTerminal()) {
                assertTrue(result.isLeft() || result.get().changedNothing(), "closed and cancelled are terminal");
            }
            if (result.isLeft() && result.getLeft() instanceof ServiceOrderRejection.IllegalTransition illegal) {
                assertEquals(before.node(), illegal.from(), "the rejection names where the order is");
                assertEquals(command.to(), illegal.to(), "and where it was asked to go");
                assertFalse(before.node().next(before.limits().delivery()).contains(command.to()));
            }
            if (result.isRight() && result.get().changedNothing()) {
                assertEquals(before, result.get().state(), "a repeat changes nothing");
            }
            if (result.isRight()) {
                order = result.get().state();
                assertTrue(order.auditTrail().size() >= before.auditTrail().size(), "the audit trail only grows");
                assertEquals(before.auditTrail(), order.auditTrail().take(before.auditTrail().size()), "append-only");
            }
            checkInvariants(order);
        }
    }

    static void checkInvariants(ServiceOrder order) {
        Seq<NodeVisit> visits = order.visits();
        Seq<AuditEntry> trail = order.auditTrail();
        // the audit trail is complete and ordered: one chained entry per visit, instants non-decreasing
        assertEquals(visits.size(), trail.size());
        assertEquals(Node.ACCEPTED, visits.head().node());
        assertTrue(trail.head().from().isEmpty());
        for (int i = 0; i < visits.size(); i++) {
            assertEquals(visits.get(i).node(), trail.get(i).to());
            assertEquals(visits.get(i).entered(), trail.get(i).at());
            if (i > 0) {
                assertEquals(trail.get(i - 1).to(), trail.get(i).from().get(), "chained");
                assertFalse(trail.get(i).at().isBefore(trail.get(i - 1).at()), "ordered");
                assertTrue(visits.get(i - 1).node().next(order.limits().delivery()).contains(visits.get(i).node()),
                        "only flow transitions");
            }
            // each node is entered before it is left; only the current node is not left
            NodeVisit v = visits.get(i);
            if (i < visits.size() - 1) {
                assertEquals(visits.get(i + 1).entered(), v.left().get());
                assertFalse(v.left().get().isBefore(v.entered()));
            } else {
                assertTrue(v.left().isEmpty());
            }
        }
        assertEquals(1, visits.count(v -> v.node().isTerminal()) + (order.isOpen() ? 1 : 0));
        // pauses never overlap and never end before they start; only the last may be open; none open once finished
        Seq<Pause> pauses = order.pauses().pauses();
        for (int i = 0; i < pauses.size(); i++) {
            Pause p = pauses.get(i);
            assertTrue(p.end().forAll(e -> !e.isBefore(p.start())));
            if (i < pauses.size() - 1) {
                assertTrue(p.end().isDefined());
                assertFalse(pauses.get(i + 1).start().isBefore(p.end().get()));
            }
        }
        if (!order.isOpen()) {
            assertFalse(order.pauses().isPaused());
        }
    }
}
