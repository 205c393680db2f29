package org.telecrm.persistence.jdbc;

import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.telecrm.account.Account;
import org.telecrm.account.AccountEvent;
import org.telecrm.account.AccountId;
import org.telecrm.account.AccountTerms;
import org.telecrm.account.EntryReference;
import org.telecrm.account.LedgerEntry;
import org.telecrm.customer.CustomerGroup;
import org.telecrm.customer.CustomerId;
import org.telecrm.customer.aggregate.Customer;
import org.telecrm.customer.aggregate.Registration;
import org.telecrm.customer.identity.ResidentIdentityNumber;
import org.telecrm.customer.region.CityCode;
import org.telecrm.kernel.Changed;
import org.telecrm.kernel.FieldProblem;
import org.telecrm.money.Money;
import org.telecrm.persistence.SaveConflict;
import org.telecrm.persistence.NotRestorable;
import org.telecrm.persistence.json.AccountJson;
import org.telecrm.persistence.StorageFailure;
import org.telecrm.persistence.Versioned;
import org.telecrm.persistence.accounts.LedgerRewriteRefused;
import org.telecrm.persistence.outbox.OutboxMessage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the JDBC adapter promises beyond the kit's contract: how it lays accounts' ledgers out, what its load cache may
 * and may not do, how it refuses what its schema cannot hold, the creation race, and what the outbox keeps. Run on
 * each database by a subclass.
 */
abstract class JdbcStorageBehaviour {

    /** The database the subclass runs on. */
    protected abstract TestDatabase database();

    private static final Instant T0 = Instant.parse("2026-07-01T01:00:00Z");
    private static final AccountId ID = AccountId.of("A-1");

    private JdbcStorage storage;

    @BeforeEach
    void emptied() {
        storage = database().emptied();
    }

    private static Changed<Account, AccountEvent> opened() {
        return Account.open(ID, CustomerId.of("C-1"), AccountTerms.withCreditLimit(Money.ofYuan(1_000_000)), T0).get();
    }

    private static Account charged(Account account, int charges) {
        Account a = account;
        for (int i = 0; i < charges; i++) {
            a = a.postCharge(EntryReference.of("B-" + a.ledger().size()), Money.ofFen(100 + i), T0).get().state();
        }
        return a;
    }

    private long count(String sql, Object... parameters) {
        try (Connection c = database().dataSource().getConnection(); PreparedStatement select = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void execute(String sql, Object... parameters) {
        try (Connection c = database().dataSource().getConnection(); PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Nested
    class AnAccountsLedgerIsRowsOfItsOwn {

        @Test
        void a_save_inserts_only_the_entries_it_adds_and_the_account_row_holds_no_ledger() {
            Account a = charged(opened().state(), 3);
            storage.accounts().save(a, Versioned.NEW, List.empty());
            Account b = charged(a, 2);
            storage.accounts().save(b, 1, List.empty());
            assertEquals(5, count("SELECT COUNT(*) FROM crm_account_entry WHERE account_id = ?", "A-1"));
            assertEquals(5, count("SELECT MAX(seq) + 1 FROM crm_account_entry WHERE account_id = ?", "A-1"));
            assertEquals(1, count("SELECT COUNT(*) FROM crm_account WHERE id = ? AND state LIKE '%\"ledger\":[]%'",
                    "A-1"));
            assertEquals(b, fresh().accounts().load(ID).get().aggregate());
        }

        @Test
        void a_ledger_that_does_not_extend_the_stored_one_is_refused_and_nothing_is_written() {
            Account a = charged(opened().state(), 4);
            storage.accounts().save(a, Versioned.NEW, List.empty());
            Account rewritten = Account.restore(a.getId(), a.owner(), a.terms(), a.openedAt(),
                    a.ledger().entries().take(2).append(new LedgerEntry.Payment(EntryReference.of("P-1"),
                            Money.ofYuan(1), T0)), a.status()).get();
            LedgerRewriteRefused refused = assertThrows(LedgerRewriteRefused.class,
                    () -> storage.accounts().save(rewritten, 1, List.empty()));
            assertTrue(refused.getMessage().contains("rewrite stored ledger entry 2"), refused.getMessage());
            assertEquals(4, count("SELECT COUNT(*) FROM crm_account_entry WHERE account_id = ?", "A-1"));
            assertEquals(new Versioned<>(a, 1), fresh().accounts().load(ID).get());
        }

        @Test
        void a_missing_ledger_row_is_a_storage_failure_naming_the_account_and_the_entry() {
            storage.accounts().save(charged(opened().state(), 3), Versioned.NEW, List.empty());
            execute("DELETE FROM crm_account_entry WHERE account_id = ? AND seq = 1", "A-1");
            StorageFailure failure = assertThrows(StorageFailure.class, () -> fresh().accounts().load(ID));
            assertTrue(failure.getMessage().contains("account A-1 has no entry 1"), failure.getMessage());
        }

        @Test
        void an_altered_ledger_row_breaks_the_hash_chain_and_the_account_is_not_restorable() {
            Account a = charged(opened().state(), 3);
            storage.accounts().save(a, Versioned.NEW, List.empty());
            LedgerEntry second = a.ledger().entries().get(1);
            LedgerEntry cheaper = new LedgerEntry.Charge(second.reference(), Money.ofFen(1), second.postedAt());
            execute("UPDATE crm_account_entry SET entry = ? WHERE account_id = ? AND seq = 1",
                    AccountJson.writeEntry(cheaper, a.ledger().seals().get(1)), "A-1");
            NotRestorable refused = assertThrows(NotRestorable.class, () -> fresh().accounts().load(ID));
            assertEquals(List.of("entries[1].hash"), refused.error().problems().map(FieldProblem::field).toList());
        }

        @Test
        void a_lost_last_ledger_row_is_found_against_the_head_in_the_account_row() {
            storage.accounts().save(charged(opened().state(), 3), Versioned.NEW, List.empty());
            execute("DELETE FROM crm_account_entry WHERE account_id = ? AND seq = 2", "A-1");
            NotRestorable refused = assertThrows(NotRestorable.class, () -> fresh().accounts().load(ID));
            assertEquals("account A-1 cannot be restored: ledgerHead: the ledger was saved ending at entry 3 but ends"
                    + " at entry 2: entries were removed from its end", refused.getMessage());
        }
    }

    /**
     * A ledger stored before ledger seals (rows without seals, an account row without its head) is refused on load,
     * naming the migration step, and {@link JdbcStorage#resealLedgers} seals it in place after checking it.
     */
    @Nested
    class ALedgerStoredBeforeTheSeals {

        private final com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();

        /** Strips the seals and the head from what the adapter stored, as a store of before the seals holds it. */
        private void stripSeals(String id) throws Exception {
            try (Connection c = database().dataSource().getConnection()) {
                java.util.List<String[]> rows = new java.util.ArrayList<>();
                try (PreparedStatement select = c.prepareStatement(
                        "SELECT seq, entry FROM crm_account_entry WHERE account_id = ?")) {
                    select.setString(1, id);
                    try (ResultSet row = select.executeQuery()) {
                        while (row.next()) {
                            rows.add(new String[] {row.getString(1), row.getString(2)});
                        }
                    }
                }
                for (String[] row : rows) {
                    com.fasterxml.jackson.databind.node.ObjectNode entry =
                            (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(row[1]);
                    entry.remove(java.util.List.of("sequence", "hash"));
                    execute("UPDATE crm_account_entry SET entry = ? WHERE account_id = ? AND seq = ?",
                            json.writeValueAsString(entry), id, Integer.parseInt(row[0]));
                }
                String state;
                try (PreparedStatement select = c.prepareStatement("SELECT state FROM crm_account WHERE id = ?")) {
                    select.setString(1, id);
                    try (ResultSet row = select.executeQuery()) {
                        row.next();
                        state = row.getString(1);
                    }
                }
                com.fasterxml.jackson.databind.node.ObjectNode account =
                        (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(state);
                account.remove("ledgerHead");
                execute("UPDATE crm_account SET state = ?, written = ? WHERE id = ?", json.writeValueAsString(account),
                        java.util.UUID.randomUUID().toString(), id);
            }
        }

        @Test
        void is_refused_on_load_naming_the_migration_step_and_sealed_by_it() throws Exception {
            Account a = charged(opened().state(), 3);
            storage.accounts().save(a, Versioned.NEW, List.empty());
            stripSeals("A-1");
            NotRestorable refused = assertThrows(NotRestorable.class, () -> fresh().accounts().load(ID));
            assertEquals(List.of("ledger"), refused.error().problems().map(FieldProblem::field).toList());
            assertTrue(refused.getMessage().contains("3 entries without seals")
                    && refused.getMessage().contains("JdbcStorage.resealLedgers"), refused.getMessage());

            LedgerResealing.Resealed done = storage.resealLedgers();
            assertEquals(List.of(ID), done.resealed().toList());
            assertTrue(done.refused().isEmpty(), done.refused()::toString);
            assertEquals(new Versioned<>(a, 1), fresh().accounts().load(ID).get(), "sealed as it would have been");
            assertEquals(new Versioned<>(a, 1), storage.accounts().load(ID).get());
            assertTrue(storage.resealLedgers().resealed().isEmpty(), "nothing is left to seal");
            Account more = charged(a, 1);
            assertEquals(io.vavr.control.Either.right(2L), storage.accounts().save(more, 1, List.empty()));
            assertEquals(more, fresh().accounts().load(ID).get().aggregate());
        }

        @Test
        void an_account_that_breaks_its_invariants_is_not_sealed_and_stays_refused() throws Exception {
            Account a = charged(opened().state(), 2);
            storage.accounts().save(a, Versioned.NEW, List.empty());
            stripSeals("A-1");
            String first = AccountJson.writeEntry(a.ledger().entries().get(0), a.ledger().seals().get(0))
                    .replaceAll("\"sequence\":\\d+,\"hash\":\"[0-9a-f]{64}\",", "");
            execute("UPDATE crm_account_entry SET entry = ? WHERE account_id = ? AND seq = 1", first, "A-1");
            LedgerResealing.Resealed done = storage.resealLedgers();
            assertTrue(done.resealed().isEmpty());
            assertTrue(done.refused().get(ID).get().contains("the reference B-0 is already used by entries[0]"),
                    done.refused()::toString);
            assertThrows(NotRestorable.class, () -> fresh().accounts().load(ID));
        }
    }

    @Nested
    class ASaveIsAtomicInsideTheHostsTransaction {

        @Test
        void a_host_that_catches_a_failed_save_and_commits_finds_neither_the_change_nor_its_rows_nor_its_events() {
            // Fault injection: the outbox refuses this account's events, after its row and ledger rows are written.
            execute("ALTER TABLE crm_outbox ADD CONSTRAINT crm_test_fault CHECK (aggregate_id <> 'A-FAULT')");
            try {
                Changed<Account, AccountEvent> faulty = Account.open(AccountId.of("A-FAULT"), CustomerId.of("C-1"),
                        AccountTerms.withCreditLimit(Money.ofYuan(100)), T0).get();
                Changed<Account, AccountEvent> charged = faulty.state().postCharge(EntryReference.of("B-1"),
                        Money.ofYuan(5), T0).get();
                boolean[] caught = {false};
                Either<String, String> result = storage.inTransaction(() -> {
                    storage.accounts().save(opened(), Versioned.NEW);
                    try {
                        storage.accounts().save(charged.state(), Versioned.NEW, faulty.events().appendAll(charged.events()));
                    } catch (StorageFailure skipped) {
                        caught[0] = true; // a batch host skips the bad item and commits the rest
                    }
                    return Either.right("committed");
                });
                assertEquals(Either.right("committed"), result);
                assertTrue(caught[0], "the faulty save failed");
                assertTrue(fresh().accounts().load(ID).isDefined(), "the other save is committed");
                assertEquals(Option.none(), fresh().accounts().load(AccountId.of("A-FAULT")));
                assertEquals(0, count("SELECT COUNT(*) FROM crm_account WHERE id = ?", "A-FAULT"));
                assertEquals(0, count("SELECT COUNT(*) FROM crm_account_entry WHERE account_id = ?", "A-FAULT"));
                assertEquals(1, count("SELECT COUNT(*) FROM crm_outbox"), "only the other save's event");
            } finally {
                execute("ALTER TABLE crm_outbox DROP CONSTRAINT crm_test_fault");
            }
        }
    }

    @Nested
    class TheLoadCache {

        @Test
        void the_first_load_after_a_save_reads_what_the_database_holds() {
            storage.accounts().save(opened(), Versioned.NEW);
            execute("UPDATE crm_account SET state = ? WHERE id = ?", "{\"schemaVersion\":1}", "A-1");
            StorageFailure failure = assertThrows(StorageFailure.class, () -> storage.accounts().load(ID));
            assertEquals("the stored account A-1 (version 1) cannot be read back: id is missing", failure.getMessage());
        }

        @Test
        void a_save_by_another_storage_is_seen_by_the_next_load() {
            storage.accounts().save(opened(), Versioned.NEW);
            Versioned<Account> loaded = storage.accounts().load(ID).get();
            Account later = charged(loaded.aggregate(), 1);
            assertEquals(Either.right(2L), fresh().accounts().save(later, 1, List.empty()));
            assertEquals(new Versioned<>(later, 2), storage.accounts().load(ID).get());
        }

        @Test
        void an_aggregate_deleted_and_created_again_at_the_same_version_is_read_afresh() {
            storage.accounts().save(charged(opened().state(), 2), Versioned.NEW, List.empty());
            storage.accounts().load(ID);
            JdbcStorage again = database().emptied();
            Account other = charged(opened().state(), 1);
            again.accounts().save(other, Versioned.NEW, List.empty());
            assertEquals(new Versioned<>(other, 1), storage.accounts().load(ID).get());
        }

        @Test
        void a_storage_without_a_cache_reads_every_time() {
            JdbcStorage uncached = storage.withLoadCache(0);
            uncached.accounts().save(opened(), Versioned.NEW);
            assertEquals(1, uncached.accounts().load(ID).get().version());
            execute("UPDATE crm_account SET state = ? WHERE id = ?", "{\"schemaVersion\":1}", "A-1");
            assertThrows(StorageFailure.class, () -> uncached.accounts().load(ID));
            assertThrows(IllegalArgumentException.class, () -> storage.withLoadCache(-1));
        }
    }

    @Nested
    class WhatTheSchemaCannotHold {

        @Test
        void an_identifier_longer_than_255_characters_is_a_storage_failure_and_nothing_is_written() {
            AccountId longId = AccountId.of("A".repeat(256));
            Account account = Account.open(longId, CustomerId.of("C-1"), AccountTerms.withCreditLimit(Money.ZERO), T0)
                    .get().state();
            StorageFailure failure = assertThrows(StorageFailure.class,
                    () -> storage.accounts().save(account, Versioned.NEW, List.empty()));
            assertTrue(failure.getMessage().contains("at most 255"), failure.getMessage());
            assertEquals(0, count("SELECT COUNT(*) FROM crm_account"));
        }
    }

    @Nested
    class CreationRace {

        @Test
        void two_creations_of_one_id_store_one_and_answer_the_other_with_a_conflict() throws Exception {
            CountDownLatch inserted = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            CompletableFuture<Either<SaveConflict, Long>> first = CompletableFuture.supplyAsync(() ->
                    storage.inTransaction(() -> {
                        Either<SaveConflict, Long> saved = storage.accounts().save(opened(), Versioned.NEW);
                        inserted.countDown();
                        await(release);
                        return saved;
                    }));
            assertTrue(inserted.await(10, TimeUnit.SECONDS));
            // the second creation finds no committed row and inserts, then waits on the first one's key
            CompletableFuture<Either<SaveConflict, Long>> second = CompletableFuture.supplyAsync(() ->
                    storage.accounts().save(opened(), Versioned.NEW));
            Thread.sleep(200);   // lets the second reach its insert; the outcome is the same if it has not
            release.countDown();
            assertEquals(Either.right(1L), first.get(10, TimeUnit.SECONDS));
            assertEquals(Either.left(new SaveConflict("account", "A-1", 0, 1)), second.get(10, TimeUnit.SECONDS));
            assertEquals(1, count("SELECT COUNT(*) FROM crm_outbox"));
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
    class TheOutbox {

        @Test
        void delivered_messages_stay_flagged_for_the_host_to_delete() {
            storage.accounts().save(opened(), Versioned.NEW);
            List<OutboxMessage> pending = storage.outbox().pending(10).toList();
            storage.outbox().markDelivered(pending.map(OutboxMessage::id));
            assertTrue(storage.outbox().pending(10).isEmpty());
            assertEquals(1, count("SELECT COUNT(*) FROM crm_outbox WHERE delivered = ?", true));
        }
    }

    @Nested
    class PersonalData {

        @Test
        void the_lookup_columns_hold_no_identity_number() {
            // a customer's document is looked up by a keyed hash; the number is only in the JSON, sealed
            Customer customer = Customer.register(CustomerId.of("C-1"), new Registration(CustomerGroup.PUBLIC,
                    "Zhang San", new ResidentIdentityNumber("11010519491231002X"), new CityCode("110100")), T0)
                    .get().state();
            storage.customers().save(customer, Versioned.NEW, List.empty());
            String number = customer.document().unmasked();
            assertEquals(0, count("SELECT COUNT(*) FROM crm_customer WHERE document_hash LIKE ? OR manager LIKE ?",
                    "%" + number + "%", "%" + number + "%"));
            assertEquals(List.of(customer), storage.customers().byIdentityDocument(customer.document())
                    .map(Versioned::aggregate).toList());
            assertFalse(storage.cipher().documentLookup(customer.document()).contains(number));
        }
    }

    /** Another storage over the same database: what another process of the host would see. */
    private JdbcStorage fresh() {
        return JdbcStorage.over(database().dataSource(), TestDatabase.KEYS);
    }
}
