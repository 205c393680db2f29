package org.telecrm.order;

import org.telecrm.privacy.purpose.LawfulBasis;
import org.telecrm.privacy.purpose.PersonalDataUse;
import org.telecrm.privacy.purpose.Purpose;
import org.telecrm.privacy.purpose.PurposeRegister;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.telecrm.account.AccountId;
import org.telecrm.calendar.WorkingDayCalendar;
import org.telecrm.customer.AccountManagerId;
import org.telecrm.customer.CustomerId;
import org.telecrm.customer.StaffId;
import org.telecrm.customer.star.StarLevel;
import org.telecrm.money.Money;
import org.telecrm.order.aggregate.AuditEntry;
import org.telecrm.order.aggregate.Channel;
import org.telecrm.order.aggregate.ClockBasis;
import org.telecrm.order.aggregate.Node;
import org.telecrm.order.aggregate.NodeLimits;
import org.telecrm.order.aggregate.NodeTimeLimits;
import org.telecrm.order.aggregate.OrderIntake;
import org.telecrm.order.aggregate.ResponsibleParty;
import org.telecrm.order.aggregate.ReturnVisitOutcome;
import org.telecrm.order.aggregate.ServiceOrder;
import org.telecrm.order.aggregate.ServiceOrderId;
import org.telecrm.order.clock.CalendarVersions;
import org.telecrm.order.clock.PauseReason;
import org.telecrm.order.clock.SlaClock;
import org.telecrm.order.clock.WarningMargin;
import org.telecrm.order.compensation.CompensationLink;
import org.telecrm.order.jeopardy.Jeopardy;
import org.telecrm.order.jeopardy.NodeJeopardy;
import org.telecrm.sla.CircuitId;
import org.telecrm.sla.Product;
import org.telecrm.sla.ProvisioningClass;
import org.telecrm.sla.SlaContractId;
import org.telecrm.sla.claim.Breach;
import org.telecrm.sla.claim.ClaimId;
import org.telecrm.sla.claim.Responsibility;
import org.telecrm.sla.contract.Bandwidth;
import org.telecrm.sla.contract.Circuit;
import org.telecrm.sla.contract.ClaimRaising;
import org.telecrm.sla.contract.ContractSigning;
import org.telecrm.sla.contract.ContractTerms;
import org.telecrm.sla.contract.OrderEvaluation;
import org.telecrm.sla.contract.Region;
import org.telecrm.sla.contract.SlaContract;
import org.telecrm.sla.contract.ValidityPeriod;
import org.telecrm.sla.quality.QualityLevelTable;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The walk-through of docs/service-orders.md, as it runs: an order from acceptance to close through the
 * public API, its jeopardy and audit trail, and its compensation breach raised as a claim on the SLA contract.
 */
class OrderWalkThroughTest {

    static Instant bj(String localDateTime) {
        return OffsetDateTime.parse(localDateTime + "+08:00").toInstant();
    }

    @Test
    void fromAcceptanceToCloseThenTheBreach() {
        // The SLA contract (issue 5): a DDN express circuit, default terms (8 working days, rules.md §5).
        SlaContractId contractId = SlaContractId.of("SLA-2026-0042");
        Circuit ddn = new Circuit(CircuitId.of("DDN-0755-2026-0001"), Product.DDN, Region.of("Shenzhen Futian"),
                Region.of("Guangzhou Tianhe"), Bandwidth.ofKbps(2048), ProvisioningClass.EXPRESS,
                QualityLevelTable.LEVEL_1, Money.ofYuan(8000), Money.ofYuan(2000));
        Instant signed = Instant.parse("2025-12-20T02:00:00Z");
        SlaContract contract = SlaContract.draft(contractId, CustomerId.of("C-440300-000123"),
                        AccountId.of("A-0755-88001234"), new ValidityPeriod(LocalDate.of(2026, 1, 1),
                                LocalDate.of(2026, 12, 31)), ContractTerms.defaults(contractId), signed)
                .flatMap(c -> c.state().addCircuit(ddn, signed))
                .flatMap(c -> c.state().activate(new ContractSigning("Li Wei, CIO", "Zhang Min",
                        LocalDate.of(2025, 12, 20)), signed))
                .get().state();

        // 1. Accept: the limits come from the table (star level, SLA deadline) and are fixed with the calendar version.
        CalendarVersions calendars = CalendarVersions.first(WorkingDayCalendar.official());
        Instant accepted = bj("2026-03-02T09:00");                                     // Monday
        Option<Integer> deadline = CompensationLink.provisioningDeadline(contract, ddn.id(), LocalDate.of(2026, 3, 2));
        assertEquals(Option.some(8), deadline);                                         // DDN express, rules.md §5
        NodeLimits limits = NodeTimeLimits.sample().limitsFor(OrderKind.PROVISIONING,
                Option.some(StarLevel.FIVE_STARS), deadline, true);                     // true: the customer's headquarters
        OrderIntake intake = new OrderIntake(ServiceOrderId.of("SO-2026-0001"), OrderKind.PROVISIONING,
                Channel.ACCOUNT_MANAGER, CustomerId.of("C-440300-000123"), Option.some(contractId),
                Option.some(ddn.id()), Option.some(StarLevel.FIVE_STARS), Option.some(AccountManagerId.of("AM-0755-017")));
        ResponsibleParty desk = ResponsibleParty.of("Key-account service desk", "S-0755-001");
        ResponsibleParty lines = ResponsibleParty.of("Futian network operations", "S-0755-101");
        ResponsibleParty manager = ResponsibleParty.of("Key-account department", "AM-0755-017");
        StaffId clerk = StaffId.of("S-0755-001");
        ServiceOrder order = ServiceOrder.accept(intake, limits, ClockBasis.currentOf(calendars, SlaClock.BEIJING),
                desk, clerk, accepted, "DDN 2M Futian-Tianhe, express").get().state();

        // 2. Dispatch, start work, and wait on the customer's site for two working days (Wed and Thu).
        order = order.dispatch(lines, clerk, bj("2026-03-02T10:00"), "to Futian network operations").get().state();
        order = order.startWork(lines, StaffId.of("S-0755-101"), bj("2026-03-03T09:00"), "survey done").get().state();
        order = order.pause(PauseReason.SITE_NOT_READY, StaffId.of("S-0755-101"), bj("2026-03-04T08:00")).get().state();
        order = order.resume(StaffId.of("S-0755-101"), bj("2026-03-05T18:00")).get().state();

        // 3. Jeopardy: due on the 8th non-paused working day, Mon 03-16 instead of Thu 03-12.
        NodeJeopardy risk = Jeopardy.of(order, bj("2026-03-16T12:00"), WarningMargin.LIBRARY_DEFAULT, calendars).get().get();
        assertEquals("SO-2026-0001 IN_PROGRESS AT_RISK: 8 of 8 working days used, due 2026-03-16; limit 8 working days"
                + " from acceptance (SLA terms in force at acceptance); responsible S-0755-101 (Futian network operations)",
                risk.describe());
        NodeJeopardy late = Jeopardy.of(order, bj("2026-03-17T09:00"), WarningMargin.LIBRARY_DEFAULT, calendars).get().get();
        assertEquals("OVERDUE", late.status().name());

        // 4. Complete (late), deliver within 3 working days, return visit, close.
        order = order.complete(manager, StaffId.of("S-0755-101"), bj("2026-03-20T16:00"), "circuit opened").get().state();
        order = order.deliver(manager, StaffId.of("AM-0755-017"), bj("2026-03-23T10:00"), "delivery list signed").get().state();
        PurposeRegister register = PurposeRegister.empty(intake.customer()).hold(Purpose.SERVICE_ASSURANCE,
                PersonalDataUse.RETURN_VISIT.information().toJavaSet(), new LawfulBasis.Contract("SLA-2026-0001"),
                accepted).get().state();
        assertTrue(order.recordReturnVisit(ReturnVisitOutcome.SATISFIED, PurposeRegister.empty(intake.customer()), desk,
                clerk, bj("2026-03-25T15:00"), "satisfied").isLeft(), "not without the register's permit");
        order = order.recordReturnVisit(ReturnVisitOutcome.SATISFIED, register, desk, clerk, bj("2026-03-25T15:00"),
                "satisfied").get().state();
        order = order.close(clerk, bj("2026-03-25T15:05"), "").get().state();

        // 5. The audit trail: who, when, from, to, note.
        Seq<String> trail = order.auditTrail().map(AuditEntry::describe);
        assertEquals(List.of(
                "2026-03-02T01:00:00Z S-0755-001: (new) -> ACCEPTED, DDN 2M Futian-Tianhe, express",
                "2026-03-02T02:00:00Z S-0755-001: ACCEPTED -> DISPATCHED, to Futian network operations",
                "2026-03-03T01:00:00Z S-0755-101: DISPATCHED -> IN_PROGRESS, survey done",
                "2026-03-20T08:00:00Z S-0755-101: IN_PROGRESS -> COMPLETED, circuit opened",
                "2026-03-23T02:00:00Z AM-0755-017: COMPLETED -> DELIVERED, delivery list signed",
                "2026-03-25T07:00:00Z S-0755-001: DELIVERED -> RETURN_VISITED, satisfied",
                "2026-03-25T07:05:00Z S-0755-001: RETURN_VISITED -> CLOSED"), trail);
        assertEquals(Node.CLOSED, order.node());

        // 6. The compensation breach: 4 non-paused working days late (03-17 .. 03-20), not 6.
        OrderEvaluation evaluation = CompensationLink.evaluate(order, contract, calendars, LocalDate.of(2026, 3, 31)).get();
        assertEquals(LocalDate.of(2026, 3, 16), evaluation.assessment().dueOn());
        assertEquals(4, evaluation.assessment().workingDaysLate());
        assertEquals(Money.ofYuan(2400), evaluation.assessment().compensation());   // 12000.00 x 5% x 4
        Breach breach = evaluation.breach().get();
        ClaimRaising raised = contract.raiseClaim(ClaimId.of("PF-2026-03-0001"), breach,
                new Responsibility("Shenzhen Futian bureau", "A-end access segment"), bj("2026-04-02T10:00")).get();
        assertInstanceOf(ClaimRaising.Raised.class, raised);
    }
}
