package org.telecrm.persistence.tck;

import org.telecrm.privacy.purpose.LawfulBasis;
import org.telecrm.privacy.purpose.PersonalDataUse;
import org.telecrm.privacy.purpose.PurposeRegister;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.telecrm.calendar.WorkingDayCalendar;
import org.telecrm.customer.AccountManagerId;
import org.telecrm.customer.CustomerId;
import org.telecrm.customer.StaffId;
import org.telecrm.customer.star.StarLevel;
import org.telecrm.kernel.Changed;
import org.telecrm.order.OrderKind;
import org.telecrm.order.aggregate.Channel;
import org.telecrm.order.aggregate.ClockBasis;
import org.telecrm.order.aggregate.DeadlinePolicy;
import org.telecrm.order.aggregate.Node;
import org.telecrm.order.aggregate.ReopenWindow;
import org.telecrm.order.aggregate.NodeLimits;
import org.telecrm.order.aggregate.NodeTimeLimits;
import org.telecrm.order.aggregate.OrderIntake;
import org.telecrm.order.aggregate.OrderItem;
import org.telecrm.order.aggregate.ResponsibleParty;
import org.telecrm.order.aggregate.ReturnVisitOutcome;
import org.telecrm.order.aggregate.ServiceOrder;
import org.telecrm.order.aggregate.ServiceOrderEvent;
import org.telecrm.order.aggregate.ServiceOrderId;
import org.telecrm.order.aggregate.ServiceOrderRejection;
import org.telecrm.order.clock.CalendarVersions;
import org.telecrm.order.presale.HandOver;
import org.telecrm.order.presale.PreSale;
import org.telecrm.order.clock.PauseReason;
import org.telecrm.order.clock.SlaClock;
import org.telecrm.sla.CircuitId;
import org.telecrm.sla.SlaContractId;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * jqwik generators of service orders for the contract kit, built only through the public API: accept an order of
 * any kind, channel, star level (or none), with or without a contract, circuit, account manager and delivery step,
 * then fold a random sequence of commands over it (move to the next node, record the return visit with either
 * answer, close, cancel, pause and resume the clock, review the deadlines soon or long after, repeat the last move,
 * complete an item on its own — an order may be about up to three circuits —, hand an agreed pre-sale response over
 * into a provisioning order), with time moving
 * forward by minutes to days between commands, keeping every accepted change.
 */
public final class ServiceOrderGenerators {

    public static final CalendarVersions CALENDARS = CalendarVersions.first(WorkingDayCalendar.official());
    public static final Instant AT = Instant.parse("2026-03-02T01:00:00Z");
    public static final ResponsibleParty DESK = ResponsibleParty.of("Key-account service desk", "S-001");
    public static final ResponsibleParty LINES = ResponsibleParty.of("Futian network operations", "S-101");
    public static final StaffId CLERK = StaffId.of("S-001");
    public static final SlaContractId CONTRACT = SlaContractId.of("SLA-1");

    private static final StaffId ENGINEER = StaffId.of("S-101");

    private ServiceOrderGenerators() {
    }

    /** The order accepted with these choices (a provisioning order has a 6-working-day SLA deadline). */
    public static Changed<ServiceOrder, ServiceOrderEvent> accepted(String id, OrderKind kind, Channel channel,
                                                                    Option<SlaContractId> contract,
                                                                    Option<StarLevel> star, boolean delivery,
                                                                    ZoneId zone, Instant at) {
        return accepted(id, 0, kind, channel, contract, star, delivery, zone, at);
    }

    /**
     * As above, about {@code furtherCircuits} more circuits ({@code DDN-2}, {@code DDN-3}, ...) when the order names
     * a circuit: an order of several items.
     */
    public static Changed<ServiceOrder, ServiceOrderEvent> accepted(String id, int furtherCircuits, OrderKind kind,
                                                                    Channel channel, Option<SlaContractId> contract,
                                                                    Option<StarLevel> star, boolean delivery,
                                                                    ZoneId zone, Instant at) {
        return accepted(id, furtherCircuits, false, kind, channel, contract, star, delivery, zone, at);
    }

    /**
     * As above; {@code fromPreSale}: a provisioning order handed over from the pre-sale response {@code PS-<id>}
     * (issue 15, item 4), its origin on the intake.
     */
    public static Changed<ServiceOrder, ServiceOrderEvent> accepted(String id, int furtherCircuits, boolean fromPreSale,
                                                                    OrderKind kind, Channel channel,
                                                                    Option<SlaContractId> contract,
                                                                    Option<StarLevel> star, boolean delivery,
                                                                    ZoneId zone, Instant at) {
        boolean needsCircuit = kind == OrderKind.PROVISIONING || kind == OrderKind.FAULT_REPORT;
        OrderIntake intake = new OrderIntake(ServiceOrderId.of(id), kind, channel, CustomerId.of("C-440300-000123"),
                contract, needsCircuit || contract.isDefined() ? Option.some(CircuitId.of("DDN-1")) : Option.none(),
                star, star.map(s -> AccountManagerId.of("AM-017")),
                fromPreSale && kind == OrderKind.PROVISIONING ? Option.some(ServiceOrderId.of("PS-" + id)) : Option.none());
        NodeLimits limits = NodeTimeLimits.sample().limitsFor(kind, star,
                kind == OrderKind.PROVISIONING ? Option.some(6) : Option.none(), delivery);
        List<CircuitId> further = intake.circuit().isEmpty() ? List.empty()
                : List.range(2, 2 + furtherCircuits).map(n -> CircuitId.of("DDN-" + n));
        return ServiceOrder.accept(intake, further, limits, ClockBasis.currentOf(CALENDARS, zone), DESK, CLERK, at,
                "taken").getOrElseThrow(r -> new AssertionError(r.message()));
    }

    /** An order of {@code kind} about {@link #CONTRACT}, accepted at {@code at}, in Beijing time. */
    public static Changed<ServiceOrder, ServiceOrderEvent> accepted(String id, OrderKind kind, Instant at) {
        return accepted(id, kind, Channel.ACCOUNT_MANAGER, Option.some(CONTRACT), Option.some(StarLevel.FIVE_STARS),
                false, SlaClock.BEIJING, at);
    }

    /** The next forward move of the order's flow (not cancellation), run at {@code at}. */
    public static Either<ServiceOrderRejection, Changed<ServiceOrder, ServiceOrderEvent>> advance(
            ServiceOrder order, Instant at, ReturnVisitOutcome outcome) {
        Option<Node> next = order.node().next(order.limits().delivery()).find(n -> n != Node.CANCELLED);
        if (next.isEmpty()) {
            return order.close(CLERK, at, "again");
        }
        return switch (next.get()) {
            case RETURN_VISITED -> order.recordReturnVisit(outcome, returnVisitsAllowed(order.intake().customer()), DESK,
                    CLERK, at, "called the customer");
            case CLOSED -> order.close(CLERK, at, "closed");
            default -> order.moveTo(next.get(), LINES, ENGINEER, at, "moved to " + next.get());
        };
    }

    /**
     * The order's clock paused by {@code by} a minute after the order's latest instant and resumed by the same person a
     * minute later, as one change with both events: accepted on any open order that is not paused, and leaves it so,
     * so it can be applied again and again (what the kit's concurrent writers do).
     */
    public static Changed<ServiceOrder, ServiceOrderEvent> pausedAndResumed(ServiceOrder order, PauseReason reason,
                                                                            StaffId by) {
        Instant start = order.latestInstant().plus(Duration.ofMinutes(1));
        Changed<ServiceOrder, ServiceOrderEvent> paused = order.pause(reason, by, start)
                .getOrElseThrow(r -> new AssertionError(r.message()));
        Changed<ServiceOrder, ServiceOrderEvent> resumed = paused.state().resume(by, start.plus(Duration.ofMinutes(1)))
                .getOrElseThrow(r -> new AssertionError(r.message()));
        return Changed.of(resumed.state(), paused.events().appendAll(resumed.events()));
    }

    private enum Command {
        ADVANCE, ADVANCE_AGAIN, CANCEL, PAUSE, RESUME, REVIEW, REVIEW_LATE, REPEAT_LAST, REVIEW_LIMITS, REWORK, REOPEN,
        REJECT, FAIL, COMPLETE_ITEM, HAND_OVER
    }

    private record Step(Command command, Duration after, ReturnVisitOutcome outcome, PauseReason reason) {
    }

    private static Arbitrary<Step> steps() {
        return Combinators.combine(
                Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(20, Arbitraries.just(Command.ADVANCE)),
                        net.jqwik.api.Tuple.of(3, Arbitraries.just(Command.ADVANCE_AGAIN)),
                        net.jqwik.api.Tuple.of(1, Arbitraries.just(Command.CANCEL)),
                        net.jqwik.api.Tuple.of(3, Arbitraries.just(Command.PAUSE)),
                        net.jqwik.api.Tuple.of(3, Arbitraries.just(Command.RESUME)),
                        net.jqwik.api.Tuple.of(3, Arbitraries.just(Command.REVIEW)),
                        net.jqwik.api.Tuple.of(4, Arbitraries.just(Command.REVIEW_LATE)),
                        net.jqwik.api.Tuple.of(1, Arbitraries.just(Command.REPEAT_LAST)),
                        net.jqwik.api.Tuple.of(4, Arbitraries.just(Command.REVIEW_LIMITS)),
                        net.jqwik.api.Tuple.of(2, Arbitraries.just(Command.REWORK)),
                        net.jqwik.api.Tuple.of(3, Arbitraries.just(Command.REOPEN)),
                        net.jqwik.api.Tuple.of(1, Arbitraries.just(Command.REJECT)),
                        net.jqwik.api.Tuple.of(1, Arbitraries.just(Command.FAIL)),
                        net.jqwik.api.Tuple.of(4, Arbitraries.just(Command.COMPLETE_ITEM)),
                        net.jqwik.api.Tuple.of(3, Arbitraries.just(Command.HAND_OVER))),
                Arbitraries.longs().between(1, 6 * 24 * 60).map(Duration::ofMinutes),
                Arbitraries.of(ReturnVisitOutcome.class), Arbitraries.of(PauseReason.class)).as(Step::new);
    }

    /** Random orders with the events of their whole history. */
    public static Arbitrary<ServiceOrderHistory> histories() {
        Arbitrary<Changed<ServiceOrder, ServiceOrderEvent>> acceptances = Combinators.combine(
                Combinators.combine(Arbitraries.integers().between(1, 999).map(i -> "SO-" + i),
                        Arbitraries.integers().between(0, 2), Arbitraries.of(true, false)).as(io.vavr.Tuple::of),
                Arbitraries.of(OrderKind.PROVISIONING, OrderKind.PROVISIONING, OrderKind.PROVISIONING,
                        OrderKind.FAULT_REPORT, OrderKind.COMPLAINT, OrderKind.CHANGE, OrderKind.CANCELLATION,
                        OrderKind.PRE_SALE, OrderKind.PRE_SALE),
                Arbitraries.of(Channel.class),
                Arbitraries.of(CONTRACT, SlaContractId.of("SLA-2")).optional().map(Option::ofOptional),
                Arbitraries.of(StarLevel.class).optional().map(Option::ofOptional),
                Arbitraries.of(true, false),
                Arbitraries.of(SlaClock.BEIJING, ZoneId.of("UTC")),
                Arbitraries.longs().between(0, 300L * 24 * 60).map(m -> AT.plus(Duration.ofMinutes(m))))
                .as((idAndItems, kind, channel, contract, star, delivery, zone, at) -> accepted(idAndItems._1,
                        idAndItems._2, idAndItems._3, kind, channel, contract, star, delivery, zone, at));
        return Combinators.combine(acceptances, steps().list().ofMaxSize(20))
                .as((accepted, steps) -> List.ofAll(steps).foldLeft(
                        new ServiceOrderHistory(accepted.state(), accepted.events()), ServiceOrderGenerators::apply));
    }

    private static ServiceOrderHistory apply(ServiceOrderHistory history, Step step) {
        ServiceOrder order = history.order();
        Instant at = order.latestInstant().plus(step.after());
        Either<?, Changed<ServiceOrder, ServiceOrderEvent>> result = switch (step.command()) {
            case ADVANCE -> advance(order, at, step.outcome());
            case ADVANCE_AGAIN -> advance(order, order.latestInstant(), step.outcome());
            case CANCEL -> order.cancel(CLERK, at, "customer withdrew");
            case PAUSE -> order.pause(step.reason(), CLERK, at);
            case RESUME -> order.resume(ENGINEER, at);
            case REVIEW -> order.reviewDeadlines(at, CALENDARS);
            case REVIEW_LATE -> order.reviewDeadlines(at.plus(Duration.ofDays(9)), CALENDARS);
            case REPEAT_LAST -> order.moveTo(order.node(), order.current().party(), order.auditTrail().last().who(),
                    order.auditTrail().last().at(), order.auditTrail().last().note());
            case REVIEW_LIMITS -> order.reviewLimits(at, CALENDARS, DeadlinePolicy.sample());
            case REWORK -> order.rework(LINES, ENGINEER, at, "loop test fails");
            case REOPEN -> order.reopen(LINES, CLERK, at, "the fault is back", ReopenWindow.SAMPLE);
            case REJECT -> order.reject(CLERK, at, "not our circuit");
            case FAIL -> order.fail(ENGINEER, at, "no free port");
            case COMPLETE_ITEM -> order.completeItem(order.items().following().headOption().map(OrderItem::circuit)
                    .getOrElse(CircuitId.of("DDN-9")), ENGINEER, at, "restored on its own");
            case HAND_OVER -> PreSale.handOver(order, ServiceOrderId.of(order.id().value() + "-P"),
                            List.of(CircuitId.of("DDN-7"), CircuitId.of("DDN-8")), order.intake().contract(), CLERK, at)
                    .map(HandOver::preSale);
        };
        return result.fold(refused -> history, changed -> new ServiceOrderHistory(changed.state(),
                history.events().appendAll(changed.events())));
    }

    /** The customer's register allowing the return visit on their service contract, since long before any order. */
    public static PurposeRegister returnVisitsAllowed(CustomerId customer) {
        return PurposeRegister.empty(customer).hold(PersonalDataUse.RETURN_VISIT.purpose(),
                PersonalDataUse.RETURN_VISIT.information().toJavaSet(), new LawfulBasis.Contract("service contract"),
                Instant.parse("2000-01-01T00:00:00Z")).get().state();
    }
}
