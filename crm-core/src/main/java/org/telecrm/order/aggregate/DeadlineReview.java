package org.telecrm.order.aggregate;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.telecrm.order.clock.CalendarVersions;
import org.telecrm.kernel.Changed;
import org.telecrm.order.clock.ClockReading;

import java.time.Instant;

/**
 * The stages of an order's node limits that are due as of an instant and not yet announced (pure; the order's
 * {@link ServiceOrder#reviewLimits} records them). The current node: its warning point, its limit and each step of its
 * escalation chain. A node already left: only its violation, when it was left past its limit (a review that came
 * after it was left still records the fact, once; warning or escalating a node that is left helps nobody). A node is
 * read up to the earlier of the instant it was left and the review's instant, so no stage is ever raised before the
 * clock reached it.
 */
final class DeadlineReview {

    private DeadlineReview() {
    }

    /** {@link ServiceOrder#reviewLimits}: the stages due, recorded and announced; nothing when none is due. */
    static Either<ServiceOrderRejection, Changed<ServiceOrder, ServiceOrderEvent>> review(ServiceOrder o, Instant asOf,
            CalendarVersions calendars, DeadlinePolicy policy) {
        java.util.Objects.requireNonNull(asOf, "asOf");
        java.util.Objects.requireNonNull(policy, "policy");
        return due(o, asOf, calendars, policy).<ServiceOrderRejection>mapLeft(ServiceOrderRejection.Unmeasurable::new)
                .map(due -> due.isEmpty() ? Changed.nothing(o) : Changed.of(o.withRecords(o.returnVisit(),
                        o.missedReported(), o.deadlineSignals().appendAll(due.map(d -> d._1)), o.items()),
                        due.map(d -> d._2)));
    }

    static Either<MeasureError, Seq<Tuple2<DeadlineSignal, ServiceOrderEvent>>> due(ServiceOrder order, Instant asOf,
                                                                                    CalendarVersions calendars,
                                                                                    DeadlinePolicy policy) {
        Seq<Tuple2<DeadlineSignal, ServiceOrderEvent>> found = List.empty();
        Seq<NodeVisit> visits = order.visits();
        for (int i = 0; i < visits.size(); i++) {
            NodeVisit visit = visits.get(i);
            boolean current = i == visits.size() - 1 && visit.left().isEmpty();
            int index = i;
            Option<NodeLimit> limit = order.limits().of(visit.node());
            if (limit.isEmpty() || asOf.isBefore(visit.entered())
                    || (!current && raised(order, index, DeadlineStage.VIOLATION))) {
                continue;
            }
            Either<MeasureError, Option<ClockReading>> read = OrderClock.read(order, i,
                    visit.left().filter(l -> l.isBefore(asOf)).getOrElse(asOf), calendars);
            if (read.isLeft()) {
                return Either.left(read.getLeft());
            }
            ClockReading reading = read.get().get();
            Seq<DeadlineStage> stages = reached(reading, policy.of(visit.node()), current);
            found = found.appendAll(stages.filter(stage -> !raised(order, index, stage)).map(stage -> Tuple.of(
                    new DeadlineSignal(index, visit.node(), stage, asOf),
                    event(order, visit, limit.get(), stage, reading, asOf))));
        }
        return Either.right(found);
    }

    /**
     * The stages {@code reading} has reached under {@code alerting}: the warning point and the escalation steps only
     * while the node is {@code current}, the violation either way.
     */
    static Seq<DeadlineStage> reached(ClockReading reading, NodeAlerting alerting, boolean current) {
        Seq<DeadlineStage> stages = List.empty();
        if (current && alerting.warning().reached(reading)) {
            stages = stages.append(DeadlineStage.WARNING);
        }
        if (reading.overdue()) {
            stages = stages.append(DeadlineStage.VIOLATION);
            if (current) {
                stages = stages.appendAll(alerting.chain()
                        .filter(step -> Readings.overrun(reading).compareTo(step.after()) >= 0)
                        .map(EscalationStep::to));
            }
        }
        return stages;
    }

    private static boolean raised(ServiceOrder order, int visit, DeadlineStage stage) {
        return order.deadlineSignals().exists(s -> s.sameAs(visit, stage));
    }

    private static ServiceOrderEvent event(ServiceOrder order, NodeVisit visit, NodeLimit limit, DeadlineStage stage,
                                           ClockReading reading, Instant asOf) {
        return switch (stage) {
            case WARNING -> new ServiceOrderEvent.LimitWarning(order.id(), visit.node(), limit.describe(),
                    reading.describe(), visit.party(), asOf);
            case VIOLATION -> new ServiceOrderEvent.LimitViolated(order.id(), visit.node(), limit.describe(),
                    reading.describe(), visit.party(), asOf);
            default -> new ServiceOrderEvent.LimitEscalated(order.id(), visit.node(), stage, visit.party().department(),
                    reading.describe(), asOf);
        };
    }

    /** {@link ServiceOrder#reviewDeadlines}: the delivery or return-visit deadline of the current node, once per node. */
    static Either<ServiceOrderRejection, Changed<ServiceOrder, ServiceOrderEvent>> missed(ServiceOrder o, Instant asOf,
                                                                                       CalendarVersions calendars) {
        Node node = o.node();
        if ((node != Node.COMPLETED && node != Node.DELIVERED) || o.missedReported().contains(node)) {
            return Either.right(Changed.nothing(o));
        }
        return o.reading(node, asOf, calendars).<ServiceOrderRejection>mapLeft(ServiceOrderRejection.Unmeasurable::new)
                .map(reading -> reading.filter(ClockReading::overdue).map(r -> {
                    String deadline = node == Node.COMPLETED && o.limits().delivery() ? "delivery" : "return visit";
                    ServiceOrder next = o.withRecords(o.returnVisit(), o.missedReported().add(node), o.deadlineSignals(),
                            o.items());
                    return Changed.<ServiceOrder, ServiceOrderEvent>of(next, List.of(new ServiceOrderEvent.DeadlineMissed(
                            o.id(), node, deadline + " " + o.limits().of(node).get().describe(), r.describe(), asOf)));
                }).getOrElse(Changed.nothing(o)));
    }
}
