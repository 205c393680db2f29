package org.telecrm.persistence.memory;

import io.vavr.collection.List;
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

/** The isolation semantics the embedded default documents, beyond the kit's contract. */
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

        @Test
        void inside_a_transaction_its_own_writes_are_seen() {
            InMemoryStorage storage = new InMemoryStorage();
            Either<String, Long> result = storage.inTransaction(() -> {
                storage.accounts().save(opened("A-1"), Versioned.NEW);
                return storage.accounts().load(AccountId.of("A-1")).map(Versioned::version).toEither("not seen");
            });
            assertEquals(Either.right(1L), result);
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

    @Nested
    class NestedTransactionsAreSavepoints {

        @Test
        void a_failed_inner_transaction_undoes_only_its_own_writes() {
            InMemoryStorage storage = new InMemoryStorage();
            Either<String, Long> result = storage.inTransaction(() -> {
                storage.accounts().save(opened("A-outer"), Versioned.NEW);
                Either<String, Long> inner = storage.inTransaction(() -> {
                    storage.accounts().save(opened("A-inner"), Versioned.NEW);
                    return Either.left("inner gives up");
                });
                assertEquals(Either.left("inner gives up"), inner);
                return Either.right(1L);
            });
            assertEquals(Either.right(1L), result);
            assertTrue(storage.accounts().load(AccountId.of("A-outer")).isDefined());
            assertEquals(Option.none(), storage.accounts().load(AccountId.of("A-inner")));
            assertEquals(List.of("account/A-outer/1/0"),
                    storage.outbox().pending(10).map(m -> m.id().value()).toList());
        }

        @Test
        void a_successful_inner_transaction_commits_with_the_outer_one_only() {
            InMemoryStorage storage = new InMemoryStorage();
            storage.inTransaction(() -> {
                storage.inTransaction(() -> storage.accounts().save(opened("A-inner"), Versioned.NEW));
                return Either.left("outer gives up");
            });
            assertEquals(Option.none(), storage.accounts().load(AccountId.of("A-inner")));
            assertTrue(storage.outbox().pending(10).isEmpty());
        }
    }
}
