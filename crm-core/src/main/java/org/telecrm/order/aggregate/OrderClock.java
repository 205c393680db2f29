package org.telecrm.order.aggregate;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.telecrm.order.clock.CalendarVersions;
import org.telecrm.order.clock.ClockReading;
import org.telecrm.order.clock.Pause;
import org.telecrm.order.clock.PauseLedger;
import org.telecrm.order.clock.PauseReason;
import org.telecrm.order.clock.SlaClock;

import java.time.Duration;
import java.time.Instant;

/** How a {@link ServiceOrder}'s clock is read: its node limits, its elapsed time, what stops it. */
final class OrderClock {

    private OrderClock() {
    }

    /** The limit of visit {@code index}, read up to {@code until} from where its anchor says, net of the clock's stops. */
    static Either<MeasureError, Option<ClockReading>> read(ServiceOrder o, int index, Instant until,
                                                           CalendarVersions calendars) {
        NodeVisit visit = o.visits().get(index);
        Option<NodeLimit> limit = o.limits().of(visit.node());
        if (limit.isEmpty()) {
            return Either.right(Option.none());
        }
        Either<MeasureError, CalendarVersions.Pinned> calendar = o.calendarIn(calendars);
        if (calendar.isLeft()) {
            return Either.left(calendar.getLeft());
        }
        Instant from = switch (limit.get().from()) {
            case NODE_ENTRY -> visit.entered();
            case ACCEPTANCE -> o.acceptedAt();
            case COMPLETION -> o.visits().take(index + 1).findLast(v -> v.node() == Node.COMPLETED)
                    .map(NodeVisit::entered).getOrElse(visit.entered());
        };
        return SlaClock.read(limit.get().limit(), from, until, stops(o), calendar.get().calendar(), o.basis().zone())
                .<MeasureError>mapLeft(e -> new MeasureError.Calendar(o.id(), e))
                .map(Option::some);
    }

    static Duration elapsed(ServiceOrder o, Instant asOf) {
        Instant until = o.isOpen() ? asOf : o.current().entered();
        return until.isBefore(o.acceptedAt()) ? Duration.ZERO : Duration.between(o.acceptedAt(), until)
                .minus(stops(o).pausedDuring(o.acceptedAt(), until));
    }

    /** The pauses, and each closed period that a reopening ended (its reason is not read: the clock only stops). */
    static PauseLedger stops(ServiceOrder o) {
        Seq<Pause> closed = o.visits().filter(v -> v.node() == Node.CLOSED && v.left().isDefined())
                .map(v -> new Pause(v.entered(), v.left(), PauseReason.CUSTOMER_REQUESTED_DELAY, v.party().person(),
                        Option.some(v.party().person())));
        return closed.isEmpty() ? o.pauses()
                : new PauseLedger(o.pauses().pauses().appendAll(closed).sortBy(Pause::start));
    }
}
