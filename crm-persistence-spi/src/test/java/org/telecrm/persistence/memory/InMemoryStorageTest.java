package org.telecrm.persistence.memory;

import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.telecrm.account.Account;
import org.telecrm.account.AccountEvent;
import org.telecrm.account.AccountId;
import org.telecrm.account.AccountTerms;
import org.telecrm.customer.CustomerId;
import org.telecrm.kernel.Changed;
import org.telecrm.money.Money;
import org.telecrm.persistence.SaveConflict;
import org.telecrm.persistence.Versioned;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The isolation the embedded default documents beyond the kit's contract (which {@code InMemoryStorageContractTest}
 * runs: atomic commit across ports, savepoints, reading one's own writes): readers outside a transaction see only
 * committed state, even while a writer holds the lock.
 */
class InMemoryStorageTest {

    private static final Instant T0 = Instant.parse("2026-07-01T01:00:00Z");

    private static Changed<Account, AccountEvent> opened(String id) {
        return Account.open(AccountId.of(id), CustomerId.of("C-1"), AccountTerms.withCreditLimit(Money.ZERO), T0).get();
    }

    @Nested
    class ReadersSeeCommittedState {

        @Test
        void a_reader_outside_the_transaction_does_not_see_its_writes_until_it_commits() throws Exception {
            InMemoryStorage storage = new InMemoryStorage();
            CountDownLatch saved = new CountDownLatch(1);
            CountDownLatch read = new CountDownLatch(1);
            CompletableFuture<Either<SaveConflict, Long>> writer = CompletableFuture.supplyAsync(() ->
                    storage.inTransaction(() -> {
                        Either<SaveConflict, Long> result = storage.accounts().save(opened("A-1"), Versioned.NEW);
                        saved.countDown();
                        await(read);
                        return result;
                    }));
            assertTrue(saved.await(10, TimeUnit.SECONDS));
            assertEquals(Option.none(), storage.accounts().load(AccountId.of("A-1")), "uncommitted write seen");
            assertTrue(storage.outbox().pending(10).isEmpty(), "uncommitted event seen");
            read.countDown();
            assertEquals(Either.right(1L), writer.get(10, TimeUnit.SECONDS));
            assertTrue(storage.accounts().load(AccountId.of("A-1")).isDefined());
            assertEquals(1, storage.outbox().pending(10).size());
        }

        private static void await(CountDownLatch latch) {
            try {
                assertTrue(latch.await(10, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
