package org.telecrm.order.compensation;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.telecrm.customer.churn.ChurnSignal;
import org.telecrm.order.OrderKind;
import org.telecrm.order.aggregate.ItemCompletion;
import org.telecrm.order.aggregate.MeasureError;
import org.telecrm.order.aggregate.Node;
import org.telecrm.order.aggregate.NodeVisit;
import org.telecrm.order.aggregate.OpenPeriod;
import org.telecrm.order.aggregate.OrderItems;
import org.telecrm.order.aggregate.ServiceOrder;
import org.telecrm.order.aggregate.ServiceOrderId;
import org.telecrm.order.outage.ChildLink;
import org.telecrm.order.outage.Inheritance;
import org.telecrm.order.outage.MassOutage;
import org.telecrm.order.clock.CalendarVersions;
import org.telecrm.order.clock.SlaClock;
import org.telecrm.sla.CircuitId;
import org.telecrm.sla.ProvisioningOrderId;
import org.telecrm.sla.claim.Breach;
import org.telecrm.sla.contract.OrderEvaluation;
import org.telecrm.sla.contract.ProvisioningOrder;
import org.telecrm.sla.contract.SlaContract;
import org.telecrm.sla.quality.Outage;
import org.telecrm.sla.quality.OutageCause;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Turns service orders into the inputs of the compensation and churn engines. Pure functions.
 *
 * <ul>
 *   <li><b>Provisioning -> SLA contract.</b> {@link #provisioningOrder} maps the order to the contract's
 *       {@link ProvisioningOrder}: the same identifier text ({@link ProvisioningOrderId}), the circuit, the acceptance
 *       date in the order's zone, completed on its completion date or open as of a date, and the working days its
 *       pauses held ({@link SlaClock#pausedWorkingDays}). {@link #evaluate} has the contract evaluate it — under the
 *       terms version in force on the acceptance date, as the contract always does — on the order's calendar
 *       version, where the contract makes the held days days off (rules.md section 6). So the due date is the n-th
 *       non-paused working day and the days late are the non-paused working days after it, whether the month-end
 *       evaluates the order or a host's {@code MonthlySettlement} does; the provisioning engine stays the one source
 *       of the money rules, and without pauses the result is exactly the contract's.
 *       {@link OrderEvaluation#breach()} is the breach to raise a claim for.</li>
 *   <li><b>Fault report -> outage records.</b> {@link #outages(ServiceOrder, OutageCause)}: one per open period
 *       ({@link OpenPeriod}), ticket = order id, the circuit, down from acceptance (when the fault was reported) or the
 *       reopening to the restoration, responded when work started in it (IN_PROGRESS entered).</li>
 *   <li><b>Mass outage to outage records.</b> {@link #outages}: one record per circuit of the outage's children,
 *       responded when the parent's work started, and the other faults' own, so availability counts each outage once
 *       per circuit.</li>
 *   <li><b>Per circuit.</b> An order about several circuits ({@link org.telecrm.order.aggregate.OrderItems}) is
 *       evaluated and recorded per item: {@link #itemEvaluations} evaluates each circuit completed on its own
 *       completion date (or the order's), {@link #outages} records each restored circuit's outage once per open period,
 *       the last up to its own restoration. An item's identifier is the order's, followed by {@code /} and the circuit for an order with more
 *       than one item ({@link #itemTicket}), so a claim or an availability record names the circuit it is about.</li>
 *   <li><b>Cancellation -> churn signal.</b> {@link #churnSignal}: a cancellation order is a
 *       {@link ChurnSignal.CancellationOrder} placed on its acceptance date, whatever became of it.</li>
 * </ul>
 *
 * <pre>{@code
 * OrderEvaluation e = CompensationLink.evaluate(order, contract, calendars, LocalDate.of(2026, 3, 31)).get();
 * e.assessment().workingDaysLate();
 * Option<Breach> breach = e.breach();     // then contract.raiseClaim(claimId, breach.get(), responsibility, at)
 * }</pre>
 */
public final class CompensationLink {

    private CompensationLink() {
    }

    /**
     * The SLA contract's deadline in working days for a circuit, under the terms version in force on the acceptance
     * date: what {@code NodeTimeLimits.limitsFor} takes as the provisioning deadline. None for an unknown circuit or
     * a day outside the contract's terms.
     */
    public static Option<Integer> provisioningDeadline(SlaContract contract, CircuitId circuit, LocalDate acceptedOn) {
        return contract.circuit(circuit).flatMap(c -> contract.termsInForceOn(acceptedOn)
                .map(v -> v.terms().tariff().termsFor(c.product(), c.provisioningClass()).deadlineWorkingDays().value()));
    }

    /**
     * The contract's input for a provisioning order: completed, or open as of {@code asOf}, with the working days its
     * pauses held ({@link SlaClock#pausedWorkingDays}) on the calendar of {@link ServiceOrder#calendarIn}: what a
     * host hands to {@code MonthlySettlement} so that its settlement counts the pauses as the month-end does.
     */
    public static Either<LinkError, ProvisioningOrder> provisioningOrder(ServiceOrder order, CalendarVersions calendars,
                                                                         LocalDate asOf) {
        Either<MeasureError, CalendarVersions.Pinned> calendar = order.calendarIn(calendars);
        if (calendar.isLeft()) {
            return Either.left(new LinkError.Unmeasurable(calendar.getLeft()));
        }
        return provisioningOrder(order, asOf).map(input -> input.withHeldDays(SlaClock.pausedWorkingDays(
                calendar.get().calendar(), order.pauses(), order.basis().zone(), input.progress().countedTo())));
    }

    /** The contract's input for a provisioning order, completed or open as of {@code asOf}, its pauses left out. */
    private static Either<LinkError, ProvisioningOrder> provisioningOrder(ServiceOrder order, LocalDate asOf) {
        if (order.kind() != OrderKind.PROVISIONING) {
            return Either.left(new LinkError.WrongKind(order.id(), OrderKind.PROVISIONING, order.kind(), "an SLA provisioning input"));
        }
        if (order.node() == Node.CANCELLED && order.completedAt().isEmpty()) {
            return Either.left(new LinkError.NotApplicable(order.id(),
                    "cancelled before completion, so it is not evaluated for late provisioning"));
        }
        ProvisioningOrderId id = ProvisioningOrderId.of(order.id().value());
        CircuitId circuit = order.intake().circuit().get();
        LocalDate acceptedOn = day(order, order.acceptedAt());
        return Either.right(order.completedAt()
                .map(done -> ProvisioningOrder.completed(id, circuit, acceptedOn, day(order, done)))
                .getOrElse(() -> ProvisioningOrder.openAsOf(id, circuit, acceptedOn, asOf)));
    }

    /**
     * The contract's evaluation of a provisioning order, net of its pauses, on the calendar of
     * {@link ServiceOrder#calendarIn} (the version recorded at acceptance or its newest compatible successor).
     * {@code asOf} matters only for an order not yet completed. Money on a day no version knows yet is
     * {@link LinkError#notYetKnown() not yet known}, never a guess; it is settled once the year is supplied.
     */
    public static Either<LinkError, OrderEvaluation> evaluate(ServiceOrder order, SlaContract contract,
                                                              CalendarVersions calendars, LocalDate asOf) {
        if (!order.intake().contract().contains(contract.id())) {
            return Either.left(new LinkError.OtherContract(order.id(),
                    order.intake().contract().map(Object::toString).getOrElse("none"), contract.id()));
        }
        return provisioningOrder(order, calendars, asOf).flatMap(input -> contract.evaluateOrder(input,
                        order.calendarIn(calendars).get().calendar())
                .<LinkError>mapLeft(e -> new LinkError.Evaluation(order.id(), e)));
    }

    /** The late-provisioning breach to raise a claim for, if the order completed late with compensation owed. */
    public static Either<LinkError, Option<Breach>> breach(ServiceOrder order, SlaContract contract,
                                                          CalendarVersions calendars, LocalDate asOf) {
        return evaluate(order, contract, calendars, asOf).map(OrderEvaluation::breach);
    }

    /**
     * The outage records of a set of fault reports, some of them children of a mass outage, each outage counted once
     * per circuit (issue 15, item 4): for each circuit of the children attached at the restoration, the outage's one
     * record ({@code Inheritance.outagesPerCircuit}: declaration to restoration); for every other handled fault report
     * of {@code faults} (never attached, or detached: its own fault), its own {@link #outages(ServiceOrder, OutageCause)
     * records}. An attached child's own record of its first open period is never added, so two reports of one circuit
     * in the outage are one outage for availability, restoration and response alike; a child reopened after the
     * outage (its fault came back) adds the records of its reopened periods, outages of their own. An outage not yet
     * restored gives no record, nor do its attached children; faults not handled yet and orders of other kinds give none.
     *
     * <p><b>Response</b> (issue 15, item 2): the outage is one incident, and the provider responded to it when work
     * first started on any of its attached children among {@code faults} (the parent's work: the crew on the cut works
     * for every circuit on it), within the outage. So a circuit whose own reports were never started is responded then,
     * not charged the whole outage as response time. Only when no attached child's work started is no response
     * recorded, and the quality engine reads the response at the restoration, as for any record without one
     * (rules.md section 5; docs/sla-contracts.md: the latest the provider can have responded).
     *
     * <pre>{@code
     * Seq<Outage> records = CompensationLink.outages(cable, List.of(so1, so2, so3), OutageCause.PROVIDER);
     * // one record per circuit of the cable cut, and so3's own (detached: the customer's router)
     * }</pre>
     */
    public static Seq<Outage> outages(MassOutage outage, Seq<ServiceOrder> faults, OutageCause cause) {
        Seq<ServiceOrderId> inOutage = outage.attached().map(ChildLink::order);
        Option<Instant> parentWork = faults.filter(f -> inOutage.contains(f.id()))
                .flatMap(f -> f.visits().find(v -> v.node() == Node.IN_PROGRESS).map(NodeVisit::entered)).min();
        Seq<Outage> shared = Inheritance.outagesPerCircuit(outage, cause).map(record -> parentWork
                .map(at -> record.respondedAt(at.isBefore(record.start()) ? record.start()
                        : at.isAfter(record.end()) ? record.end() : at)).getOrElse(record));
        return shared.appendAll(faults.filter(f -> f.kind() == OrderKind.FAULT_REPORT)
                .flatMap(f -> records(f, cause, inOutage.contains(f.id()) ? 1 : 0)));
    }

    /**
     * The contract's evaluation of each item of a provisioning order, by circuit in the items' order, as
     * {@link #evaluate} evaluates the order, each circuit completed when it was ({@link OrderItems#completedAt}): one
     * completed on its own is not late for the circuits still open. Refused as {@link #evaluate} is.
     */
    public static Either<LinkError, Seq<Tuple2<CircuitId, OrderEvaluation>>> itemEvaluations(ServiceOrder order,
            SlaContract contract, CalendarVersions calendars, LocalDate asOf) {
        return evaluate(order, contract, calendars, asOf).flatMap(whole -> {
            Seq<Either<LinkError, Tuple2<CircuitId, OrderEvaluation>>> each = order.items().items().map(item -> {
                ProvisioningOrderId id = ProvisioningOrderId.of(itemTicket(order, item.circuit()));
                LocalDate acceptedOn = day(order, order.acceptedAt());
                ProvisioningOrder input = order.items().completedAt(item.circuit(), order)
                        .map(done -> ProvisioningOrder.completed(id, item.circuit(), acceptedOn, day(order, done)))
                        .getOrElse(() -> ProvisioningOrder.openAsOf(id, item.circuit(), acceptedOn, asOf));
                CalendarVersions.Pinned calendar = order.calendarIn(calendars).get();
                return contract.evaluateOrder(input.withHeldDays(SlaClock.pausedWorkingDays(calendar.calendar(),
                                order.pauses(), order.basis().zone(), input.progress().countedTo())), calendar.calendar())
                        .<LinkError>mapLeft(e -> new LinkError.Evaluation(order.id(), e))
                        .map(e -> Tuple.of(item.circuit(), e));
            });
            return Either.sequenceRight(each).map(Seq::toList);
        });
    }

    /**
     * The outage records of a fault report (issue 15, item 1), per circuit in the items' order and, for each, one per
     * open period ({@link OpenPeriod}) the circuit was restored in: down from the acceptance or the reopening to the
     * restoration that ended the period (an item completed on its own: to its own completion, its last period), so the
     * time a reopened fault was up between its restoration and its reopening is not outage; responded when work
     * started in the period (a reopening starts it at once). Ticket {@link #itemTicket}, then {@code #2}, {@code #3}
     * for the periods after a reopening. A period not restored yet gives no record (nor an order not handled yet);
     * refused for another kind.
     *
     * <pre>{@code
     * CompensationLink.outages(reopened, OutageCause.PROVIDER).get();
     * // [SO-1 08:00-09:10 responded 08:25, SO-1#2 13:00-13:30 responded 13:00]
     * }</pre>
     */
    public static Either<LinkError, Seq<Outage>> outages(ServiceOrder order, OutageCause cause) {
        if (order.kind() != OrderKind.FAULT_REPORT) {
            return Either.left(new LinkError.WrongKind(order.id(), OrderKind.FAULT_REPORT, order.kind(), "an outage record"));
        }
        return Either.right(records(order, cause, 0));
    }

    /** The fault's records of its open periods from the {@code first} on (0: all of them). */
    private static Seq<Outage> records(ServiceOrder order, OutageCause cause, int first) {
        Seq<OpenPeriod> periods = OpenPeriod.of(order);
        return order.items().items().flatMap(item -> periods.zipWithIndex().drop(first).flatMap(p -> {
            Option<Instant> own = item.completion().map(ItemCompletion::at);
            Option<Instant> end = own.filter(at -> !at.isBefore(p._1.start()) && p._1.restored().forAll(r -> !at.isAfter(r)))
                    .orElse(own.exists(at -> at.isBefore(p._1.start())) ? Option.none() : p._1.restored());
            String ticket = itemTicket(order, item.circuit()) + (p._2 == 0 ? "" : "#" + (p._2 + 1));
            return end.map(e -> Outage.of(ticket, item.circuit(), p._1.start(), e, cause))
                    .map(o -> p._1.workStarted().map(o::respondedAt).getOrElse(o));   // work starts before restoration
        }));
    }

    /** The identifier of an item's record: the order's, and {@code /circuit} when the order has more than one item. */
    public static String itemTicket(ServiceOrder order, CircuitId circuit) {
        return order.items().items().size() > 1 ? order.id().value() + "/" + circuit.value() : order.id().value();
    }

    /** A cancellation order's churn signal; none for other kinds. */
    public static Option<ChurnSignal.CancellationOrder> churnSignal(ServiceOrder order) {
        return order.kind() == OrderKind.CANCELLATION
                ? Option.some(new ChurnSignal.CancellationOrder(order.id().value(), day(order, order.acceptedAt())))
                : Option.none();
    }

    private static LocalDate day(ServiceOrder order, Instant at) {
        return at.atZone(order.basis().zone()).toLocalDate();
    }
}
