package org.telecrm.order.aggregate;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.collection.TreeSet;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.jmolecules.ddd.types.AggregateRoot;
import org.telecrm.order.dispatch.WorkItem;
import org.telecrm.order.dispatch.WorkItemId;
import org.telecrm.customer.StaffId;
import org.telecrm.kernel.Changed;
import org.telecrm.kernel.RestoreCheck;
import org.telecrm.kernel.RestoreError;
import org.telecrm.order.OrderKind;
import org.telecrm.order.clock.CalendarVersions;
import org.telecrm.order.clock.ClockReading;
import org.telecrm.order.clock.PauseLedger;
import org.telecrm.order.clock.PauseReason;
import org.telecrm.order.clock.SlaClock;
import org.telecrm.privacy.purpose.PersonalDataUse;
import org.telecrm.privacy.purpose.PurposeRegister;
import org.telecrm.sla.CircuitId;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A service order (电子工单, rules.md sections 4 and 7): provisioning, fault report, complaint, change or
 * cancellation, taken on a channel, about a customer and, by identifier, an SLA contract and circuits (items).
 *
 * <p><b>Lifecycle.</b> {@link #accept} creates it in {@link Node#ACCEPTED}; it then moves through the node flow of
 * {@link Node} ({@link #dispatch}, {@link #startWork}, {@link #complete}, {@link #deliver} — only a provisioning
 * order for a key account's headquarters —, {@link #recordReturnVisit}, {@link #close}), or is {@link #cancel
 * cancelled} from any open node; against the flow only by {@link #rework}, {@link #reopen}, {@link #reject}, {@link
 * #fail} ({@link Setback}). Other moves: {@link ServiceOrderRejection.IllegalTransition}; a finished order refuses
 * every command ({@link ServiceOrderRejection.Finished}) but the reopening of a closed fault.
 * A command repeated exactly (a host's retry: the move that made the current node, with the same party, person,
 * instant and note; the same pause or resumption) is accepted and changes nothing ({@code Changed.changedNothing()}).
 *
 * <p><b>Invariants.</b>
 * <ul>
 *   <li>Node visits: the first is ACCEPTED; every visit but the last has been left, at or after it was entered, and
 *       the next one was entered at that instant; the last is the current node.</li>
 *   <li>Audit trail: one entry per visit, in the same order, chained (each entry's {@code from} is the previous
 *       entry's {@code to}), with non-decreasing instants: complete and ordered. No instant recorded (move, pause)
 *       is before the latest one ({@link ServiceOrderRejection.OutOfOrder}).</li>
 *   <li>Pauses: the {@link PauseLedger} invariants (append-only, never overlapping, never ending before they start).
 *       While paused the order does not move ({@link ServiceOrderRejection.WaitingOnCustomer}) except to be
 *       cancelled, which ends the pause.</li>
 *   <li>Time limits and the calendar version are fixed at acceptance ({@link NodeLimits}, {@link ClockBasis}), so a
 *       later table, calendar or terms version never changes the order's readings.</li>
 * </ul>
 *
 * <p>{@link #reviewLimits} (a host runs it, e.g. hourly) warns, reports violations and escalates every node limit,
 * each once; {@link #reviewDeadlines} raises {@link ServiceOrderEvent.DeadlineMissed} for delivery and return visits.
 * Circuits: {@link OrderItems}, each completed on its own ({@link #completeItem}) or with the order, each with its
 * clock ({@link ItemClock}). {@link #restore} rebuilds an order from stored state, refusing broken invariants.
 *
 * <pre>{@code
 * CalendarVersions calendars = CalendarVersions.first(WorkingDayCalendar.official());
 * NodeLimits limits = NodeTimeLimits.sample().limitsFor(OrderKind.PROVISIONING, Option.some(StarLevel.FIVE_STARS),
 *         Option.some(6), true);
 * ServiceOrder order = ServiceOrder.accept(intake, limits, ClockBasis.currentOf(calendars, SlaClock.BEIJING),
 *         frontDesk, StaffId.of("S-1"), at, "taken by the account manager").get().state();
 * order = order.dispatch(lineTeam, StaffId.of("S-2"), at2, "").get().state();
 * order.reading(Node.DISPATCHED, asOf, calendars);   // the node's limit, net of pauses
 * }</pre>
 */
public final class ServiceOrder implements AggregateRoot<ServiceOrder, ServiceOrderId> {

    private final OrderIntake intake;
    private final NodeLimits limits;
    private final ClockBasis basis;
    private final Seq<NodeVisit> visits;
    private final Seq<AuditEntry> auditTrail;
    private final PauseLedger pauses;
    private final Option<ReturnVisitOutcome> returnVisit;
    private final Set<Node> missedReported;
    private final Seq<DeadlineSignal> deadlineSignals;
    private final OrderItems items;

    private ServiceOrder(OrderIntake intake, NodeLimits limits, ClockBasis basis, Seq<NodeVisit> visits,
                         Seq<AuditEntry> auditTrail, PauseLedger pauses, Option<ReturnVisitOutcome> returnVisit,
                         Set<Node> missedReported, Seq<DeadlineSignal> deadlineSignals, OrderItems items) {
        this.intake = Objects.requireNonNull(intake, "intake");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.basis = Objects.requireNonNull(basis, "basis");
        this.visits = Objects.requireNonNull(visits, "visits");
        this.auditTrail = Objects.requireNonNull(auditTrail, "auditTrail");
        this.pauses = Objects.requireNonNull(pauses, "pauses");
        this.returnVisit = Objects.requireNonNull(returnVisit, "returnVisit");
        this.missedReported = Objects.requireNonNull(missedReported, "missedReported");
        this.deadlineSignals = Objects.requireNonNull(deadlineSignals, "deadlineSignals");
        this.items = Objects.requireNonNull(items, "items");
        if (visits.isEmpty()) {
            throw new IllegalArgumentException("an order has at least its acceptance visit");
        }
    }

    /**
     * Accepts an order: ACCEPTED at {@code at}, responsible {@code party}, one audit entry, event
     * {@link ServiceOrderEvent.OrderAccepted}. Refused with {@link ServiceOrderRejection.MissingCircuit} for a
     * provisioning or fault order without a circuit.
     */
    public static Either<ServiceOrderRejection, Changed<ServiceOrder, ServiceOrderEvent>> accept(
            OrderIntake intake, NodeLimits limits, ClockBasis basis, ResponsibleParty party, StaffId who, Instant at,
            String note) {
        return accept(intake, List.empty(), limits, basis, party, who, at, note);
    }

    /**
     * As the accept above, for an order about several circuits: its {@link OrderItems} are the intake's circuit, then
     * {@code further}, each once ({@link ServiceOrderRejection.RepeatedItem}); further circuits need a first one.
     */
    public static Either<ServiceOrderRejection, Changed<ServiceOrder, ServiceOrderEvent>> accept(
            OrderIntake intake, Seq<CircuitId> further, NodeLimits limits, ClockBasis basis, ResponsibleParty party,
            StaffId who, Instant at, String note) {
        Objects.requireNonNull(intake, "intake");
        if ((intake.kind() == OrderKind.PROVISIONING || intake.kind() == OrderKind.FAULT_REPORT) && intake.circuit().isEmpty()) {
            return Either.left(new ServiceOrderRejection.MissingCircuit(intake.id(), intake.kind()));
        }
        return OrderItems.taken(intake, further).map(items -> Changed.of(new ServiceOrder(intake, limits, basis,
                List.of(new NodeVisit(Node.ACCEPTED, party, at, Option.none())), List.of(new AuditEntry(who, at,
                Option.none(), Node.ACCEPTED, note)), PauseLedger.EMPTY, Option.none(), TreeSet.empty(), List.empty(),
                items), List.of(new ServiceOrderEvent.OrderAccepted(intake.id(), intake.kind(), intake.customer(), party, at))));
    }

    /**
     * Rebuilds an order from stored state, raising no event, after checking it against the order's invariants (the
     * one restore rule, see {@link RestoreError}): a circuit for a provisioning or fault order; node visits starting
     * with ACCEPTED, each next one a move the flow allows, entered when the one before was left, only the last one
     * open; one audit entry per visit, chained and at the visit's instant; pauses in order, never overlapping, none
     * before the acceptance, only the last one open and none open on a finished order; a return-visit outcome exactly
     * when the order was return-visited; missed deadlines reported only for nodes it visited. Anything else is a
     * {@link RestoreError} naming every problem. An order stored before the deadline review: no stage announced.
     */
    public static Either<RestoreError, ServiceOrder> restore(OrderIntake intake, NodeLimits limits, ClockBasis basis,
            Seq<NodeVisit> visits, Seq<AuditEntry> auditTrail, PauseLedger pauses, Option<ReturnVisitOutcome> returnVisit,
            Set<Node> missedReported) {
        return restore(intake, limits, basis, visits, auditTrail, pauses, returnVisit, missedReported, List.empty());
    }

    /**
     * As {@link #restore(OrderIntake, NodeLimits, ClockBasis, Seq, Seq, PauseLedger, Option, Set)}, with the stages
     * of node limits the deadline review announced ({@link #deadlineSignals}): each names a visit of the order and
     * its node, none twice. The order's items are its one circuit, if any.
     */
    public static Either<RestoreError, ServiceOrder> restore(OrderIntake intake, NodeLimits limits, ClockBasis basis,
            Seq<NodeVisit> visits, Seq<AuditEntry> auditTrail, PauseLedger pauses, Option<ReturnVisitOutcome> returnVisit,
            Set<Node> missedReported, Seq<DeadlineSignal> deadlineSignals) {
        return restore(intake, limits, basis, visits, auditTrail, pauses, returnVisit, missedReported, deadlineSignals,
                OrderItems.of(Objects.requireNonNull(intake, "intake").circuit()));
    }

    /** As the restore above, with the order's items ({@link OrderItems}, checked as it says). */
    public static Either<RestoreError, ServiceOrder> restore(OrderIntake intake, NodeLimits limits, ClockBasis basis,
            Seq<NodeVisit> visits, Seq<AuditEntry> auditTrail, PauseLedger pauses, Option<ReturnVisitOutcome> returnVisit,
            Set<Node> missedReported, Seq<DeadlineSignal> deadlineSignals, OrderItems items) {
        RestoreCheck check = RestoreCheck.of("service order", intake.id().value());
        ServiceOrderChecks.all(check, intake, limits, visits, auditTrail, pauses, returnVisit, missedReported,
                deadlineSignals);
        OrderItems.check(check, intake, visits, pauses, Objects.requireNonNull(items, "items"));
        return check.restore(() -> new ServiceOrder(intake, limits, basis, List.ofAll(visits), List.ofAll(auditTrail),
                pauses, returnVisit, missedReported, List.ofAll(deadlineSignals), items));
    }

    // ---- commands -------------------------------------------------------------------------------------------

    /** ACCEPTED -> DISPATCHED, to the party that will do the work. */
    public Either<ServiceOrderRejection, Changed<ServiceOrder, ServiceOrderEvent>> dispatch(ResponsibleParty to, StaffId who,
                                                                                           Instant at, String note) {
        return moveTo(Node.DISPATCHED, to, who, at, note);
    }

    /** DISPATCHED -> IN_PROGRESS: the responsible party has responded and started work. */
    public Either<ServiceOrderRejection, Changed<ServiceOrder, ServiceOrderEvent>> startWork(ResponsibleParty by, StaffId who,
                                                                                            Instant at, String note) {
        return moveTo(Node.IN_PROGRESS, by, who, at, note);
    }

    /** IN_PROGRESS -> COMPLETED: the service is opened, the fault handled, the change or cancellation done. */
    public Either<ServiceOrderRejection, Changed<ServiceOrder, ServiceOrderEvent>> complete(ResponsibleParty next, StaffId who,
                                                                                           Instant at, String note) {
        return moveTo(Node.COMPLETED, next, who, at, note);
    }

    /** COMPLETED -> DELIVERED (provisioning for a key account's headquarters only): the account manager delivered. */
    public Either<ServiceOrderRejection, Changed<ServiceOrder, ServiceOrderEvent>> deliver(ResponsibleParty next, StaffId who,
                                                                                          Instant at, String note) {
        return moveTo(Node.DELIVERED, next, who, at, note);
    }

    /**
     * COMPLETED or DELIVERED -> RETURN_VISITED with the customer's answer; a dissatisfied answer also raises
     * {@link ServiceOrderEvent.EscalatedToAccountManager}. Calling the customer uses their name and phone number for
     * service assurance ({@link PersonalDataUse#RETURN_VISIT}): the customer's {@code register} is asked first, and
     * without a permit at {@code at} the command is {@link ServiceOrderRejection.PurposeNotAllowed}. The same command
     * again (a host's retry) changes nothing and asks nothing.
     *
     * <pre>{@code
     * order.recordReturnVisit(ReturnVisitOutcome.SATISFIED, register, desk, StaffId.of("S-9"), at, "called");
     * // Left(PurposeNotAllowed[... has not allowed NAME, PHONE_NUMBER for SERVICE_ASSURANCE]) unless it holds them
     * }</pre>
     *
     * @param register the order's customer's purpose register
     * @throws IllegalArgumentException when {@code register} is another customer's (a bug of the caller)
     */
    public Either<ServiceOrderRejection, Changed<ServiceOrder, ServiceOrderEvent>> recordReturnVisit(
            ReturnVisitOutcome outcome, PurposeRegister register, ResponsibleParty next, StaffId who, Instant at,
            String note) {
        return OrderMoves.recordReturnVisit(this, outcome, register, next, who, at, note);
    }

    /** RETURN_VISITED -> CLOSED; final. */
    public Either<ServiceOrderRejection, Changed<ServiceOrder, ServiceOrderEvent>> close(StaffId who, Instant at, String note) {
        return moveTo(Node.CLOSED, current().party(), who, at, note);
    }

    /** Any open node -> CANCELLED; final. An open pause ends at {@code at}. */
    public Either<ServiceOrderRejection, Changed<ServiceOrder, ServiceOrderEvent>> cancel(StaffId who, Instant at, String note) {
        return moveTo(Node.CANCELLED, current().party(), who, at, note);
    }

    /**
     * Sends the work back ({@link Setback#REWORK}): COMPLETED, DELIVERED or RETURN_VISITED -> IN_PROGRESS, {@code party}
     * responsible; reason and who decided in the trail and {@link ServiceOrderEvent.OrderSetBack}; limits run on. */
    public Either<ServiceOrderRejection, Changed<ServiceOrder, ServiceOrderEvent>> rework(ResponsibleParty party,
            StaffId decidedBy, Instant at, String reason) {
        return OrderMoves.setBack(this, Setback.REWORK, party, decidedBy, at, reason, Option.none());
    }

    /**
     * Reopens a closed fault that came back within {@code window} of its close ({@link Setback#REOPEN}): the same
     * order, IN_PROGRESS, its clock continuing from the restoration (the wait for the close and the time closed do not
     * count, see {@link OpenPeriod}), so its restoration is read against the limit from acceptance. Refused for other kinds
     * ({@link ServiceOrderRejection.NotReopenable}) and after the window ({@link ServiceOrderRejection.ReopenWindowPassed}).
     */
    public Either<ServiceOrderRejection, Changed<ServiceOrder, ServiceOrderEvent>> reopen(ResponsibleParty party,
            StaffId decidedBy, Instant at, String reason, ReopenWindow window) {
        return OrderMoves.setBack(this, Setback.REOPEN, party, decidedBy, at, reason,
                Option.some(Objects.requireNonNull(window, "window")));
    }

    /** Refuses the order before work starts ({@link Setback#REJECT}): ACCEPTED or DISPATCHED -> REJECTED; final. */
    public Either<ServiceOrderRejection, Changed<ServiceOrder, ServiceOrderEvent>> reject(StaffId decidedBy, Instant at,
                                                                                         String reason) {
        return OrderMoves.setBack(this, Setback.REJECT, current().party(), decidedBy, at, reason, Option.none());
    }

    /** The work cannot be done ({@link Setback#FAIL}): DISPATCHED or IN_PROGRESS -> FAILED; final. */
    public Either<ServiceOrderRejection, Changed<ServiceOrder, ServiceOrderEvent>> fail(StaffId decidedBy, Instant at,
                                                                                       String reason) {
        return OrderMoves.setBack(this, Setback.FAIL, current().party(), decidedBy, at, reason, Option.none());
    }

    /**
     * Moves the order to {@code to}, with {@code party} responsible there; the named commands above call it. Refused
     * when the move is not in the flow, the order is finished, paused (except to cancel), or {@code at} is before
     * the latest instant recorded; RETURN_VISITED is reached through {@link #recordReturnVisit} only
     * ({@link ServiceOrderRejection.NeedsItsCommand}: it records the customer's answer and asks their register).
     */
    public Either<ServiceOrderRejection, Changed<ServiceOrder, ServiceOrderEvent>> moveTo(Node to, ResponsibleParty party,
                                                                                         StaffId who, Instant at, String note) {
        return OrderMoves.moveTo(this, to, party, who, at, note);
    }

    /**
     * Stops the clock: the order waits on the customer. Refused when finished, already paused or out of order; the
     * same pause repeated while it is open (same start, reason and recorder) changes nothing.
     */
    public Either<ServiceOrderRejection, Changed<ServiceOrder, ServiceOrderEvent>> pause(PauseReason reason, StaffId who,
                                                                                        Instant at) {
        return OrderMoves.pause(this, reason, who, at);
    }

    /** Starts the clock again. Refused when finished, not paused or out of order; the same resumption repeated changes nothing. */
    public Either<ServiceOrderRejection, Changed<ServiceOrder, ServiceOrderEvent>> resume(StaffId who, Instant at) {
        return OrderMoves.resume(this, who, at);
    }

    /**
     * Raises {@link ServiceOrderEvent.DeadlineMissed} when, as of {@code asOf}, the current node is COMPLETED or
     * DELIVERED and its deadline (delivery, return visit) has passed, net of pauses. Once per node: a later review
     * changes nothing. Any other node: nothing (jeopardy reports those). While a headquarters order waits in
     * COMPLETED for delivery, only the delivery deadline is reviewed; its return-visit deadline is reviewed once it
     * is DELIVERED (it still counts from completion).
     */
    public Either<ServiceOrderRejection, Changed<ServiceOrder, ServiceOrderEvent>> reviewDeadlines(Instant asOf,
                                                                                                  CalendarVersions calendars) {
        return DeadlineReview.missed(this, asOf, calendars);
    }

    /**
     * The deadline review of every node limit, a command the host runs on its schedule ({@code asOf} is the instant
     * of the run): announces each stage of a node's limit that has come, once per node visit, never before the clock
     * reached it: the current node's warning point ({@link ServiceOrderEvent.LimitWarning}), its limit
     * ({@link ServiceOrderEvent.LimitViolated}) and each step of its escalation chain that is due
     * ({@link ServiceOrderEvent.LimitEscalated}), as {@code policy} sets them; a node already left, only its violation
     * if it was left past its limit. All net of pauses, on the calendar of {@link #calendarIn}. A later review
     * announces only what came since; a review that finds nothing new changes nothing.
     *
     * <pre>{@code
     * order.reviewLimits(bj("2026-03-02T10:40"), calendars, DeadlinePolicy.sample()).get().events();
     * // [LimitWarning(SO-1, DISPATCHED, "15 min (clock time, 7x24) from acceptance ...", ...)]
     * }</pre>
     */
    public Either<ServiceOrderRejection, Changed<ServiceOrder, ServiceOrderEvent>> reviewLimits(
            Instant asOf, CalendarVersions calendars, DeadlinePolicy policy) {
        return DeadlineReview.review(this, asOf, calendars, policy);
    }

    /**
     * Completes the item of {@code circuit} on its own, before the order (partial completion, {@link OrderItems}),
     * while the order is IN_PROGRESS and the item is not the last one open ({@link ServiceOrderRejection.LastOpenItem});
     * event {@link ServiceOrderEvent.ItemCompleted}. A rework or reopening sends back only the items that follow it.
     */
    public Either<ServiceOrderRejection, Changed<ServiceOrder, ServiceOrderEvent>> completeItem(CircuitId circuit,
            StaffId who, Instant at, String note) {
        return ItemRules.complete(this, circuit, who, at, note);
    }

    ServiceOrder withMove(Seq<NodeVisit> visits, Seq<AuditEntry> auditTrail, PauseLedger pauses) {
        return new ServiceOrder(intake, limits, basis, visits, auditTrail, pauses, returnVisit, missedReported,
                deadlineSignals, items);
    }

    /** This order with other records: the return visit's answer, missed deadlines, review stages, items. */
    ServiceOrder withRecords(Option<ReturnVisitOutcome> answer, Set<Node> missed, Seq<DeadlineSignal> signals,
                             OrderItems changed) {
        return new ServiceOrder(intake, limits, basis, visits, auditTrail, pauses, answer, missed, signals, changed);
    }

    // ---- queries --------------------------------------------------------------------------------------------

    /**
     * The calendar this order is measured on: the version recorded at acceptance, or its newest compatible successor
     * (one that only adds years, rules.md section 6), with the later versions it could not take.
     *
     * <pre>{@code
     * order.calendarIn(calendars).get().describe();   // "calendar version 2 (pinned to 1)"
     * }</pre>
     */
    public Either<MeasureError, CalendarVersions.Pinned> calendarIn(CalendarVersions calendars) {
        return calendars.readFor(basis.calendarVersion())
                .toEither(() -> new MeasureError.UnknownCalendarVersion(id(), basis.calendarVersion()));
    }

    /**
     * The time limit of {@code node} read as of {@code asOf} (as of the instant it was left, if it was), net of
     * pauses, on the calendar of {@link #calendarIn}; none when the node has no limit or was not entered. A
     * working-day limit that reaches into a year no version knows yet reads as {@link ClockReading.ProvisionalDays}.
     */
    public Either<MeasureError, Option<ClockReading>> reading(Node node, Instant asOf, CalendarVersions calendars) {
        int visit = visits.lastIndexWhere(v -> v.node() == node);
        return visit < 0 ? Either.right(Option.none()) : readingOfVisit(visit, asOf, calendars);
    }

    /**
     * As {@link #reading}, for the visit at {@code index} of {@link #visits()} (a node may be visited more than once).
     */
    public Either<MeasureError, Option<ClockReading>> readingOfVisit(int index, Instant asOf, CalendarVersions calendars) {
        return OrderClock.read(this, index, visits.get(index).left().getOrElse(asOf), calendars);
    }

    @Override
    public ServiceOrderId getId() {
        return intake.id();
    }

    public ServiceOrderId id() {
        return intake.id();
    }

    public OrderKind kind() {
        return intake.kind();
    }

    /**
     * This order in a dispatch queue ("zero delay", rules.md section 4): same identifier, the customer's star level (if
     * any), the kind, received when accepted; sort with {@link org.telecrm.order.dispatch.DispatchPolicy#sort}.
     */
    public WorkItem workItem() {
        return new WorkItem(WorkItemId.of(getId().value()), intake.star(), intake.kind(), acceptedAt());
    }

    public OrderIntake intake() {
        return intake;
    }

    public NodeLimits limits() {
        return limits;
    }

    public ClockBasis basis() {
        return basis;
    }

    /** Every node visit, oldest first; the last is the current node. */
    public Seq<NodeVisit> visits() {
        return visits;
    }

    public Seq<AuditEntry> auditTrail() {
        return auditTrail;
    }

    public PauseLedger pauses() {
        return pauses;
    }

    public Option<ReturnVisitOutcome> returnVisit() {
        return returnVisit;
    }

    /** The nodes whose missed deadline has been announced. */
    public Set<Node> missedReported() {
        return missedReported;
    }

    /** The stages of node limits the deadline review has announced ({@link #reviewLimits}), in the order announced. */
    public Seq<DeadlineSignal> deadlineSignals() {
        return deadlineSignals;
    }

    /** The circuits the order is about, each completed on its own where it diverged (clock: {@link ItemClock}). */
    public OrderItems items() {
        return items;
    }

    public NodeVisit current() {
        return visits.last();
    }

    public Node node() {
        return current().node();
    }

    public boolean isOpen() {
        return !node().isTerminal();
    }

    public Instant acceptedAt() {
        return visits.head().entered();
    }

    /** When the order last entered COMPLETED, if it did (after a rework, the completion that followed it). */
    public Option<Instant> completedAt() {
        return visits.findLast(v -> v.node() == Node.COMPLETED).map(NodeVisit::entered);
    }

    /** How many times the order was reopened ({@link Setback#REOPEN}). */
    public int reopenCount() {
        return auditTrail.count(e -> e.setback().contains(Setback.REOPEN));
    }

    /**
     * The time the order's clock has run from acceptance up to {@code asOf} (up to the final node's entry once
     * finished), net of pauses and of the time from each restoration to the reopening that followed it: the sum of its
     * open periods ({@link OpenPeriod}) net of pauses.
     */
    public Duration elapsed(Instant asOf) {
        return OrderClock.elapsed(this, asOf);
    }

    /**
     * What stops the order's clock from acceptance: its pauses, and each time from a restoration to the reopening that
     * followed it (as a pause of the clock only; {@link #pauses()} holds the customer's pauses alone).
     */
    public PauseLedger clockStops() {
        return OrderClock.stops(this);
    }

    /** The latest instant recorded: a node entry, a pause start or end, an item's own completion. */
    public Instant latestInstant() {
        return OrderMoves.latestInstant(this);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ServiceOrder other && intake.equals(other.intake) && limits.equals(other.limits)
                && basis.equals(other.basis) && visits.equals(other.visits) && auditTrail.equals(other.auditTrail)
                && pauses.equals(other.pauses) && returnVisit.equals(other.returnVisit)
                && missedReported.equals(other.missedReported) && deadlineSignals.equals(other.deadlineSignals)
                && items.equals(other.items);
    }

    @Override
    public int hashCode() {
        return Objects.hash(intake, visits, pauses);
    }

    @Override
    public String toString() {
        return "ServiceOrder[" + id() + ", " + kind() + ", " + node() + (pauses.isPaused() ? ", paused" : "") + "]";
    }
}
