package org.telecrm.order.compensation;

import io.vavr.control.Option;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.telecrm.customer.churn.ChurnSignal;
import org.telecrm.order.OrderKind;
import org.telecrm.order.aggregate.ServiceOrder;
import org.telecrm.sla.CircuitId;
import org.telecrm.sla.ProvisioningOrderId;
import org.telecrm.sla.contract.ContractFixtures;
import org.telecrm.sla.contract.OrderEvaluation;
import org.telecrm.sla.contract.ProvisioningOrder;
import org.telecrm.sla.quality.Outage;
import org.telecrm.sla.quality.OutageCause;

import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.telecrm.order.aggregate.Orders.CALENDARS;
import static org.telecrm.order.aggregate.Orders.CLERK;
import static org.telecrm.order.aggregate.Orders.LINES;
import static org.telecrm.order.aggregate.Orders.accepted;
import static org.telecrm.order.aggregate.Orders.bj;
import static org.telecrm.order.aggregate.Orders.ok;

class CompensationLinkTest {

    static final Instant MON = bj("2026-03-02T09:00");

    static ServiceOrder completedOn(OrderKind kind, Instant done) {
        ServiceOrder o = accepted(kind, false, MON);
        o = ok(o.dispatch(LINES, CLERK, MON.plusSeconds(600), ""));
        o = ok(o.startWork(LINES, CLERK, MON.plusSeconds(1800), ""));
        return ok(o.complete(LINES, CLERK, done, ""));
    }

    @Nested
    class ProvisioningBecomesTheContractsInput {
        @Test
        void sameIdentifierTextCircuitAndDates() {
            assertEquals(ProvisioningOrder.completed(ProvisioningOrderId.of("SO-1"), CircuitId.of("DDN-1"),
                            LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 20)),
                    CompensationLink.provisioningOrder(completedOn(OrderKind.PROVISIONING, bj("2026-03-20T16:00")),
                            CALENDARS, LocalDate.of(2026, 3, 31)).get());
            assertEquals(ProvisioningOrder.openAsOf(ProvisioningOrderId.of("SO-1"), CircuitId.of("DDN-1"),
                            LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 31)),
                    CompensationLink.provisioningOrder(accepted(OrderKind.PROVISIONING, false, MON), CALENDARS,
                            LocalDate.of(2026, 3, 31)).get());
        }

        @Test
        void withoutPausesTheEvaluationIsTheContractsOwn() {
            // the fixture's late DDN order: accepted 03-02, completed 03-20, 8 working days: 6 days late, 3600.00
            OrderEvaluation viaOrder = CompensationLink.evaluate(completedOn(OrderKind.PROVISIONING, bj("2026-03-20T16:00")),
                    ContractFixtures.active(), CALENDARS, LocalDate.of(2026, 3, 31)).get();
            OrderEvaluation direct = ContractFixtures.active().evaluateOrder(ContractFixtures.lateDdnOrder(), ContractFixtures.CALENDAR).get();
            assertEquals(direct, viaOrder);
            assertEquals(direct.breach(), CompensationLink.breach(completedOn(OrderKind.PROVISIONING, bj("2026-03-20T16:00")),
                    ContractFixtures.active(), CALENDARS, LocalDate.of(2026, 3, 31)).get());
        }

        @Test
        void anOpenOrderPastDueIsLateAsOfTheDateButHasNoBreachYet() {
            OrderEvaluation open = CompensationLink.evaluate(accepted(OrderKind.PROVISIONING, false, MON),
                    ContractFixtures.active(), CALENDARS, LocalDate.of(2026, 3, 16)).get();
            assertEquals(2, open.assessment().workingDaysLate());
            assertTrue(open.breach().isEmpty());
        }

        @Test
        void refusals() {
            ServiceOrder cancelled = ok(accepted(OrderKind.PROVISIONING, false, MON).cancel(CLERK, MON.plusSeconds(60), ""));
            assertInstanceOf(LinkError.NotApplicable.class, CompensationLink.provisioningOrder(cancelled, CALENDARS, LocalDate.of(2026, 3, 31)).getLeft());
            assertEquals("order SO-1: an SLA provisioning input needs a PROVISIONING order, this is a FAULT_REPORT order",
                    CompensationLink.provisioningOrder(accepted(OrderKind.FAULT_REPORT, false, MON), CALENDARS,
                            LocalDate.of(2026, 3, 31))
                            .getLeft().message());
            var otherId = org.telecrm.sla.SlaContractId.of("SLA-OTHER");
            var other = ContractFixtures.ok(org.telecrm.sla.contract.SlaContract.draft(otherId, ContractFixtures.CUSTOMER,
                    ContractFixtures.ACCOUNT, ContractFixtures.YEAR_2026,
                    org.telecrm.sla.contract.ContractTerms.defaults(otherId), ContractFixtures.AT));
            assertEquals("order SO-1: contract is SLA-T-1, not SLA-OTHER", CompensationLink.evaluate(
                    accepted(OrderKind.PROVISIONING, false, MON), other, CALENDARS, LocalDate.of(2026, 3, 31)).getLeft().message());
        }
    }

    @Test
    void aHandledFaultIsAnOutageRecord() {
        ServiceOrder fault = completedOn(OrderKind.FAULT_REPORT, MON.plusSeconds(3 * 3600));
        Outage outage = CompensationLink.outage(fault, OutageCause.PROVIDER).get();
        assertEquals(Outage.of("SO-1", CircuitId.of("DDN-1"), MON, MON.plusSeconds(3 * 3600), OutageCause.PROVIDER)
                .respondedAt(MON.plusSeconds(1800)), outage);
        assertTrue(outage.problems().isEmpty());
        assertInstanceOf(LinkError.NotApplicable.class,
                CompensationLink.outage(accepted(OrderKind.FAULT_REPORT, false, MON), OutageCause.PROVIDER).getLeft());
    }

    @Test
    void aCancellationOrderIsAChurnSignal() {
        assertEquals(Option.some(new ChurnSignal.CancellationOrder("SO-1", LocalDate.of(2026, 3, 2))),
                CompensationLink.churnSignal(accepted(OrderKind.CANCELLATION, false, MON)));
        assertTrue(CompensationLink.churnSignal(accepted(OrderKind.CHANGE, false, MON)).isEmpty());
    }
}
