package org.telecrm.order.clock;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.jmolecules.ddd.annotation.ValueObject;
import org.telecrm.customer.StaffId;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The append-only ledger of an order's clock pauses, oldest first. Invariants: at most the last pause is open;
 * each pause starts no earlier than the previous one ended (pauses never overlap); no pause ends before it starts.
 * Recording only appends a pause or ends the open one; nothing is changed or removed.
 *
 * <pre>{@code
 * PauseLedger ledger = PauseLedger.EMPTY
 *         .start(Instant.parse("2026-03-03T01:00:00Z"), PauseReason.SITE_NOT_READY, StaffId.of("S-1")).get()
 *         .end(Instant.parse("2026-03-05T01:00:00Z"), StaffId.of("S-1")).get();
 * ledger.pausedDuring(Instant.parse("2026-03-02T00:00:00Z"), Instant.parse("2026-03-10T00:00:00Z"));   // PT48H
 * }</pre>
 */
@ValueObject
public record PauseLedger(Seq<Pause> pauses) {

    public static final PauseLedger EMPTY = new PauseLedger(List.empty());

    public PauseLedger {
        Objects.requireNonNull(pauses, "pauses");
    }

    /** The ledger with a new open pause from {@code at}; refused while a pause is open or before the last one ended. */
    public Either<ClockError, PauseLedger> start(Instant at, PauseReason reason, StaffId by) {
        Option<Pause> last = pauses.lastOption();
        if (last.exists(Pause::isOpen)) {
            return Either.left(new ClockError.AlreadyPaused(last.get().start(), at));
        }
        if (last.isDefined() && at.isBefore(last.get().end().get())) {
            return Either.left(new ClockError.OutOfOrder("start", at, last.get().end().get()));
        }
        return Either.right(new PauseLedger(pauses.append(Pause.open(at, reason, by))));
    }

    /** The ledger with the open pause ended at {@code at}; refused when none is open or {@code at} is before its start. */
    public Either<ClockError, PauseLedger> end(Instant at, StaffId by) {
        Option<Pause> open = openPause();
        if (open.isEmpty()) {
            return Either.left(new ClockError.NotPaused(at));
        }
        if (at.isBefore(open.get().start())) {
            return Either.left(new ClockError.OutOfOrder("end", at, open.get().start()));
        }
        return Either.right(new PauseLedger(pauses.init().append(open.get().endedAt(at, by))));
    }

    public Option<Pause> openPause() {
        return pauses.lastOption().filter(Pause::isOpen);
    }

    public boolean isPaused() {
        return openPause().isDefined();
    }

    /** How much of {@code [from, to)} the clock was paused. */
    public Duration pausedDuring(Instant from, Instant to) {
        return pauses.foldLeft(Duration.ZERO, (sum, p) -> sum.plus(p.overlap(from, to)));
    }
}
