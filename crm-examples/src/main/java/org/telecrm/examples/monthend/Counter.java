package org.telecrm.examples.monthend;

import io.vavr.control.Either;
import org.telecrm.persistence.SaveConflict;

/** Counts of one stage: aggregates created or saved, events appended, items seen. */
final class Counter {
    final String stage;
    long saves;
    long events;
    long existing;
    /** Items the stage left alone because their customer did not allow the purpose (PIPL art. 13). */
    long notAllowed;
    long seen;
    /** What the stage did, counted by what it was ("reminded", "shares posted"), in name order. */
    final java.util.TreeMap<String, Long> tally = new java.util.TreeMap<>();
    final long started = System.nanoTime();
    private final Progress progress;

    Counter(String stage) {
        this(stage, null);
    }

    Counter(String stage, Progress progress) {
        this.stage = stage;
        this.progress = progress;
    }

    void created(Either<SaveConflict, Long> saved, int eventCount) {
        if (saved.isRight()) {
            saves++;
            events += eventCount;
        } else {
            existing++;                     // stored by an earlier run: left as it is
        }
    }

    void saved(Either<SaveConflict, Long> saved, int eventCount) {
        // one writer: a conflict is someone else writing the store during the month-end
        saved.getOrElseThrow(conflict -> new IllegalStateException(conflict.message()));
        saves++;
        events += eventCount;
    }

    void count(String what) {
        tally.merge(what, 1L, Long::sum);
    }

    void tick() {
        seen++;
        if (progress != null) {
            progress.tick(this);
        }
    }

    Counter done() {
        if (progress != null) {
            progress.done(this);
        }
        return this;
    }

    String add(Counter total) {
        total.saves += saves;
        total.events += events;
        return line();
    }

    String line() {
        return stage + ": " + seen + " seen, " + saves + " saved, " + events + " events"
                + (existing > 0 ? ", " + existing + " already stored" : "")
                + (notAllowed > 0 ? ", " + notAllowed + " not allowed by the customer's purposes" : "")
                + tally.entrySet().stream().map(e -> ", " + e.getValue() + " " + e.getKey())
                .collect(java.util.stream.Collectors.joining());
    }
}
