package org.telecrm.order.presale;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.telecrm.customer.StaffId;
import org.telecrm.kernel.Changed;
import org.telecrm.order.OrderKind;
import org.telecrm.order.aggregate.Node;
import org.telecrm.order.aggregate.ReturnVisitOutcome;
import org.telecrm.order.aggregate.ServiceOrder;
import org.telecrm.order.aggregate.ServiceOrderEvent;
import org.telecrm.order.aggregate.ServiceOrderRejection;
import org.telecrm.order.clock.PauseReason;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.telecrm.order.aggregate.Orders.CLERK;
import static org.telecrm.testing.Purposes.returnVisitsAllowed;

/**
 * Issue 15, items 5 and 6: under random command sequences on a pre-sale response (forward moves with either answer,
 * pauses, rework, reject, fail, cancel), a hand-over succeeds exactly when the customer agreed (RETURN_VISITED with a
 * satisfied answer) and the order is not paused; it closes the pre-sale order with one PreSaleHandedOver, names the
 * pre-sale's customer on a provisioning intake, and the same pre-sale is never handed over twice.
 */
class PreSalePropertiesTest {

    /** 0 pause, 1 resume, 2 rework, 4 reject, 5 fail, 6 cancel, else the next forward move (the answer {@code answer}). */
    record Command(int what, ReturnVisitOutcome answer, long minutes) {
        Either<ServiceOrderRejection, Changed<ServiceOrder, ServiceOrderEvent>> applyTo(ServiceOrder order) {
            Instant at = order.latestInstant().plusSeconds(60 * minutes);
            StaffId who = StaffId.of("S-900");
            return switch (what) {
                case 0 -> order.pause(PauseReason.CUSTOMER_REQUESTED_DELAY, CLERK, at);
                case 1 -> order.resume(CLERK, at);
                case 2 -> order.rework(PreSaleTest.PLANNING, who, at, "the solution needs another port");
                case 4 -> order.reject(who, at, "not a service we sell");
                case 5 -> order.fail(who, at, "no resources");
                case 6 -> order.cancel(CLERK, at, "");
                default -> order.node() == Node.COMPLETED
                        ? order.recordReturnVisit(answer, returnVisitsAllowed(order.intake().customer()),
                        PreSaleTest.PLANNING, CLERK, at, "")
                        : order.moveTo(order.node().next(false).headOption().getOrElse(Node.CLOSED),
                        PreSaleTest.PLANNING, CLERK, at, "");
            };
        }
    }

    @Provide
    Arbitrary<Seq<Command>> commands() {
        Arbitrary<Integer> what = Arbitraries.frequency(Tuple.of(2, 0), Tuple.of(3, 1), Tuple.of(1, 2), Tuple.of(1, 4),
                Tuple.of(1, 5), Tuple.of(1, 6), Tuple.of(20, 7));
        return Combinators.combine(what, Arbitraries.of(ReturnVisitOutcome.class), Arbitraries.longs().between(0, 3000))
                .as(Command::new).list().ofMaxSize(12).map(List::ofAll);
    }

    @Property
    void aPreSaleIsHandedOverExactlyWhenTheCustomerAgreedAndOnce(@ForAll("commands") Seq<Command> commands) {
        ServiceOrder order = PreSaleTest.consultation();
        boolean handedOver = false;
        for (Command command : commands) {
            var result = command.applyTo(order);
            if (result.isLeft()) {
                continue;
            }
            order = result.get().state();
            Instant at = order.latestInstant().plusSeconds(60);
            boolean agreed = order.node() == Node.RETURN_VISITED
                    && order.returnVisit().contains(ReturnVisitOutcome.SATISFIED) && !order.pauses().isPaused();
            Either<PreSaleRejection, HandOver> handOver = PreSale.handOver(order, PreSaleTest.PROVISIONING,
                    PreSaleTest.CIRCUITS, Option.none(), CLERK, at);
            assertEquals(agreed, handOver.isRight(), () -> "after " + command + ": " + handOver);
            assertEquals(PreSale.stageOf(order).map(PreSaleStage::node), order.isOpen() ? Option.some(order.node())
                    : Option.none());
            if (handOver.isRight()) {
                HandOver h = handOver.get();
                assertEquals(Node.CLOSED, h.preSale().state().node());
                assertEquals(1, h.preSale().events().count(e -> e instanceof ServiceOrderEvent.PreSaleHandedOver));
                assertEquals(OrderKind.PROVISIONING, h.provisioning().kind());
                assertEquals(order.intake().customer(), h.provisioning().customer());
                assertTrue(PreSale.handOver(h.preSale().state(), PreSaleTest.PROVISIONING, PreSaleTest.CIRCUITS,
                        Option.none(), CLERK, at).isLeft(), "never twice");
                order = h.preSale().state();
                handedOver = true;
            }
        }
        Statistics.label("handed over").collect(handedOver);
        Statistics.label("handed over").coverage(c -> c.check(true).percentage(p -> p > 10));
    }
}
