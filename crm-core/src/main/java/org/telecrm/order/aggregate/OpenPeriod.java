package org.telecrm.order.aggregate;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.jmolecules.ddd.annotation.ValueObject;

import java.time.Instant;
import java.util.Objects;

/**
 * One open period of a service order (issue 15, items 1 and 3): from its acceptance, or from a reopening
 * ({@link Setback#REOPEN}), to the restoration (the COMPLETED entry) that ended it. The wait between a restoration and
 * the close (the customer's confirmation, the return visit) and the time closed are not part of it: the circuit was up.
 * A fault reopened once has two periods; an order not reopened has one, restored when the order is completed or past
 * it (after a rework, the completion that followed it). The order's clock from acceptance runs only in its open
 * periods ({@link ServiceOrder#elapsed}, {@link ServiceOrder#clockStops}), and each period of a fault is one outage
 * record ({@code CompensationLink.outages}).
 *
 * <pre>{@code
 * OpenPeriod.of(fault);   // [08:00 to 09:10, worked from 08:25; 13:00 to 13:30, worked from 13:00]
 * }</pre>
 *
 * @param start       the acceptance, or the reopening
 * @param restored    the restoration that ended it; none while it is open (or it ended otherwise: cancelled, failed)
 * @param workStarted when work started in it (IN_PROGRESS first entered; a reopening enters it at once), if it did
 */
@ValueObject
public record OpenPeriod(Instant start, Option<Instant> restored, Option<Instant> workStarted) {

    public OpenPeriod {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(restored, "restored");
        Objects.requireNonNull(workStarted, "workStarted");
    }

    /** The order's open periods, oldest first: one, and one more for each reopening. */
    public static Seq<OpenPeriod> of(ServiceOrder order) {
        Seq<NodeVisit> visits = order.visits();
        Seq<AuditEntry> trail = order.auditTrail();
        List<Integer> starts = List.of(0).appendAll(List.range(1, visits.size())
                .filter(i -> trail.get(i).setback().contains(Setback.REOPEN)));
        return starts.zipWithIndex().map(s -> {
            boolean last = s._2 == starts.size() - 1;
            Seq<NodeVisit> own = visits.subSequence(s._1, last ? visits.size() : starts.get(s._2 + 1));
            Option<Instant> restored = last && !done(order.node()) ? Option.none()
                    : own.findLast(v -> v.node() == Node.COMPLETED).map(NodeVisit::entered);
            return new OpenPeriod(own.head().entered(), restored,
                    own.find(v -> v.node() == Node.IN_PROGRESS).map(NodeVisit::entered));
        });
    }

    /** Whether an order in {@code node} is restored (completed or past it, not sent back). */
    static boolean done(Node node) {
        return node == Node.COMPLETED || node == Node.DELIVERED || node == Node.RETURN_VISITED || node == Node.CLOSED;
    }
}
