package org.telecrm.order.aggregate;

import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.telecrm.order.OrderKind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.telecrm.order.aggregate.Orders.accepted;
import static org.telecrm.order.aggregate.Orders.bj;

/**
 * Issue 15, item 4: a provisioning order keeps the pre-sale response it was handed over from on its intake
 * ({@link OrderIntake#preSale()}), and only a provisioning order restores with one.
 */
class PreSaleOriginTest {

    static ServiceOrder restoredAs(OrderKind kind, Option<ServiceOrderId> preSale) {
        ServiceOrder o = accepted(kind, false, bj("2026-03-02T09:00"));
        OrderIntake i = o.intake();
        return ServiceOrder.restore(new OrderIntake(i.id(), i.kind(), i.channel(), i.customer(), i.contract(),
                        i.circuit(), i.star(), i.accountManager(), preSale), o.limits(), o.basis(), o.visits(),
                o.auditTrail(), o.pauses(), o.returnVisit(), o.missedReported())
                .getOrElseThrow(e -> new AssertionError(e.messages().mkString("; ")));
    }

    @Test
    void aProvisioningOrderRestoresWithItsOriginAnOrderTakenDirectlyWithNone() {
        assertEquals(Option.some(ServiceOrderId.of("PS-1")),
                restoredAs(OrderKind.PROVISIONING, Option.some(ServiceOrderId.of("PS-1"))).intake().preSale());
        assertEquals(Option.none(), accepted(OrderKind.PROVISIONING, false, bj("2026-03-02T09:00")).intake().preSale());
        assertEquals(Option.none(), restoredAs(OrderKind.FAULT_REPORT, Option.none()).intake().preSale());
    }

    @Test
    void anotherKindWithAPreSaleOriginIsRefusedOnRestore() {
        ServiceOrder fault = accepted(OrderKind.FAULT_REPORT, false, bj("2026-03-02T09:00"));
        OrderIntake i = fault.intake();
        assertEquals(io.vavr.collection.List.of("preSale: only a provisioning order is handed over from a pre-sale"
                        + " response, not a FAULT_REPORT"),
                ServiceOrder.restore(new OrderIntake(i.id(), i.kind(), i.channel(), i.customer(), i.contract(),
                                i.circuit(), i.star(), i.accountManager(), Option.some(ServiceOrderId.of("PS-1"))),
                        fault.limits(), fault.basis(), fault.visits(), fault.auditTrail(), fault.pauses(),
                        fault.returnVisit(), fault.missedReported()).getLeft().messages().toList());
    }
}
