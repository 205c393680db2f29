package org.telecrm.persistence.tck;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import org.telecrm.persistence.SaveConflict;
import org.telecrm.persistence.Versioned;
import org.telecrm.persistence.outbox.EventId;

import java.util.ArrayList;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Writers racing on one stored aggregate as hosts do: load it, run a command on what was loaded, save with the
 * loaded version as the expected one, and on a {@link SaveConflict} load again and retry, until each of their updates
 * is accepted. It records every answer of the store, so that a contract can state that no update was lost.
 *
 * <p>What it asserts depends on no timing (no sleep, no time limit): in the first round every writer loads before
 * any writer saves (a latch), so at least {@code writers - 1} saves are refused whatever the scheduling and the
 * conflict path is always taken; everything else it checks holds for every interleaving.
 *
 * <pre>{@code
 * Race.Outcome outcome = Race.run(8, 50, () -> orders.load(id).get(),
 *         (writer, update, loaded) -> orders.save(command(loaded.aggregate(), writer), loaded.version()));
 * outcome.assertNoUpdateLost(ServiceOrders.TYPE, id.value(), 1);
 * outcome.accepted();   // who saved which version, in version order
 * }</pre>
 */
public final class Race {

    private Race() {
    }

    /** One update of one writer: runs its command on the aggregate as loaded and saves it, as the port answered. */
    @FunctionalInterface
    public interface Update<A> {
        Either<SaveConflict, Long> save(int writer, int update, Versioned<A> loaded);
    }

    /** A save the store accepted: which update of which writer, and the version it was stored as. */
    public record Accepted(int writer, int update, long version) {
    }

    /** A save the store refused: the version the writer had loaded, and the conflict it was answered with. */
    public record Refused(int writer, long expected, SaveConflict conflict) {
    }

    /**
     * What the store answered during a race.
     *
     * @param writers          how many writers raced
     * @param updatesPerWriter how many updates each had accepted
     * @param accepted         every accepted save, in version order
     * @param refused          every refused save
     */
    public record Outcome(int writers, int updatesPerWriter, Seq<Accepted> accepted, Seq<Refused> refused) {

        /**
         * No update was lost: {@link #assertEveryUpdateStoredOnce}, and every refusal is a conflict naming this
         * aggregate and the version the writer had loaded.
         */
        public void assertNoUpdateLost(String aggregateType, String id, long startVersion) {
            assertEveryUpdateStoredOnce(startVersion);
            for (Refused refusal : refused) {
                assertEquals(new SaveConflict(aggregateType, id, refusal.expected(), refusal.conflict().actual()),
                        refusal.conflict(), "a refusal names the aggregate and the version the writer loaded");
            }
        }

        /**
         * Every update was accepted once, each as its own version, one more than the one before (two writers told
         * that they saved the same version is a lost update); every refusal reports a stored version newer than the
         * expected one; and the first round's refusals happened.
         */
        public void assertEveryUpdateStoredOnce(long startVersion) {
            int updates = writers * updatesPerWriter;
            assertEquals(updates, accepted.size(), "every update accepted once");
            assertEquals(List.rangeClosed(startVersion + 1, startVersion + updates), accepted.map(Accepted::version),
                    "each accepted save stored as its own version, one after the other");
            for (Refused refusal : refused) {
                assertTrue(refusal.conflict().actual() > refusal.conflict().expected(),
                        "a refusal reports a newer stored version: " + refusal.conflict().message());
            }
            assertTrue(refused.size() >= writers - 1,
                    "all writers saved the version they loaded together, so all but one were refused; refused: "
                            + refused.size());
        }

        /** The ids of the accepted saves' events, {@code eventsPerSave} a save, in version order. */
        public Seq<EventId> eventIds(String aggregateType, String id, int eventsPerSave) {
            return accepted.flatMap(a -> List.range(0, eventsPerSave)
                    .map(index -> new EventId(aggregateType, id, a.version(), index)));
        }
    }

    /**
     * Runs {@code writers} threads, each saving {@code updatesPerWriter} updates (retrying each on a conflict), and
     * returns what the store answered. Rethrows what a writer threw: a store must answer a stale save, not fail.
     */
    public static <A> Outcome run(int writers, int updatesPerWriter, Supplier<Versioned<A>> load, Update<A> update)
            throws Exception {
        ConcurrentLinkedQueue<Accepted> accepted = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Refused> refused = new ConcurrentLinkedQueue<>();
        CountDownLatch allLoaded = new CountDownLatch(writers);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            java.util.List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                running.add(pool.submit(() -> {
                    for (int u = 0; u < updatesPerWriter; u++) {
                        boolean firstTry = u == 0;
                        while (true) {
                            Versioned<A> loaded = firstTry ? loadWithTheOthers(load, allLoaded) : load.get();
                            firstTry = false;
                            Either<SaveConflict, Long> answer = update.save(writer, u, loaded);
                            if (answer.isRight()) {
                                accepted.add(new Accepted(writer, u, answer.get()));
                                break;
                            }
                            refused.add(new Refused(writer, loaded.version(), answer.getLeft()));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> writer : running) {
                writer.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return new Outcome(writers, updatesPerWriter, List.ofAll(accepted).sortBy(Accepted::version),
                List.ofAll(refused));
    }

    /** The first load of a writer, returned once every writer has loaded (counted even when a load throws). */
    private static <A> Versioned<A> loadWithTheOthers(Supplier<Versioned<A>> load, CountDownLatch allLoaded)
            throws InterruptedException {
        Versioned<A> loaded;
        try {
            loaded = load.get();
        } finally {
            allLoaded.countDown();
        }
        allLoaded.await();
        return loaded;
    }
}
