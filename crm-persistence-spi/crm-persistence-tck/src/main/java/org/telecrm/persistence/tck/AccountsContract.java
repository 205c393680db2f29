package org.telecrm.persistence.tck;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;
import org.telecrm.account.Account;
import org.telecrm.account.AccountEvent;
import org.telecrm.account.AccountId;
import org.telecrm.account.AccountState;
import org.telecrm.account.AccountTerms;
import org.telecrm.account.EntryReference;
import org.telecrm.account.LedgerEntry;
import org.telecrm.customer.CustomerId;
import org.telecrm.kernel.Changed;
import org.telecrm.money.Money;
import org.telecrm.persistence.Page;
import org.telecrm.persistence.PageRequest;
import org.telecrm.persistence.SaveConflict;
import org.telecrm.persistence.Transactions;
import org.telecrm.persistence.Versioned;
import org.telecrm.persistence.accounts.Accounts;
import org.telecrm.persistence.accounts.LedgerRewriteRefused;
import org.telecrm.persistence.json.AccountJson;
import org.telecrm.persistence.outbox.EventId;
import org.telecrm.persistence.outbox.Outbox;
import org.telecrm.persistence.outbox.OutboxMessage;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The contract of an {@link Accounts} adapter, with its {@link Transactions} and {@link Outbox}: round-trip
 * fidelity of generated accounts, optimistic conflicts, the by-customer query with paging, outbox order, ids and
 * atomicity, and 8 concurrent writers. An adapter's test extends it and supplies an empty store:
 *
 * <pre>{@code
 * class MyAccountsTest extends AccountsContract {
 *     @Override
 *     protected Ports emptyStore() {
 *         MyStorage storage = MyStorage.emptied(dataSource);   // your adapter, every table empty
 *         return new Ports(storage.accounts(), storage.transactions(), storage.outbox());
 *     }
 * }
 * }</pre>
 */
public abstract class AccountsContract {

    /** The ports under test, all backed by the same store. */
    public record Ports(Accounts accounts, Transactions transactions, Outbox outbox) {
    }

    /**
     * A store with no accounts and no pending outbox messages, called at the start of every test and of every
     * property try.
     */
    protected abstract Ports emptyStore();

    private static final Instant T0 = Instant.parse("2026-07-01T01:00:00Z");
    private static final CustomerId OWNER = CustomerId.of("C-1");

    private static Changed<Account, AccountEvent> opened(String id, CustomerId owner) {
        return Account.open(AccountId.of(id), owner, AccountTerms.withCreditLimit(Money.ofYuan(100)), T0).get();
    }

    private static Changed<Account, AccountEvent> charged(Account account, String reference, long fen) {
        return account.postCharge(EntryReference.of(reference), Money.ofFen(fen), T0).get();
    }

    // ---- round trip ---------------------------------------------------------------------------------------------

    @Provide
    Arbitrary<AccountHistory> histories() {
        return AccountGenerators.histories();
    }

    @Property(tries = 200)
    void every_field_of_a_generated_account_survives_save_and_load(@ForAll("histories") AccountHistory history) {
        Statistics.label("state").collect(history.account().status().state());
        Statistics.label("state").coverage(coverage -> {
            coverage.check(AccountState.SUSPENDED_FOR_ARREARS).count(n -> n > 0);
            coverage.check(AccountState.CLOSED).count(n -> n > 0);
        });
        Ports store = emptyStore();
        Account account = history.account();
        assertEquals(Either.right(1L), store.accounts().save(account, Versioned.NEW, history.events()));
        Versioned<Account> loaded = store.accounts().load(account.getId()).get();
        assertEquals(1L, loaded.version());
        Account back = loaded.aggregate();
        assertEquals(account, back);
        assertEquals(account.getId(), back.getId());
        assertEquals(account.owner(), back.owner());
        assertEquals(account.terms(), back.terms());
        assertEquals(account.openedAt(), back.openedAt());
        assertEquals(account.ledger().entries(), back.ledger().entries());
        assertEquals(account.status(), back.status());
        assertEquals(account.balanceOwed(), back.balanceOwed());
        assertEquals(account.overLimitSince(), back.overLimitSince());
    }

    @Test
    void the_dated_history_of_the_terms_survives_save_and_load_and_reads_the_terms_of_a_past_instant() {
        AccountHistory history = AccountGenerators.termChanges();
        Account account = history.account();
        assertEquals(4, account.termsHistory().size());
        Ports store = emptyStore();
        assertEquals(Either.right(1L), store.accounts().save(account, Versioned.NEW, history.events()));
        Account back = store.accounts().load(account.getId()).get().aggregate();
        assertEquals(account.termsHistory(), back.termsHistory());
        assertEquals(account, back);
        for (int hours = -1; hours < 24 * 5; hours += 7) {
            Instant at = account.openedAt().plus(java.time.Duration.ofHours(hours));
            assertEquals(account.termsAsOf(at), back.termsAsOf(at), at.toString());
        }
        // a further change saved over the loaded account is kept after the others
        Changed<Account, AccountEvent> more = back.changeSpendAlertThresholds(List.empty(),
                account.openedAt().plus(java.time.Duration.ofDays(5))).get();
        assertEquals(Either.right(2L), store.accounts().save(more, 1));
        Account again = store.accounts().load(account.getId()).get().aggregate();
        assertEquals(more.state(), again);
        assertEquals(5, again.termsHistory().size());
    }

    @Property(tries = 100)
    void the_outbox_holds_every_event_saved_in_order_as_json_that_reads_back(
            @ForAll("histories") AccountHistory history) {
        Ports store = emptyStore();
        AccountId id = history.account().getId();
        store.accounts().save(history.account(), Versioned.NEW, history.events());
        Seq<OutboxMessage> messages = Relay.drain(store.outbox());
        assertEquals(history.events(), messages.map(m -> AccountJson.readEvent(m.payload()).get()));
        assertEquals(history.events().zipWithIndex().map(e -> new EventId("account", id.value(), 1, e._2)),
                messages.map(OutboxMessage::id));
        assertEquals(history.events().map(e -> "account." + AccountJson.eventType(e)), messages.map(OutboxMessage::type));
        assertEquals(history.events().map(AccountEvent::occurredAt), messages.map(OutboxMessage::occurredAt));
    }

    // ---- load and save ------------------------------------------------------------------------------------------

    @Test
    void an_account_never_saved_loads_as_none() {
        assertEquals(Option.none(), emptyStore().accounts().load(AccountId.of("A-nowhere")));
    }

    @Test
    void every_save_raises_the_version_by_one() {
        Ports store = emptyStore();
        Changed<Account, AccountEvent> opened = opened("A-1", OWNER);
        assertEquals(Either.right(1L), store.accounts().save(opened, Versioned.NEW));
        Changed<Account, AccountEvent> charged = charged(opened.state(), "B-1", 500);
        assertEquals(Either.right(2L), store.accounts().save(charged, 1));
        assertEquals(new Versioned<>(charged.state(), 2), store.accounts().load(AccountId.of("A-1")).get());
    }

    // ---- conflicts ----------------------------------------------------------------------------------------------

    @Test
    void a_stale_save_is_a_conflict_naming_both_versions_and_writes_nothing() {
        Ports store = emptyStore();
        Changed<Account, AccountEvent> opened = opened("A-1", OWNER);
        store.accounts().save(opened, Versioned.NEW);
        Changed<Account, AccountEvent> first = charged(opened.state(), "B-1", 500);
        Changed<Account, AccountEvent> second = charged(opened.state(), "B-2", 700);
        assertEquals(Either.right(2L), store.accounts().save(first, 1));
        Relay.drain(store.outbox());

        assertEquals(Either.left(new SaveConflict("account", "A-1", 1, 2)), store.accounts().save(second, 1));
        assertEquals(new Versioned<>(first.state(), 2), store.accounts().load(AccountId.of("A-1")).get());
        assertTrue(store.outbox().pending(10).isEmpty(), "a refused save appends no event");
    }

    @Test
    void a_save_that_drops_or_changes_a_stored_ledger_entry_is_refused_and_writes_nothing() {
        Ports store = emptyStore();
        Changed<Account, AccountEvent> opened = opened("A-1", OWNER);
        store.accounts().save(opened, Versioned.NEW);
        Changed<Account, AccountEvent> paid = opened.state().postPayment(EntryReference.of("P-1"), Money.ofFen(500), T0).get();
        store.accounts().save(paid, 1);
        Relay.drain(store.outbox());
        Account withoutThePayment = charged(opened.state(), "B-1", 500).state();
        assertThrows(LedgerRewriteRefused.class, () -> store.accounts().save(withoutThePayment, 2, List.empty()));
        Account changedAmount = opened.state().postPayment(EntryReference.of("P-1"), Money.ofFen(5), T0).get().state();
        assertThrows(LedgerRewriteRefused.class, () -> store.accounts().save(changedAmount, 2, List.empty()));
        assertEquals(new Versioned<>(paid.state(), 2), store.accounts().load(AccountId.of("A-1")).get());
        assertTrue(store.outbox().pending(10).isEmpty(), "a refused save appends no event");
    }

    @Test
    void creating_an_account_that_exists_is_a_conflict() {
        Ports store = emptyStore();
        store.accounts().save(opened("A-1", OWNER), Versioned.NEW);
        Changed<Account, AccountEvent> again = opened("A-1", CustomerId.of("C-2"));
        assertEquals(Either.left(new SaveConflict("account", "A-1", 0, 1)), store.accounts().save(again, Versioned.NEW));
        assertEquals(OWNER, store.accounts().load(AccountId.of("A-1")).get().aggregate().owner());
    }

    @Test
    void updating_an_account_that_does_not_exist_is_a_conflict() {
        Ports store = emptyStore();
        assertEquals(Either.left(new SaveConflict("account", "A-1", 3, 0)),
                store.accounts().save(opened("A-1", OWNER), 3));
        assertEquals(Option.none(), store.accounts().load(AccountId.of("A-1")));
    }

    // ---- queries ------------------------------------------------------------------------------------------------

    @Test
    void accounts_by_customer_page_through_every_account_of_that_customer_once_in_id_order() {
        Ports store = emptyStore();
        List<String> mine = List.range(0, 23).map(i -> String.format("A-%03d", i));
        mine.reverse().forEach(id -> store.accounts().save(opened(id, OWNER), Versioned.NEW));
        List.range(0, 5).forEach(i -> store.accounts().save(opened("A-other-" + i, CustomerId.of("C-2")),
                Versioned.NEW));

        List<String> read = Pages.all(request -> store.accounts().byCustomer(OWNER, request), 10)
                .map(v -> v.aggregate().getId().value());
        int pages = 0;
        for (Option<PageRequest> request = Option.some(PageRequest.first(10)); request.isDefined();
             request = store.accounts().byCustomer(OWNER, request.get()).next()) {
            pages++;
        }
        assertEquals(mine, read);
        assertTrue(pages >= 3 && pages <= 4, "23 accounts in pages of 10, was " + pages + " pages");
    }

    @Test
    void accounts_by_customer_carry_their_versions() {
        Ports store = emptyStore();
        Changed<Account, AccountEvent> opened = opened("A-1", OWNER);
        store.accounts().save(opened, Versioned.NEW);
        Changed<Account, AccountEvent> charged = charged(opened.state(), "B-1", 100);
        store.accounts().save(charged, 1);
        assertEquals(List.of(new Versioned<>(charged.state(), 2)),
                store.accounts().byCustomer(OWNER, PageRequest.first(10)).items().toList());
    }

    @Test
    void a_customer_without_accounts_has_an_empty_last_page() {
        Ports store = emptyStore();
        store.accounts().save(opened("A-1", OWNER), Versioned.NEW);
        Page<Versioned<Account>> page = store.accounts().byCustomer(CustomerId.of("C-none"), PageRequest.first(10));
        assertTrue(page.items().isEmpty());
        assertEquals(Option.none(), page.next());
    }

    // ---- outbox -------------------------------------------------------------------------------------------------

    @Test
    void the_outbox_returns_events_in_commit_order_with_deterministic_ids() {
        Ports store = emptyStore();
        Changed<Account, AccountEvent> a = opened("A-1", OWNER);
        Changed<Account, AccountEvent> b = opened("A-2", OWNER);
        store.accounts().save(a, Versioned.NEW);
        store.accounts().save(b, Versioned.NEW);
        store.accounts().save(charged(a.state(), "B-1", 100), 1);

        assertEquals(List.of("account/A-1/1/0", "account/A-2/1/0", "account/A-1/2/0"),
                store.outbox().pending(10).map(m -> m.id().value()).toList());
        assertEquals(List.of("account/A-1/1/0", "account/A-2/1/0"),
                store.outbox().pending(2).map(m -> m.id().value()).toList());
    }

    @Test
    void delivered_messages_are_no_longer_pending_and_unknown_ids_are_ignored() {
        Ports store = emptyStore();
        store.accounts().save(opened("A-1", OWNER), Versioned.NEW);
        store.accounts().save(opened("A-2", OWNER), Versioned.NEW);
        Seq<OutboxMessage> first = store.outbox().pending(1);
        store.outbox().markDelivered(first.map(OutboxMessage::id).append(new EventId("account", "A-9", 1, 0)));
        store.outbox().markDelivered(first.map(OutboxMessage::id));
        assertEquals(List.of("account/A-2/1/0"), store.outbox().pending(10).map(m -> m.id().value()).toList());
    }

    // ---- transactions -------------------------------------------------------------------------------------------

    @Test
    void a_transaction_commits_its_saves_and_their_events_together() {
        Ports store = emptyStore();
        Either<SaveConflict, Long> result = store.transactions().inTransaction(() ->
                store.accounts().save(opened("A-1", OWNER), Versioned.NEW)
                        .flatMap(v -> store.accounts().save(opened("A-2", OWNER), Versioned.NEW)));
        assertEquals(Either.right(1L), result);
        assertTrue(store.accounts().load(AccountId.of("A-1")).isDefined());
        assertTrue(store.accounts().load(AccountId.of("A-2")).isDefined());
        assertEquals(2, store.outbox().pending(10).size());
    }

    @Test
    void a_transaction_that_ends_in_a_left_leaves_neither_the_change_nor_its_events() {
        Ports store = emptyStore();
        Either<String, Long> result = store.transactions().inTransaction(() -> {
            store.accounts().save(opened("A-1", OWNER), Versioned.NEW);
            store.accounts().save(opened("A-2", OWNER), Versioned.NEW);
            return Either.left("the host changed its mind");
        });
        assertEquals(Either.left("the host changed its mind"), result);
        assertEquals(Option.none(), store.accounts().load(AccountId.of("A-1")));
        assertEquals(Option.none(), store.accounts().load(AccountId.of("A-2")));
        assertTrue(store.outbox().pending(10).isEmpty());
    }

    @Test
    void a_conflict_inside_a_transaction_rolls_back_the_saves_before_it() {
        Ports store = emptyStore();
        store.accounts().save(opened("A-2", OWNER), Versioned.NEW);
        Relay.drain(store.outbox());
        Either<SaveConflict, Long> result = store.transactions().inTransaction(() ->
                store.accounts().save(opened("A-1", OWNER), Versioned.NEW)
                        .flatMap(v -> store.accounts().save(opened("A-2", OWNER), Versioned.NEW)));
        assertEquals(Either.left(new SaveConflict("account", "A-2", 0, 1)), result);
        assertEquals(Option.none(), store.accounts().load(AccountId.of("A-1")));
        assertTrue(store.outbox().pending(10).isEmpty());
    }

    @Test
    void a_transaction_that_throws_leaves_nothing_and_rethrows() {
        Ports store = emptyStore();
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () ->
                store.transactions().inTransaction(() -> {
                    store.accounts().save(opened("A-1", OWNER), Versioned.NEW);
                    throw new IllegalStateException("the host failed");
                }));
        assertEquals("the host failed", thrown.getMessage());
        assertEquals(Option.none(), store.accounts().load(AccountId.of("A-1")));
        assertTrue(store.outbox().pending(10).isEmpty());
    }

    // ---- concurrent writers -------------------------------------------------------------------------------------

    private static final int WRITERS = 8;
    private static final int UPDATES_PER_WRITER = 1_000;

    /** The amount of a writer's charge: varied, so a balance that lost or doubled a charge is off. */
    private static long fen(int writer, int update) {
        return 1 + (writer * 7L + update) % 97;
    }

    private static EntryReference reference(int writer, int update) {
        return EntryReference.of("W" + writer + "-" + update);
    }

    @Test
    void eight_writers_posting_a_thousand_charges_each_lose_no_update() throws Exception {
        Ports store = emptyStore();
        AccountId id = AccountId.of("A-hot");
        // a limit no test sum reaches, so the arrears rule never suspends the account under the writers' feet
        Account start = Account.open(id, OWNER, AccountTerms.withCreditLimit(Money.ofYuan(1_000_000_000)), T0)
                .get().state();
        store.accounts().save(start, Versioned.NEW, List.empty());

        Race.Outcome outcome = Race.run(WRITERS, UPDATES_PER_WRITER, () -> store.accounts().load(id).get(),
                (writer, update, loaded) -> store.accounts().save(loaded.aggregate().postCharge(
                        reference(writer, update), Money.ofFen(fen(writer, update)), T0).get(), loaded.version()));

        outcome.assertNoUpdateLost("account", "A-hot", 1);
        Versioned<Account> end = store.accounts().load(id).get();
        assertEquals(1L + WRITERS * UPDATES_PER_WRITER, end.version(), "one version per accepted save");
        assertEquals(outcome.accepted().map(a -> reference(a.writer(), a.update())),
                end.aggregate().ledger().entries().map(LedgerEntry::reference),
                "every accepted charge in the ledger once, in the order of the versions it was saved as");
        assertEquals(Money.ofFen(outcome.accepted().map(a -> fen(a.writer(), a.update())).sum().longValue()),
                end.aggregate().balanceOwed(), "the balance is the sum of the accepted postings");
        assertEquals(outcome.eventIds("account", "A-hot", 1), Relay.drain(store.outbox()).map(OutboxMessage::id),
                "one event per accepted save, in version order, none for a refusal");
    }
}
