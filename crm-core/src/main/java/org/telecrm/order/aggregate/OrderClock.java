package org.telecrm.order.aggregate;

import io.vavr.collection.List;
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
        PauseLedger stops = limit.get().from() == Anchor.ACCEPTANCE ? stops(o) : o.pauses();   // others: within a period
        return SlaClock.read(limit.get().limit(), from, until, stops, calendar.get().calendar(), o.basis().zone())
                .<MeasureError>mapLeft(e -> new MeasureError.Calendar(o.id(), e))
                .map(Option::some);
    }

    static Duration elapsed(ServiceOrder o, Instant asOf) {
        Instant until = o.isOpen() ? asOf : o.current().entered();
        return until.isBefore(o.acceptedAt()) ? Duration.ZERO : Duration.between(o.acceptedAt(), until)
                .minus(stops(o).pausedDuring(o.acceptedAt(), until));
    }

    /**
     * The pauses, and the time between the open periods ({@link OpenPeriod}): from each restoration a reopening
     * followed to that reopening (the wait for the close and the time closed; its reason is not read: the clock only
     * stops), merged with the pauses within it so that no time is stopped twice.
     */
    static PauseLedger stops(ServiceOrder o) {
        Seq<OpenPeriod> periods = OpenPeriod.of(o);
        Seq<Pause> between = periods.zip(periods.tail()).map(p -> new Pause(p._1.restored().get(),
                Option.some(p._2.start()), PauseReason.CUSTOMER_REQUESTED_DELAY, o.current().party().person(),
                Option.some(o.current().party().person())));
        return between.isEmpty() ? o.pauses() : new PauseLedger(merged(o.pauses().pauses().appendAll(between)));
    }

    /** The union of {@code stops}, in order, none overlapping another (an open one runs on). */
    private static Seq<Pause> merged(Seq<Pause> stops) {
        return stops.sortBy(Pause::start).foldLeft(List.<Pause>empty(), (done, next) -> {
            if (done.isEmpty() || done.last().end().exists(end -> end.isBefore(next.start()))) {
                return done.append(next);
            }
            Pause last = done.last();
            Option<Instant> end = last.end().isEmpty() || next.end().isEmpty() ? Option.none()
                    : Option.some(last.end().get().isAfter(next.end().get()) ? last.end().get() : next.end().get());
            return done.init().append(new Pause(last.start(), end, last.reason(), last.recordedBy(),
                    end.map(e -> last.endedBy().getOrElse(last.recordedBy()))));
        });
    }
}
