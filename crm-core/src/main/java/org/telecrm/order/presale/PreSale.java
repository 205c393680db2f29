package org.telecrm.order.presale;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.telecrm.customer.StaffId;
import org.telecrm.kernel.Changed;
import org.telecrm.order.OrderKind;
import org.telecrm.order.aggregate.Node;
import org.telecrm.order.aggregate.OrderIntake;
import org.telecrm.order.aggregate.ReturnVisitOutcome;
import org.telecrm.order.aggregate.ServiceOrder;
import org.telecrm.order.aggregate.ServiceOrderEvent;
import org.telecrm.order.aggregate.ServiceOrderId;
import org.telecrm.sla.CircuitId;
import org.telecrm.sla.SlaContractId;

import java.time.Instant;
import java.util.Objects;

/**
 * The pre-sale response (售前响应, 003; rules.md section 7: customer response runs pre-sale, in-sale and after-sale,
 * with explicit control points, a monitored time limit and a responsible party per node). A pre-sale response is a
 * service order of kind {@link OrderKind#PRE_SALE}: it moves through the same nodes, each a {@link PreSaleStage} —
 * the consultation taken (ACCEPTED) and answered with a resource check asked of the network department (dispatch),
 * the resources checked and the solution drawn up (startWork), the solution proposed (complete), the customer's answer
 * (recordReturnVisit) — with the limits of {@code NodeTimeLimits.preSale()}, the deadline review, pauses and the moves
 * against the flow (a consultation rejected, a resource check that finds no resources failed) as every other order.
 * {@link #handOver} turns an agreed solution into the provisioning order (in-sale), closing the pre-sale one.
 *
 * <pre>{@code
 * HandOver h = PreSale.handOver(agreed, ServiceOrderId.of("SO-9"), List.of(CircuitId.of("DDN-7"), CircuitId.of("DDN-8")),
 *         Option.some(SlaContractId.of("SLA-1")), StaffId.of("AM-017"), at).get();
 * ServiceOrder.accept(h.provisioning(), h.further(), limits, basis, desk, StaffId.of("AM-017"), at, "from pre-sale");
 * }</pre>
 */
public final class PreSale {

    private PreSale() {
    }

    /** The stage the pre-sale order is at; none for a finished order or another kind. */
    public static Option<PreSaleStage> stageOf(ServiceOrder order) {
        return order.kind() == OrderKind.PRE_SALE ? PreSaleStage.of(order.node()) : Option.none();
    }

    /**
     * Hands an agreed pre-sale response over into a provisioning order: the pre-sale order must be RETURN_VISITED
     * with a satisfied answer (the customer agreed to the solution); it is closed at {@code at} by {@code by}, with
     * {@link ServiceOrderEvent.PreSaleHandedOver} naming the provisioning order and its circuits. The provisioning
     * intake carries the pre-sale's customer, channel, star level and account manager, {@code contract}, the first
     * of {@code circuits} (the rest are its further items) and its origin, the pre-sale order
     * ({@link OrderIntake#preSale()}), which the provisioning order keeps and stores. Refused: {@link PreSaleRejection}.
     */
    public static Either<PreSaleRejection, HandOver> handOver(ServiceOrder preSale, ServiceOrderId provisioning,
                                                              Seq<CircuitId> circuits, Option<SlaContractId> contract,
                                                              StaffId by, Instant at) {
        Objects.requireNonNull(provisioning, "provisioning");
        Objects.requireNonNull(contract, "contract");
        if (preSale.kind() != OrderKind.PRE_SALE) {
            return Either.left(new PreSaleRejection.NotPreSale(preSale.id(), preSale.kind()));
        }
        if (preSale.node() != Node.RETURN_VISITED || !preSale.returnVisit().contains(ReturnVisitOutcome.SATISFIED)) {
            return Either.left(new PreSaleRejection.NotAgreed(preSale.id(), preSale.node(), preSale.returnVisit()));
        }
        if (circuits.isEmpty()) {
            return Either.left(new PreSaleRejection.NoCircuit(preSale.id()));
        }
        Option<CircuitId> repeated = circuits.find(c -> circuits.count(c::equals) > 1);
        if (repeated.isDefined()) {
            return Either.left(new PreSaleRejection.RepeatedCircuit(preSale.id(), repeated.get()));
        }
        OrderIntake from = preSale.intake();
        OrderIntake intake = new OrderIntake(provisioning, OrderKind.PROVISIONING, from.channel(), from.customer(),
                contract, Option.some(circuits.head()), from.star(), from.accountManager(), Option.some(preSale.id()));
        return preSale.close(by, at, "handed over to " + provisioning).<PreSaleRejection>mapLeft(
                PreSaleRejection.CloseRefused::new).map(closed -> new HandOver(Changed.of(closed.state(),
                closed.events().append(new ServiceOrderEvent.PreSaleHandedOver(preSale.id(), provisioning,
                        circuits.toList(), by, at))), intake, circuits.tail()));
    }
}
