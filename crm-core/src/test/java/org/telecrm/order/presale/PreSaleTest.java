package org.telecrm.order.presale;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.telecrm.customer.StaffId;
import org.telecrm.customer.star.StarLevel;
import org.telecrm.order.OrderKind;
import org.telecrm.order.aggregate.Anchor;
import org.telecrm.order.aggregate.ClockBasis;
import org.telecrm.order.aggregate.DeadlinePolicy;
import org.telecrm.order.aggregate.Node;
import org.telecrm.order.aggregate.NodeLimit;
import org.telecrm.order.aggregate.NodeLimits;
import org.telecrm.order.aggregate.NodeTimeLimits;
import org.telecrm.order.aggregate.OrderIntake;
import org.telecrm.order.aggregate.Orders;
import org.telecrm.order.aggregate.PreSaleLimits;
import org.telecrm.order.aggregate.ResponsibleParty;
import org.telecrm.order.aggregate.ReturnVisitOutcome;
import org.telecrm.order.aggregate.ServiceOrder;
import org.telecrm.order.aggregate.ServiceOrderEvent;
import org.telecrm.order.aggregate.ServiceOrderId;
import org.telecrm.order.aggregate.ServiceOrderRejection;
import org.telecrm.order.clock.SlaClock;
import org.telecrm.order.clock.TimeLimit;
import org.telecrm.sla.CircuitId;
import org.telecrm.sla.SlaContractId;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.telecrm.order.aggregate.Orders.CALENDARS;
import static org.telecrm.order.aggregate.Orders.CLERK;
import static org.telecrm.order.aggregate.Orders.DESK;
import static org.telecrm.order.aggregate.Orders.MANAGER;
import static org.telecrm.order.aggregate.Orders.bj;
import static org.telecrm.order.aggregate.Orders.ok;
import static org.telecrm.testing.Purposes.returnVisitsAllowed;

/**
 * Issue 15, item 5: the pre-sale response (003) — consultation, resource check, solution proposal — is a service order
 * of kind PRE_SALE with a limit and a responsible party per stage, reviewed like every other order, and an agreed
 * solution is handed over into a provisioning order about its circuits. Consultation taken Monday 09:00.
 */
class PreSaleTest {

    static final Instant MON = bj("2026-03-02T09:00");
    static final ResponsibleParty PLANNING = ResponsibleParty.of("Network planning", "S-0755-301");
    static final StaffId AM = StaffId.of("AM-017");
    static final ServiceOrderId PROVISIONING = ServiceOrderId.of("SO-9");
    static final List<CircuitId> CIRCUITS = List.of(CircuitId.of("DDN-7"), CircuitId.of("DDN-8"));

    static ServiceOrder consultation() {
        NodeLimits limits = NodeTimeLimits.sample().limitsFor(OrderKind.PRE_SALE, Option.some(StarLevel.FIVE_STARS),
                Option.none(), false);
        OrderIntake intake = new OrderIntake(ServiceOrderId.of("PS-1"), OrderKind.PRE_SALE,
                org.telecrm.order.aggregate.Channel.ACCOUNT_MANAGER, Orders.intake("PS-1", OrderKind.PRE_SALE).customer(),
                Option.none(), Option.none(), Option.some(StarLevel.FIVE_STARS),
                Option.some(org.telecrm.customer.AccountManagerId.of("AM-017")));
        return ok(ServiceOrder.accept(intake, limits, ClockBasis.currentOf(CALENDARS, SlaClock.BEIJING), MANAGER, AM,
                MON, "two DDN lines to the new branch?"));
    }

    /** The solution proposed on Friday 03-06 and the customer's answer on Monday 03-09. */
    static ServiceOrder answered(ReturnVisitOutcome answer) {
        ServiceOrder order = ok(consultation().dispatch(PLANNING, AM, bj("2026-03-02T11:00"), "resource check"));
        order = ok(order.startWork(MANAGER, StaffId.of("S-0755-301"), bj("2026-03-04T10:00"), "ports free at Futian"));
        order = ok(order.complete(MANAGER, AM, bj("2026-03-06T16:00"), "solution: 2 x DDN 2M, express"));
        return ok(order.recordReturnVisit(answer, returnVisitsAllowed(order.intake().customer()), MANAGER, AM,
                bj("2026-03-09T10:00"), "the customer agrees"));
    }

    @Nested
    class Stages_limits_and_responsibility {

        @Test
        void eachStageIsANodeWithItsOwnLimit() {
            NodeLimits limits = consultation().limits();
            assertEquals(new NodeLimit(new TimeLimit.WorkingDays(1), Anchor.NODE_ENTRY,
                    "pre-sale consultation: library sample"), limits.of(Node.ACCEPTED).get());
            assertEquals(new NodeLimit(new TimeLimit.WorkingDays(3), Anchor.NODE_ENTRY,
                    "pre-sale resource check: library sample"), limits.of(Node.DISPATCHED).get());
            assertEquals(new NodeLimit(new TimeLimit.WorkingDays(10), Anchor.ACCEPTANCE,
                    "pre-sale solution proposal: library sample"), limits.of(Node.IN_PROGRESS).get());
            assertEquals(new NodeLimit(NodeTimeLimits.RULES_MD_RETURN_VISIT_AFTER_OPENING, Anchor.COMPLETION,
                    "the customer's answer: as the return visit, rules.md §4"), limits.of(Node.COMPLETED).get());
            assertEquals(PreSaleLimits.SAMPLE, NodeTimeLimits.sample().preSale());
        }

        @Test
        void theTableSetsOtherLimitsAndOtherKindsKeepTheirs() {
            PreSaleLimits fast = new PreSaleLimits(new TimeLimit.ClockTime(java.time.Duration.ofHours(4)),
                    new TimeLimit.WorkingDays(2), new TimeLimit.WorkingDays(5));
            NodeTimeLimits table = NodeTimeLimits.sample().withPreSale(fast);
            assertEquals(fast, table.preSale());
            assertEquals(new TimeLimit.ClockTime(java.time.Duration.ofHours(4)), table.limitsFor(OrderKind.PRE_SALE,
                    Option.none(), Option.none(), false).of(Node.ACCEPTED).get().limit());
            assertEquals(NodeTimeLimits.sample().limitsFor(OrderKind.CHANGE, Option.none(), Option.none(), false),
                    table.limitsFor(OrderKind.CHANGE, Option.none(), Option.none(), false));
            assertEquals(fast, table.withReturnVisits(NodeTimeLimits.CLOCK_HOURS_RETURN_VISIT_AFTER_OPENING,
                    NodeTimeLimits.CLOCK_HOURS_RETURN_VISIT_AFTER_FAULT).preSale(), "kept by the other settings");
            assertEquals(new TimeLimit.WorkingDays(1), NodeTimeLimits.sample().limitsFor(OrderKind.CHANGE,
                    Option.none(), Option.none(), false).of(Node.DISPATCHED).get().limit());
        }

        @Test
        void eachStageNamesItsNodeAndAFinishedOrderHasNone() {
            assertEquals(List.of(Node.ACCEPTED, Node.DISPATCHED, Node.IN_PROGRESS, Node.COMPLETED, Node.RETURN_VISITED),
                    List.of(PreSaleStage.values()).map(PreSaleStage::node));
            assertEquals(Option.some(PreSaleStage.CONSULTATION), PreSale.stageOf(consultation()));
            assertEquals(Option.some(PreSaleStage.ANSWERED), PreSale.stageOf(answered(ReturnVisitOutcome.SATISFIED)));
            assertEquals(Option.none(), PreSaleStage.of(Node.CLOSED));
            assertEquals(Option.none(), PreSale.stageOf(Orders.accepted(OrderKind.PROVISIONING, false, MON)));
            assertEquals("售前响应", OrderKind.PRE_SALE.chineseName());
        }

        @Test
        void theResourceCheckIsTheNetworkDepartmentsAndItsLimitIsReviewedLikeAnyOther() {
            ServiceOrder order = ok(consultation().dispatch(PLANNING, AM, bj("2026-03-02T11:00"), "resource check"));
            assertEquals(PLANNING, order.current().party());
            var review = order.reviewLimits(bj("2026-03-06T12:00"), CALENDARS, DeadlinePolicy.sample()).get();
            assertTrue(review.events().exists(e -> e instanceof ServiceOrderEvent.LimitViolated v
                    && v.node() == Node.DISPATCHED && v.party().equals(PLANNING)), "3 working days passed: " + review.events());
        }

        @Test
        void aPreSaleResponseNeedsNoCircuit() {
            assertEquals(Option.none(), consultation().intake().circuit());
            assertTrue(consultation().items().items().isEmpty());
        }
    }

    @Nested
    class Hand_over {

        @Test
        void anAgreedSolutionBecomesAProvisioningOrderAboutItsCircuitsAndThePreSaleCloses() {
            ServiceOrder agreed = answered(ReturnVisitOutcome.SATISFIED);
            HandOver h = PreSale.handOver(agreed, PROVISIONING, CIRCUITS, Option.some(SlaContractId.of("SLA-1")), AM,
                    bj("2026-03-09T11:00")).get();
            assertEquals(Node.CLOSED, h.preSale().state().node());
            assertEquals("handed over to SO-9", h.preSale().state().auditTrail().last().note());
            assertEquals(new ServiceOrderEvent.PreSaleHandedOver(agreed.id(), PROVISIONING, CIRCUITS, AM,
                    bj("2026-03-09T11:00")), h.preSale().events().last());
            assertEquals(2, h.preSale().events().size());
            OrderIntake intake = h.provisioning();
            OrderIntake from = agreed.intake();
            assertEquals(new OrderIntake(PROVISIONING, OrderKind.PROVISIONING, from.channel(), from.customer(),
                    Option.some(SlaContractId.of("SLA-1")), Option.some(CircuitId.of("DDN-7")), from.star(),
                    from.accountManager(), Option.some(agreed.id())), intake);
            assertEquals(Option.some(agreed.id()), intake.preSale(), "the provisioning order's pre-sale origin");
            assertEquals(List.of(CircuitId.of("DDN-8")), h.further());
            NodeLimits limits = NodeTimeLimits.sample().limitsFor(OrderKind.PROVISIONING, intake.star(), Option.some(8),
                    false);
            ServiceOrder provisioning = ok(ServiceOrder.accept(intake, h.further(), limits,
                    ClockBasis.currentOf(CALENDARS, SlaClock.BEIJING), DESK, CLERK, bj("2026-03-09T11:00"), "from PS-1"));
            assertEquals(CIRCUITS, provisioning.items().circuits());
            assertEquals(Option.some(agreed.id()), provisioning.intake().preSale());
            assertEquals(provisioning, ServiceOrder.restore(provisioning.intake(), provisioning.limits(),
                    provisioning.basis(), provisioning.visits(), provisioning.auditTrail(), provisioning.pauses(),
                    provisioning.returnVisit(), provisioning.missedReported(), provisioning.deadlineSignals(),
                    provisioning.items()).get());
            OrderIntake fault = new OrderIntake(PROVISIONING, OrderKind.FAULT_REPORT, from.channel(), from.customer(),
                    Option.none(), Option.some(CircuitId.of("DDN-7")), from.star(), from.accountManager(),
                    Option.some(agreed.id()));
            assertTrue(ServiceOrder.restore(fault, limits, provisioning.basis(), provisioning.visits(),
                    provisioning.auditTrail(), provisioning.pauses(), provisioning.returnVisit(),
                    provisioning.missedReported()).getLeft().problems().exists(p -> p.field().equals("preSale")),
                    "only a provisioning order has a pre-sale origin");
            assertTrue(ServiceOrder.restore(provisioning.intake(), limits, provisioning.basis(), provisioning.visits(),
                    provisioning.auditTrail(), provisioning.pauses(), provisioning.returnVisit(),
                    provisioning.missedReported()).isRight());
        }

        @Test
        void notBeforeTheCustomerAgreed() {
            ServiceOrder declined = answered(ReturnVisitOutcome.DISSATISFIED);
            PreSaleRejection refused = PreSale.handOver(declined, PROVISIONING, CIRCUITS, Option.none(), AM,
                    bj("2026-03-09T11:00")).getLeft();
            assertEquals(new PreSaleRejection.NotAgreed(declined.id(), Node.RETURN_VISITED,
                    Option.some(ReturnVisitOutcome.DISSATISFIED)), refused);
            assertEquals("order PS-1: the customer has not agreed to the solution (RETURN_VISITED, answered DISSATISFIED);"
                    + " hand over after a satisfied answer", refused.message());
            PreSaleRejection early = PreSale.handOver(consultation(), PROVISIONING, CIRCUITS, Option.none(), AM,
                    bj("2026-03-09T11:00")).getLeft();
            assertEquals("order PS-1: the customer has not agreed to the solution (ACCEPTED); hand over after a satisfied"
                    + " answer", early.message());
            HandOver once = PreSale.handOver(answered(ReturnVisitOutcome.SATISFIED), PROVISIONING, CIRCUITS,
                    Option.none(), AM, bj("2026-03-09T11:00")).get();
            assertInstanceOf(PreSaleRejection.NotAgreed.class, PreSale.handOver(once.preSale().state(), PROVISIONING,
                    CIRCUITS, Option.none(), AM, bj("2026-03-09T11:00")).getLeft(), "handed over once");
        }

        @Test
        void onlyAPreSaleAboutCircuitsEachOnce() {
            ServiceOrder agreed = answered(ReturnVisitOutcome.SATISFIED);
            PreSaleRejection other = PreSale.handOver(Orders.accepted(OrderKind.CHANGE, false, MON), PROVISIONING,
                    CIRCUITS, Option.none(), AM, MON).getLeft();
            assertEquals(new PreSaleRejection.NotPreSale(ServiceOrderId.of("SO-1"), OrderKind.CHANGE), other);
            assertEquals("order SO-1 is a CHANGE order; only a PRE_SALE response is handed over", other.message());
            PreSaleRejection none = PreSale.handOver(agreed, PROVISIONING, List.empty(), Option.none(), AM,
                    bj("2026-03-09T11:00")).getLeft();
            assertEquals(new PreSaleRejection.NoCircuit(agreed.id()), none);
            assertEquals("order PS-1: a hand-over names the circuits to provision, none was given", none.message());
            PreSaleRejection twice = PreSale.handOver(agreed, PROVISIONING, List.of(CircuitId.of("DDN-7"),
                    CircuitId.of("DDN-7")), Option.none(), AM, bj("2026-03-09T11:00")).getLeft();
            assertEquals(new PreSaleRejection.RepeatedCircuit(agreed.id(), CircuitId.of("DDN-7")), twice);
            assertEquals("order PS-1: circuit DDN-7 is named twice in the hand-over", twice.message());
        }

        @Test
        void theCloseIsRefusedAsAnyMove() {
            ServiceOrder agreed = answered(ReturnVisitOutcome.SATISFIED);
            PreSaleRejection refused = PreSale.handOver(agreed, PROVISIONING, CIRCUITS, Option.none(), AM,
                    bj("2026-03-09T09:00")).getLeft();
            assertEquals(new PreSaleRejection.CloseRefused(new ServiceOrderRejection.OutOfOrder(agreed.id(), "at",
                    bj("2026-03-09T09:00"), bj("2026-03-09T10:00"))), refused);
            assertEquals("order PS-1: at 2026-03-09T01:00:00Z is before 2026-03-09T02:00:00Z, the latest instant recorded",
                    refused.message());
        }
    }
}
