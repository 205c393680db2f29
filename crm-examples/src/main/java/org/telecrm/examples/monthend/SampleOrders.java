package org.telecrm.examples.monthend;

import io.vavr.control.Option;
import org.telecrm.calendar.WorkingDayCalendar;
import org.telecrm.customer.AccountManagerId;
import org.telecrm.customer.CustomerId;
import org.telecrm.customer.StaffId;
import org.telecrm.customer.star.StarLevel;
import org.telecrm.kernel.Changed;
import org.telecrm.order.OrderKind;
import org.telecrm.order.aggregate.Channel;
import org.telecrm.order.aggregate.ClockBasis;
import org.telecrm.order.aggregate.Node;
import org.telecrm.order.aggregate.NodeLimits;
import org.telecrm.order.aggregate.NodeTimeLimits;
import org.telecrm.order.aggregate.OrderIntake;
import org.telecrm.order.aggregate.ReopenWindow;
import org.telecrm.order.aggregate.ResponsibleParty;
import org.telecrm.order.aggregate.ReturnVisitOutcome;
import org.telecrm.order.aggregate.ServiceOrder;
import org.telecrm.order.aggregate.ServiceOrderEvent;
import org.telecrm.order.aggregate.ServiceOrderId;
import org.telecrm.order.clock.CalendarVersions;
import org.telecrm.order.clock.PauseReason;
import org.telecrm.order.compensation.CompensationLink;
import org.telecrm.privacy.purpose.PurposeRegister;
import org.telecrm.sla.CircuitId;
import org.telecrm.sla.SlaContractId;
import org.telecrm.sla.contract.Circuit;
import org.telecrm.sla.contract.SlaContract;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.SplittableRandom;

import static org.telecrm.examples.monthend.SampleProvince.ZONE;
import static org.telecrm.examples.monthend.SampleProvince.at;
import static org.telecrm.examples.monthend.SampleProvince.later;
import static org.telecrm.examples.monthend.SampleProvince.ok;
import static org.telecrm.examples.monthend.SampleProvince.then;

/**
 * The sample province's service orders of the month, built through the order's own commands as a host's staff would
 * have worked them: provisioning (on time, late, very late, still open), fault reports with their outages, complaints
 * and cancellations, most of them visited and closed.
 */
final class SampleOrders {

    private final SampleProvince province;
    private final YearMonth month;
    private final WorkingDayCalendar calendar;
    private final CalendarVersions calendars;

    SampleOrders(SampleProvince province, YearMonth month, WorkingDayCalendar calendar, CalendarVersions calendars) {
        this.province = province;
        this.month = month;
        this.calendar = calendar;
        this.calendars = calendars;
    }

    record Parties(ResponsibleParty desk, ResponsibleParty lines, ResponsibleParty access,
                           ResponsibleParty manager, StaffId clerk) {
        Parties(String city, String cityName) {
            this(ResponsibleParty.of(cityName + " key-account service desk", "S-" + city + "-001"),
                    ResponsibleParty.of(cityName + " network operations", "S-" + city + "-101"),
                    ResponsibleParty.of(cityName + " access bureau", "S-" + city + "-201"),
                    ResponsibleParty.of(cityName + " key-account department", "AM-" + city + "-000"),
                    StaffId.of("S-" + city + "-001"));
        }
    }

    static ServiceOrderId orderId(String city, String unit, int sequence) {
        return ServiceOrderId.of("SO-" + city + "-" + unit + "-" + String.format("%02d", sequence));
    }

    private OrderIntake intake(ServiceOrderId id, OrderKind kind, SlaContractId contract, CircuitId circuit,
                               CustomerId customer, StarLevel star, AccountManagerId manager) {
        return new OrderIntake(id, kind, Channel.ACCOUNT_MANAGER, customer, Option.some(contract), Option.some(circuit),
                Option.some(star), Option.some(manager));
    }

    /**
     * A provisioning order accepted on a working day of the month; {@code outcome} 0-4 on time, 5-6 late, 7 very late
     * (the cap), 8-9 still open at the month's end. Headquarters orders pass delivery; some wait on the customer.
     */
    Changed<ServiceOrder, ServiceOrderEvent> provisioningOrder(ServiceOrderId id, SlaContract contract,
                                                                      Circuit circuit, CustomerId customer,
                                                                      StarLevel star, AccountManagerId manager,
                                                                      int outcome, SplittableRandom random, Parties p) {
        LocalDate acceptedOn = province.workingDayOfMonth(outcome <= 4 ? random.nextInt(12) : random.nextInt(6));
        if (outcome >= 8) {
            acceptedOn = province.workingDayOfMonth(8 + random.nextInt(10));
        }
        Option<Integer> deadline = CompensationLink.provisioningDeadline(contract, circuit.id(), acceptedOn);
        NodeLimits limits = NodeTimeLimits.sample().limitsFor(OrderKind.PROVISIONING, Option.some(star), deadline, true);
        Instant t = at(acceptedOn, 9, random.nextInt(50));
        Changed<ServiceOrder, ServiceOrderEvent> order = ok(ServiceOrder.accept(intake(id, OrderKind.PROVISIONING,
                contract.id(), circuit.id(), customer, star, manager), limits, ClockBasis.currentOf(calendars, ZONE),
                p.desk(), p.clerk(), t, circuit.product() + " " + circuit.bandwidth() + ", " + circuit.provisioningClass()));
        t = t.plus(Duration.ofMinutes(30 + random.nextInt(60)));
        order = then(order, order.state().dispatch(p.lines(), p.clerk(), t, "to network operations"));
        t = t.plus(Duration.ofHours(20));
        order = then(order, order.state().startWork(p.lines(), p.lines().person(), t, "survey done"));
        if (random.nextInt(4) == 0) {
            t = t.plus(Duration.ofHours(2));
            order = then(order, order.state().pause(PauseReason.SITE_NOT_READY, p.lines().person(), t));
            t = t.plus(Duration.ofDays(1));
            order = then(order, order.state().resume(p.lines().person(), t));
        }
        if (outcome >= 8) {
            return order;
        }
        int days = deadline.getOrElse(20);
        int workingDays = outcome <= 4 ? Math.max(1, days - 1 - random.nextInt(Math.max(1, days / 2)))
                : outcome <= 6 ? days + 1 + random.nextInt(4) : days + 15;
        LocalDate doneOn = calendar.workingDayAfter(acceptedOn, workingDays).get();
        Instant done = later(t, at(doneOn, 16, 0));
        order = then(order, order.state().complete(p.manager(), p.lines().person(), done, "circuit opened"));
        Instant delivered = done.plus(Duration.ofHours(18));
        if (delivered.isAfter(province.endOfMonth())) {
            return order;
        }
        order = then(order, order.state().deliver(p.manager(), p.manager().person(), delivered, "delivery list signed"));
        return visitAndClose(order, delivered, random, p);
    }

    /** A fault report restored in one to seven hours, responded to in five to forty minutes. */
    Changed<ServiceOrder, ServiceOrderEvent> faultOrder(ServiceOrderId id, SlaContractId contract,
                                                               Circuit circuit, CustomerId customer, StarLevel star,
                                                               AccountManagerId manager, SplittableRandom random,
                                                               Parties p) {
        NodeLimits limits = NodeTimeLimits.sample().limitsFor(OrderKind.FAULT_REPORT, Option.some(star), Option.none(), false);
        Instant t = at(month.atDay(1 + random.nextInt(month.lengthOfMonth() - 1)), random.nextInt(24), random.nextInt(60));
        Changed<ServiceOrder, ServiceOrderEvent> order = ok(ServiceOrder.accept(intake(id, OrderKind.FAULT_REPORT,
                contract, circuit.id(), customer, star, manager), limits, ClockBasis.currentOf(calendars, ZONE),
                p.desk(), p.clerk(), t, "circuit down: " + circuit.id()));
        t = t.plus(Duration.ofMinutes(2 + random.nextInt(5)));
        order = then(order, order.state().dispatch(p.access(), p.clerk(), t, "to the access bureau"));
        t = t.plus(Duration.ofMinutes(3 + random.nextInt(35)));
        order = then(order, order.state().startWork(p.access(), p.access().person(), t, "on site"));
        t = t.plus(Duration.ofMinutes(60 + random.nextInt(360)));
        if (t.isAfter(province.endOfMonth())) {
            return order;
        }
        // the diagnosis is recorded in the completion note, which the month-end reads as the outage's cause
        String cause = random.nextInt(6) == 0 ? "CUSTOMER_SIDE" : "PROVIDER";
        order = then(order, order.state().complete(p.desk(), p.access().person(), t, "restored; cause " + cause));
        return reopenSome(visitAndClose(order, t, random, p), p);
    }

    /**
     * One closed fault in {@link #REOPENED_ONE_IN} comes back the next day (chosen by its id, so the random draws of
     * the other orders stay as they were): reopened within {@link ReopenWindow#SAMPLE}, its clock going on from where
     * it stopped, and restored again 40 minutes later when the month has not ended by then.
     */
    private Changed<ServiceOrder, ServiceOrderEvent> reopenSome(Changed<ServiceOrder, ServiceOrderEvent> order,
                                                               Parties p) {
        ServiceOrder closed = order.state();
        Instant back = closed.latestInstant().plus(Duration.ofHours(20));
        if (closed.node() != Node.CLOSED || Math.floorMod(closed.id().value().hashCode(), REOPENED_ONE_IN) != 0
                || back.isAfter(province.endOfMonth())) {
            return order;
        }
        order = then(order, closed.reopen(p.access(), p.clerk(), back, "circuit down again", ReopenWindow.SAMPLE));
        Instant restored = back.plus(Duration.ofMinutes(40));
        return restored.isAfter(province.endOfMonth()) ? order
                : then(order, order.state().complete(p.desk(), p.access().person(), restored, "restored again; cause PROVIDER"));
    }

    /** How rare a reopened fault is in the sample: one closed fault in 12. <b>Sample data</b>, no source. */
    static final int REOPENED_ONE_IN = 12;

    /** A complaint or a cancellation, handled within a few working days. */
    Changed<ServiceOrder, ServiceOrderEvent> simpleOrder(ServiceOrderId id, OrderKind kind, SlaContractId contract,
                                                                Circuit circuit, CustomerId customer, StarLevel star,
                                                                AccountManagerId manager, SplittableRandom random,
                                                                Parties p) {
        NodeLimits limits = NodeTimeLimits.sample().limitsFor(kind, Option.some(star), Option.none(), false);
        Instant t = at(province.workingDayOfMonth(random.nextInt(15)), 11, random.nextInt(60));
        Changed<ServiceOrder, ServiceOrderEvent> order = ok(ServiceOrder.accept(intake(id, kind, contract, circuit.id(),
                customer, star, manager), limits, ClockBasis.currentOf(calendars, ZONE), p.desk(), p.clerk(), t,
                kind == OrderKind.COMPLAINT ? "complaint about billing" : "cancel circuit " + circuit.id()));
        t = t.plus(Duration.ofMinutes(20 + random.nextInt(60)));
        order = then(order, order.state().dispatch(p.manager(), p.clerk(), t, "to the account manager"));
        t = t.plus(Duration.ofMinutes(10 + random.nextInt(40)));
        order = then(order, order.state().startWork(p.manager(), p.manager().person(), t, "called the customer"));
        t = t.plus(Duration.ofDays(1 + random.nextInt(6)));
        order = then(order, order.state().complete(p.desk(), p.manager().person(), t, "handled"));
        return visitAndClose(order, t, random, p);
    }

    /** Most orders are visited within a day (one in eight dissatisfied); one in ten is not visited yet. */
    private Changed<ServiceOrder, ServiceOrderEvent> visitAndClose(Changed<ServiceOrder, ServiceOrderEvent> order,
                                                                  Instant from, SplittableRandom random, Parties p) {
        if (random.nextInt(10) == 0) {
            return order;
        }
        Instant visited = from.plus(Duration.ofHours(3 + random.nextInt(20)));
        if (visited.isAfter(province.endOfMonth())) {
            return order;
        }
        ReturnVisitOutcome outcome = random.nextInt(8) == 0 ? ReturnVisitOutcome.DISSATISFIED : ReturnVisitOutcome.SATISFIED;
        PurposeRegister register = province.purposes(order.state().intake().customer(), SampleProvince.Retention.NEVER).state();
        order = then(order, order.state().recordReturnVisit(outcome, register, p.desk(), p.clerk(), visited,
                outcome == ReturnVisitOutcome.SATISFIED ? "satisfied" : "dissatisfied: escalated to the account manager"));
        return then(order, order.state().close(p.clerk(), visited.plus(Duration.ofMinutes(5)), ""));
    }
}
