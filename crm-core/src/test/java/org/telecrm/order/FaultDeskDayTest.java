package org.telecrm.order;

import io.vavr.Function3;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.telecrm.calendar.WorkingDayCalendar;
import org.telecrm.customer.AccountManagerId;
import org.telecrm.customer.CustomerId;
import org.telecrm.customer.StaffId;
import org.telecrm.customer.star.StarLevel;
import org.telecrm.money.Money;
import org.telecrm.order.aggregate.Channel;
import org.telecrm.order.aggregate.ClockBasis;
import org.telecrm.order.aggregate.DeadlinePolicy;
import org.telecrm.order.aggregate.DeadlineStage;
import org.telecrm.order.aggregate.Node;
import org.telecrm.order.aggregate.NodeTimeLimits;
import org.telecrm.order.aggregate.OrderIntake;
import org.telecrm.order.aggregate.ReopenWindow;
import org.telecrm.order.aggregate.ResponsibleParty;
import org.telecrm.order.aggregate.ReturnVisitOutcome;
import org.telecrm.order.aggregate.ServiceOrder;
import org.telecrm.order.aggregate.ServiceOrderEvent;
import org.telecrm.order.aggregate.ServiceOrderId;
import org.telecrm.order.clock.CalendarVersions;
import org.telecrm.order.clock.SlaClock;
import org.telecrm.order.compensation.CompensationLink;
import org.telecrm.order.outage.Inheritance;
import org.telecrm.order.outage.MassOutage;
import org.telecrm.order.outage.MassOutageId;
import org.telecrm.privacy.purpose.LawfulBasis;
import org.telecrm.privacy.purpose.PersonalDataUse;
import org.telecrm.privacy.purpose.Purpose;
import org.telecrm.privacy.purpose.PurposeRegister;
import org.telecrm.sla.CircuitId;
import org.telecrm.sla.quality.Outage;
import org.telecrm.sla.quality.OutageCause;
import org.telecrm.sla.quality.QualityAssessment;
import org.telecrm.sla.quality.QualityCase;
import org.telecrm.sla.quality.QualityCompensation;
import org.telecrm.sla.quality.QualityLevelTable;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;

/**
 * Issue 15, "Done when": the day of a key-account fault desk of docs/service-orders.md, as it runs (the page's block
 * is these statements): warnings and an escalation, a reopened fault, a mass outage with child orders, and the
 * compensation per circuit that results. The statements check themselves with {@code assert}, as the page's block
 * does (surefire runs with assertions enabled).
 */
class FaultDeskDayTest {

    static Instant bj(String localDateTime) {
        return OffsetDateTime.parse(localDateTime + "+08:00").toInstant();
    }

    /** The page's block, its import lines aside, is the body of {@link #aDayOfAKeyAccountFaultDesk}, line for line. */
    @Test
    void thePagesBlockIsThisDay() throws java.io.IOException {
        String page = java.nio.file.Files.readString(java.nio.file.Path.of("..", "docs", "service-orders.md"));
        String block = page.substring(page.indexOf("## A day of the key-account fault desk")).split("```java\n", 2)[1]
                .split("\n```", 2)[0];
        List<String> code = List.of(block.split("\n", -1)).filter(l -> !l.startsWith("import ")).dropWhile(String::isEmpty);
        List<String> source = List.of(java.nio.file.Files.readString(java.nio.file.Path.of("src", "test", "java", "org",
                "telecrm", "order", "FaultDeskDayTest.java")).split("\n", -1));
        List<String> body = source.dropUntil(l -> l.contains("// DAY " + "START")).tail()
                .takeWhile(l -> !l.contains("// DAY " + "END")).map(l -> l.startsWith("        ") ? l.substring(8) : l.strip());
        org.junit.jupiter.api.Assertions.assertEquals(body, code);
    }

    @Test
    void aDayOfAKeyAccountFaultDesk() {
        assert FaultDeskDayTest.class.desiredAssertionStatus() : "run with assertions enabled";
        // DAY START
        // A day of the key-account fault desk, Tuesday 2026-03-10 (Beijing time): five-star customers, whose faults
        // have a 15 min response and a 2 h restoration limit from acceptance (star-level engine); DeadlinePolicy's
        // sample: warning at 80% of a limit, escalation to the department at the limit, its supervisor 2 h after.
        CalendarVersions official = CalendarVersions.first(WorkingDayCalendar.official());
        DeadlinePolicy alerting = DeadlinePolicy.sample();
        ResponsibleParty faultDesk = ResponsibleParty.of("Key-account fault desk", "S-0755-201");
        ResponsibleParty access = ResponsibleParty.of("Futian access bureau", "S-0755-301");
        StaffId duty = StaffId.of("S-0755-201");
        StaffId nocDesk = StaffId.of("S-0755-900");
        CustomerId bank = CustomerId.of("C-440300-000123");
        PurposeRegister bankPurposes = PurposeRegister.empty(bank).hold(Purpose.SERVICE_ASSURANCE,
                PersonalDataUse.RETURN_VISIT.information().toJavaSet(), new LawfulBasis.Contract("SLA-2026-0042"),
                bj("2026-03-01T00:00")).get().state();
        Function3<String, String, String, ServiceOrder> reported = (id, circuit, at) -> ServiceOrder.accept(
                new OrderIntake(ServiceOrderId.of(id), OrderKind.FAULT_REPORT, Channel.HOTLINE_10000, bank,
                        Option.none(), Option.some(CircuitId.of(circuit)), Option.some(StarLevel.FIVE_STARS),
                        Option.some(AccountManagerId.of("AM-0755-017"))),
                NodeTimeLimits.sample().limitsFor(OrderKind.FAULT_REPORT, Option.some(StarLevel.FIVE_STARS),
                        Option.none(), false),
                ClockBasis.currentOf(official, SlaClock.BEIJING), faultDesk, duty, bj(at), "circuit down: " + circuit)
                .get().state();

        // 08:00 DDN-A is down. Dispatched at once; nobody starts work. The desk's review runs every few minutes.
        ServiceOrder faultA = reported.apply("SO-0310-01", "DDN-A", "2026-03-10T08:00");
        faultA = faultA.dispatch(access, duty, bj("2026-03-10T08:02"), "to the access bureau").get().state();
        Seq<ServiceOrderEvent> at0812 = faultA.reviewLimits(bj("2026-03-10T08:12"), official, alerting).get().events();
        assert at0812.exists(e -> e instanceof ServiceOrderEvent.LimitWarning w && w.node() == Node.DISPATCHED);
        faultA = faultA.reviewLimits(bj("2026-03-10T08:12"), official, alerting).get().state();     // response: 12 of 15 min
        Seq<ServiceOrderEvent> at0816 = faultA.reviewLimits(bj("2026-03-10T08:16"), official, alerting).get().events();
        // [LimitViolated(DISPATCHED, 16 of 15 min), LimitEscalated(DISPATCHED, ESCALATED_TO_DEPARTMENT, Futian access bureau)]
        assert at0816.exists(e -> e instanceof ServiceOrderEvent.LimitEscalated x
                && x.to() == DeadlineStage.ESCALATED_TO_DEPARTMENT);
        faultA = faultA.reviewLimits(bj("2026-03-10T08:16"), official, alerting).get().state();
        assert faultA.reviewLimits(bj("2026-03-10T08:20"), official, alerting).get().changedNothing();   // each once

        // 08:25 work starts; 09:10 restored; the return visit at 09:40 finds the customer satisfied; closed.
        faultA = faultA.startWork(access, StaffId.of("S-0755-301"), bj("2026-03-10T08:25"), "on site").get().state();
        faultA = faultA.complete(faultDesk, StaffId.of("S-0755-301"), bj("2026-03-10T09:10"), "restored").get().state();
        faultA = faultA.recordReturnVisit(ReturnVisitOutcome.SATISFIED, bankPurposes, faultDesk, duty,
                bj("2026-03-10T09:40"), "satisfied").get().state();
        faultA = faultA.close(duty, bj("2026-03-10T09:40"), "").get().state();

        // 13:00 the circuit drops again: within the 7-day window, the same order is reopened and its clock goes on
        // from 70 min (08:00 to the restoration at 09:10); the wait for the close and the hours closed, the circuit
        // up, do not count. Restored again at 13:30: 100 min, within the 2 h restoration limit.
        faultA = faultA.reopen(access, StaffId.of("S-0755-900"), bj("2026-03-10T13:00"), "drops again",
                ReopenWindow.SAMPLE).get().state();
        faultA = faultA.complete(faultDesk, StaffId.of("S-0755-301"), bj("2026-03-10T13:30"), "restored").get().state();
        assert faultA.reopenCount() == 1;
        assert faultA.elapsed(bj("2026-03-10T13:30")).toMinutes() == 100;
        assert !faultA.reading(Node.IN_PROGRESS, bj("2026-03-10T13:30"), official).get().get().overdue(); // 100 of 120 min

        // 15:00 a fibre cut on Shennan Road takes down DDN-B and DDN-C: four reports, one incident.
        ServiceOrder b1 = reported.apply("SO-0310-02", "DDN-B", "2026-03-10T15:02");
        ServiceOrder b2 = reported.apply("SO-0310-03", "DDN-B", "2026-03-10T15:04");  // a second report of DDN-B
        ServiceOrder c1 = reported.apply("SO-0310-04", "DDN-C", "2026-03-10T15:05");
        ServiceOrder c2 = reported.apply("SO-0310-05", "DDN-C", "2026-03-10T15:06");
        MassOutage fibreCut = MassOutage.declare(MassOutageId.of("MO-0310-01"), "fibre cut, Shennan Road", nocDesk,
                bj("2026-03-10T15:00")).state();
        for (ServiceOrder child : List.of(b1, b2, c1, c2)) {
            fibreCut = fibreCut.attach(child.id(), child.intake().circuit().get(), nocDesk, bj("2026-03-10T15:10"),
                    "on the cut cable").get().state();
        }
        // The line crew is on the cut at 15:20: work starts on the first report of DDN-B. Nobody opens a DDN-C report:
        // the crew on the cut works for both circuits, so the outage was responded at 15:20 for each.
        b1 = b1.dispatch(access, duty, bj("2026-03-10T15:12"), "to the line crew").get().state();
        b1 = b1.startWork(access, StaffId.of("S-0755-301"), bj("2026-03-10T15:20"), "on the cut").get().state();
        // 15:40 SO-0310-05 turns out to be the customer's own router: detached, it is handled on its own.
        fibreCut = fibreCut.detach(c2.id(), nocDesk, bj("2026-03-10T15:40"), "the customer's router").get().state();
        MassOutage cutRestored = fibreCut.restore(nocDesk, bj("2026-03-10T18:00")).get().state();  // OutageRestored([02, 03, 04])
        Seq<ServiceOrder> children = List.of(b1, b2, c1).map(child ->
                Inheritance.inherit(cutRestored, child, access, nocDesk).get().state());       // each COMPLETED at 18:00, once
        assert children.forAll(child -> child.completedAt().contains(bj("2026-03-10T18:00")));
        c2 = c2.dispatch(access, duty, bj("2026-03-10T15:45"), "to the access bureau").get().state();
        c2 = c2.startWork(access, StaffId.of("S-0755-301"), bj("2026-03-10T15:50"), "router replaced").get().state();
        c2 = c2.complete(faultDesk, StaffId.of("S-0755-301"), bj("2026-03-10T16:20"), "restored").get().state();

        // The month's outage records: the cut once per circuit (not once per report), the other faults their own.
        Seq<Outage> records = CompensationLink.outages(cutRestored, children.appendAll(List.of(faultA, c2)),
                OutageCause.PROVIDER);
        assert records.map(Outage::ticket).equals(List.of("MO-0310-01/DDN-B", "MO-0310-01/DDN-C", "SO-0310-01",
                "SO-0310-01#2", "SO-0310-05"));                      // DDN-A: one record per open period
        assert records.forAll(o -> o.respondedAt().isDefined());
        assert records.get(1).respondedAt().contains(bj("2026-03-10T15:20"));   // DDN-C: the parent's work started
        // Compensation per circuit for March (level L1: 99.95%, rental CNY 2000.00 a month).
        QualityCompensation quality = QualityCompensation.sample();
        java.util.function.Function<String, QualityAssessment> month = circuit -> quality.assess(QualityCase.forMonth(
                CircuitId.of(circuit), QualityLevelTable.LEVEL_1, Money.ofYuan(2000), YearMonth.of(2026, 3),
                records.filter(o -> o.circuit().value().equals(circuit)))).get();
        // DDN-A, the reopened fault's own records, down 08:00-09:10 and 13:00-13:30 (1 h 40, not 5 h 30: it was up
        // between), 99.7759%; responded 08:25 (10 min late), each restoration within 2 h: 22% of the rental
        assert month.apply("DDN-A").credit().equals(Money.ofYuan(440));
        // DDN-B, reported twice, down once: 15:00-18:00 (99.5967%), responded 15:20, 1 h past the 2 h restoration
        assert month.apply("DDN-B").credit().equals(Money.ofYuan(940));                       // 47%
        // DDN-C: the cut, responded at 15:20 with the crew on it, and the router's own record inside it (downtime
        // counted once; its response counted)
        assert month.apply("DDN-C").credit().equals(Money.ofYuan(980));                       // 49%
        month.apply("DDN-B").describe();   // what decided it, line by line
        // DAY END
    }
}
