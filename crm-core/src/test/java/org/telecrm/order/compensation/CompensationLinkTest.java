package org.telecrm.order.compensation;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.telecrm.customer.churn.ChurnSignal;
import org.telecrm.order.OrderKind;
import org.telecrm.order.aggregate.ReopenWindow;
import org.telecrm.order.aggregate.ReturnVisitOutcome;
import org.telecrm.order.aggregate.ServiceOrder;
import org.telecrm.sla.CircuitId;
import org.telecrm.sla.ProvisioningOrderId;
import org.telecrm.sla.contract.ContractFixtures;
import org.telecrm.sla.contract.OrderEvaluation;
import org.telecrm.sla.contract.ProvisioningOrder;
import org.telecrm.sla.quality.Outage;
import org.telecrm.sla.quality.OutageCause;

import java.time.Duration;
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
import static org.telecrm.testing.Purposes.returnVisitsAllowed;

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
        Seq<Outage> outages = CompensationLink.outages(fault, OutageCause.PROVIDER).get();
        assertEquals(List.of(Outage.of("SO-1", CircuitId.of("DDN-1"), MON, MON.plusSeconds(3 * 3600), OutageCause.PROVIDER)
                .respondedAt(MON.plusSeconds(1800))), outages);
        assertTrue(outages.head().problems().isEmpty());
        assertEquals(List.empty(), CompensationLink.outages(accepted(OrderKind.FAULT_REPORT, false, MON),
                OutageCause.PROVIDER).get(), "not handled yet: no end, no record");
    }

    /**
     * Issue 15, item 1: a reopened fault is down in each open period only, from acceptance or reopening to the
     * restoration; the time it was up between (waiting for the close, closed) is not outage. Before: one record
     * 08:00-13:30 (5 h 30) for 1 h 40 down.
     */
    @Test
    void aReopenedFaultHasOneRecordPerOpenPeriod() {
        Instant eight = bj("2026-03-10T08:00");
        ServiceOrder fault = accepted(OrderKind.FAULT_REPORT, false, eight);
        fault = ok(fault.dispatch(LINES, CLERK, bj("2026-03-10T08:02"), ""));
        fault = ok(fault.startWork(LINES, CLERK, bj("2026-03-10T08:25"), ""));
        fault = ok(fault.complete(LINES, CLERK, bj("2026-03-10T09:10"), "restored"));
        assertEquals(List.of(Outage.of("SO-1", CircuitId.of("DDN-1"), eight, bj("2026-03-10T09:10"), OutageCause.PROVIDER)
                .respondedAt(bj("2026-03-10T08:25"))), CompensationLink.outages(fault, OutageCause.PROVIDER).get());
        fault = ok(fault.recordReturnVisit(ReturnVisitOutcome.SATISFIED, returnVisitsAllowed(fault.intake().customer()),
                LINES, CLERK, bj("2026-03-10T09:40"), ""));
        fault = ok(fault.close(CLERK, bj("2026-03-10T09:40"), ""));
        fault = ok(fault.reopen(LINES, CLERK, bj("2026-03-10T13:00"), "drops again", ReopenWindow.SAMPLE));
        Outage first = Outage.of("SO-1", CircuitId.of("DDN-1"), eight, bj("2026-03-10T09:10"), OutageCause.PROVIDER)
                .respondedAt(bj("2026-03-10T08:25"));
        assertEquals(List.of(first), CompensationLink.outages(fault, OutageCause.PROVIDER).get(),
                "the reopened period, not restored yet, has no record");
        fault = ok(fault.complete(LINES, CLERK, bj("2026-03-10T13:30"), "restored"));
        Seq<Outage> records = CompensationLink.outages(fault, OutageCause.PROVIDER).get();
        assertEquals(List.of(first, Outage.of("SO-1#2", CircuitId.of("DDN-1"), bj("2026-03-10T13:00"),
                bj("2026-03-10T13:30"), OutageCause.PROVIDER).respondedAt(bj("2026-03-10T13:00"))), records);
        assertEquals(Duration.ofMinutes(100), records.map(Outage::duration).reduce(Duration::plus));
        assertEquals(Duration.ofMinutes(100), fault.elapsed(bj("2026-03-10T13:30")), "the clock counts the same time");
    }

    @Test
    void aCancellationOrderIsAChurnSignal() {
        assertEquals(Option.some(new ChurnSignal.CancellationOrder("SO-1", LocalDate.of(2026, 3, 2))),
                CompensationLink.churnSignal(accepted(OrderKind.CANCELLATION, false, MON)));
        assertTrue(CompensationLink.churnSignal(accepted(OrderKind.CHANGE, false, MON)).isEmpty());
    }
}
