package org.telecrm.persistence.tck;

import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.telecrm.account.Account;
import org.telecrm.account.AccountEvent;
import org.telecrm.account.AccountId;
import org.telecrm.account.EntryReference;
import org.telecrm.customer.CustomerId;
import org.telecrm.customer.aggregate.Customer;
import org.telecrm.customer.aggregate.CustomerEvent;
import org.telecrm.kernel.Changed;
import org.telecrm.money.Money;
import org.telecrm.order.aggregate.ServiceOrder;
import org.telecrm.order.aggregate.ServiceOrderEvent;
import org.telecrm.order.aggregate.ServiceOrderId;
import org.telecrm.persistence.PageRequest;
import org.telecrm.persistence.SaveConflict;
import org.telecrm.persistence.Transactions;
import org.telecrm.persistence.Versioned;
import org.telecrm.persistence.outbox.EventId;
import org.telecrm.persistence.outbox.OutboxMessage;
import org.telecrm.sla.SlaContractId;
import org.telecrm.sla.contract.SlaContract;
import org.telecrm.sla.contract.SlaContractEvent;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;


/**
 * The contract of a whole store: what spans its ports, beyond what each port's own contract checks. Saves of
 * different ports in one {@link Transactions#inTransaction} commit together, with their events in the outbox in the
 * order they were saved, or not at all (a conflict, a {@code Left}, an exception); nested transactions are savepoints;
 * a transaction reads its own writes; a conflict the work handles does not spoil the transaction; the outbox keeps one
 * commit order across ports; identifiers are unique per port only; and concurrent transactions that change two
 * aggregates commit whole. An adapter that implements every port runs it with one store behind all of them:
 *
 * <pre>{@code
 * class MyStorageTest extends StorageContract {
 *     @Override
 *     protected Ports emptyStore() {
 *         MyStorage storage = MyStorage.emptied(dataSource);   // your adapter, every table empty
 *         return new Ports(storage.accounts(), storage.customers(), storage.slaContracts(),
 *                 storage.serviceOrders(), storage.transactions(), storage.outbox());
 *     }
 *
 *     @Override
 *     protected WriteFaults writeFaults() {
 *         return faults;   // fails the store's n-th write when armed (see WriteFaults), or WriteFaults.none()
 *     }
 * }
 * }</pre>
 *
 * Where the port Javadocs leave a case open, the test that checks it says how the kit reads them.
 */
public abstract class StorageContract extends StoreAtomicityContract {

    // ---- one transaction, several ports -------------------------------------------------------------------------

    /** A key account onboarded: the customer registered, its first account opened and its SLA contract drafted. */
    private record Onboarding(Changed<Customer, CustomerEvent> customer, Changed<Account, AccountEvent> account,
                              Changed<SlaContract, SlaContractEvent> contract) {

        static Onboarding of() {
            return new Onboarding(registered("C-1"), opened("A-1"), drafted("SLA-1", C1, A1));
        }

        /** The three saved as new, customer first, up to the first conflict. */
        Either<SaveConflict, Long> saveAll(Ports store) {
            return store.customers().save(customer, Versioned.NEW)
                    .flatMap(v -> store.accounts().save(account, Versioned.NEW))
                    .flatMap(v -> store.slaContracts().save(contract, Versioned.NEW));
        }
    }

    @Test
    void a_customer_registered_with_its_first_account_and_contract_commits_all_three_in_save_order() {
        Ports store = emptyStore();
        Onboarding onboarding = Onboarding.of();

        assertEquals(Either.right(1L), store.transactions().inTransaction(() -> onboarding.saveAll(store)));

        assertEquals(Option.some(new Versioned<>(onboarding.customer().state(), 1)), store.customers().load(C1));
        assertEquals(Option.some(new Versioned<>(onboarding.account().state(), 1)), store.accounts().load(A1));
        assertEquals(Option.some(new Versioned<>(onboarding.contract().state(), 1)), store.slaContracts().load(SLA1));
        // save order, not the order of the ids: "account" sorts before "customer"
        assertEquals(List.of("customer/C-1/1/0", "account/A-1/1/0", "sla-contract/SLA-1/1/0"), pendingIds(store));
        assertEquals(List.of("customer.Registered", "account.AccountOpened", "sla-contract.ContractDrafted"),
                store.outbox().pending(10).map(OutboxMessage::type).toList());
    }

    /**
     * A late order and the account its compensation is credited to, both stored at version 1, the outbox drained;
     * and the two changes a host saves in one transaction: the order moved on, and the credit.
     */
    private record Compensation(Versioned<ServiceOrder> order, Versioned<Account> account,
                                Changed<ServiceOrder, ServiceOrderEvent> orderMoved,
                                Changed<Account, AccountEvent> credited) {

        static Compensation stored(Ports store) {
            Changed<ServiceOrder, ServiceOrderEvent> order = accepted("SO-1");
            Changed<Account, AccountEvent> account = opened("A-1");
            store.serviceOrders().save(order, Versioned.NEW);
            store.accounts().save(account, Versioned.NEW);
            Relay.drain(store.outbox());
            return new Compensation(new Versioned<>(order.state(), 1), new Versioned<>(account.state(), 1),
                    dispatched(order.state()), account.state().postCompensationCredit(EntryReference.of("CL-SO-1"),
                    Money.ofYuan(80), LATER).get());
        }

        /** The order's change, then the credit, each expecting version 1. */
        Either<SaveConflict, Long> saveBoth(Ports store) {
            return store.serviceOrders().save(orderMoved, 1).flatMap(v -> store.accounts().save(credited, 1));
        }

        /** Neither change is stored, nor seen by a query, nor announced. */
        void assertNeitherStored(Ports store) {
            assertEquals(Option.some(order), store.serviceOrders().load(SO1));
            assertEquals(Option.some(account), store.accounts().load(A1));
            assertEquals(List.of(order), store.serviceOrders().open(PageRequest.first(10)).items().toList());
            assertEquals(List.of(account), store.accounts().byCustomer(C1, PageRequest.first(10)).items().toList());
            assertEquals(List.empty(), pendingIds(store), "no event of a rolled-back save");
        }
    }

    @Test
    void an_order_change_and_the_compensation_credit_commit_together_with_their_events_in_save_order() {
        Ports store = emptyStore();
        Compensation compensation = Compensation.stored(store);

        assertEquals(Either.right(2L), store.transactions().inTransaction(() -> compensation.saveBoth(store)));

        assertEquals(Option.some(new Versioned<>(compensation.orderMoved().state(), 2)),
                store.serviceOrders().load(SO1));
        assertEquals(Option.some(new Versioned<>(compensation.credited().state(), 2)), store.accounts().load(A1));
        assertEquals(List.of("service-order/SO-1/2/0", "account/A-1/2/0"), pendingIds(store));
    }

    // ---- a failed transaction leaves nothing --------------------------------------------------------------------

    @Test
    void when_the_second_save_conflicts_neither_aggregate_nor_any_event_is_stored() {
        Ports store = emptyStore();
        Compensation compensation = Compensation.stored(store);
        Changed<Account, AccountEvent> rival = compensation.account().aggregate()
                .postCharge(EntryReference.of("B-1"), Money.ofYuan(30), LATER).get();
        store.accounts().save(rival, 1);    // another host saved first
        Relay.drain(store.outbox());

        Either<SaveConflict, Long> result = store.transactions().inTransaction(() -> compensation.saveBoth(store));

        assertEquals(Either.left(new SaveConflict("account", "A-1", 1, 2)), result);
        assertEquals(Option.some(compensation.order()), store.serviceOrders().load(SO1), "the order's save undone");
        assertEquals(Option.some(new Versioned<>(rival.state(), 2)), store.accounts().load(A1));
        assertEquals(List.empty(), pendingIds(store), "no event of either save");
    }

    @Test
    void when_the_work_returns_a_left_after_both_saves_neither_is_stored() {
        Ports store = emptyStore();
        Compensation compensation = Compensation.stored(store);

        Either<String, Long> result = store.transactions().inTransaction(() -> compensation.saveBoth(store)
                .mapLeft(SaveConflict::message)
                .flatMap(v -> Either.left("the claim was withdrawn")));

        assertEquals(Either.left("the claim was withdrawn"), result);
        compensation.assertNeitherStored(store);
    }

    @Test
    void when_the_work_throws_after_both_saves_neither_is_stored_and_the_exception_is_rethrown() {
        Ports store = emptyStore();
        Compensation compensation = Compensation.stored(store);
        IllegalStateException failure = new IllegalStateException("the billing system is down");

        IllegalStateException thrown = assertThrows(IllegalStateException.class, () ->
                store.transactions().<SaveConflict, Long>inTransaction(() -> {
                    compensation.saveBoth(store);
                    throw failure;
                }));

        assertSame(failure, thrown);
        compensation.assertNeitherStored(store);
    }

    /**
     * After a transaction that failed, by a {@code Left} or by an exception, a save outside any transaction runs in
     * one of its own and commits ({@link Transactions}: "a port called outside {@code inTransaction} runs in a
     * transaction of its own"): an adapter that binds its transaction to the thread must let go of it whatever the
     * outcome. Read from another thread, to which a transaction left open on this one would hide the save.
     */
    @Test
    void after_a_failed_transaction_the_next_save_on_the_same_thread_commits_on_its_own() throws Exception {
        Ports store = emptyStore();
        store.transactions().inTransaction(() -> store.customers().save(registered("C-1"), Versioned.NEW)
                .mapLeft(SaveConflict::message).flatMap(v -> Either.left("the host changed its mind")));
        assertThrows(IllegalStateException.class, () -> store.transactions().<String, Long>inTransaction(() -> {
            store.accounts().save(opened("A-1"), Versioned.NEW);
            throw new IllegalStateException("the host failed");
        }));

        assertEquals(Either.right(1L), store.serviceOrders().save(accepted("SO-1"), Versioned.NEW));

        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            assertEquals(Option.some(1L), other.submit(() -> store.serviceOrders().load(SO1).map(Versioned::version))
                    .get());
            assertEquals(Option.none(), other.submit(() -> store.customers().load(C1)).get());
            assertEquals(Option.none(), other.submit(() -> store.accounts().load(A1)).get());
        } finally {
            other.shutdownNow();
        }
        assertEquals(List.of("service-order/SO-1/1/0"), pendingIds(store));
    }

    /**
     * A {@link SaveConflict} inside a transaction is an answer, not a failure of the transaction: the refused save
     * wrote nothing, and work that handles the conflict and returns {@code Right} commits its other saves. The port
     * Javadocs say both halves (a conflict writes nothing; a {@code Right} commits) without naming the case; the kit
     * reads them together. An adapter on a database that aborts a transaction on a failed statement (a unique-key
     * violation, say) must detect the conflict without failing a statement, or behind a savepoint.
     */
    @Test
    void a_conflict_the_work_handles_does_not_spoil_the_transaction() {
        Ports store = emptyStore();
        Changed<Account, AccountEvent> account = opened("A-1");
        store.accounts().save(account, Versioned.NEW);
        Relay.drain(store.outbox());
        Changed<Account, AccountEvent> charged = account.state()
                .postCharge(EntryReference.of("B-1"), Money.ofYuan(30), LATER).get();

        Either<SaveConflict, Long> result = store.transactions().inTransaction(() -> {
            store.customers().save(registered("C-1"), Versioned.NEW);
            assertEquals(Either.left(new SaveConflict("account", "A-1", 0, 1)),
                    store.accounts().save(opened("A-1", CustomerId.of("C-2"), 100), Versioned.NEW),
                    "creating an account that exists");
            assertEquals(Either.left(new SaveConflict("account", "A-1", 2, 1)), store.accounts().save(charged, 2),
                    "updating from a version never stored");
            return store.serviceOrders().save(accepted("SO-1"), Versioned.NEW);
        });

        assertEquals(Either.right(1L), result);
        assertEquals(1L, store.customers().load(C1).get().version());
        assertEquals(1L, store.serviceOrders().load(SO1).get().version());
        assertEquals(Option.some(new Versioned<>(account.state(), 1)), store.accounts().load(A1));
        assertEquals(List.of("customer/C-1/1/0", "service-order/SO-1/1/0"), pendingIds(store));
    }

    // ---- nested transactions are savepoints ---------------------------------------------------------------------

    @Test
    void a_failed_inner_transaction_undoes_only_its_own_writes_and_the_outer_one_commits_the_rest() {
        Ports store = emptyStore();
        Changed<ServiceOrder, ServiceOrderEvent> order = accepted("SO-1");
        store.serviceOrders().save(order, Versioned.NEW);
        Relay.drain(store.outbox());
        Changed<Account, AccountEvent> outerAccount = opened("A-1", C1, 500);

        Either<SaveConflict, Long> result = store.transactions().inTransaction(() -> {
            store.customers().save(registered("C-1"), Versioned.NEW);
            Either<SaveConflict, Long> inner = store.transactions().inTransaction(() ->
                    store.accounts().save(opened("A-1"), Versioned.NEW)
                            .flatMap(v -> store.serviceOrders().save(order, Versioned.NEW)));
            assertEquals(Either.left(new SaveConflict("service-order", "SO-1", 0, 1)), inner);
            assertEquals(Option.none(), store.accounts().load(A1), "the outer work sees the inner save undone");
            // the undone creation left no version behind, so the outer work may create the account itself
            return store.accounts().save(outerAccount, Versioned.NEW);
        });

        assertEquals(Either.right(1L), result);
        assertEquals(1L, store.customers().load(C1).get().version());
        assertEquals(Option.some(new Versioned<>(outerAccount.state(), 1)), store.accounts().load(A1));
        assertEquals(Option.some(new Versioned<>(order.state(), 1)), store.serviceOrders().load(SO1));
        assertEquals(List.of("customer/C-1/1/0", "account/A-1/1/0"), pendingIds(store));
    }

    /**
     * An inner transaction whose work throws is a failed inner transaction like one that returns {@code Left}: its
     * writes are undone and the exception reaches the outer work, which decides. The {@link Transactions} Javadoc
     * says "when the inner work fails" and that an exception is rethrown, without saying that an exception the outer
     * work catches leaves the outer transaction able to commit; the kit reads "fails" as covering both, as a savepoint
     * does.
     */
    @Test
    void an_inner_transaction_that_throws_undoes_only_its_own_writes_and_the_outer_work_may_go_on() {
        Ports store = emptyStore();
        IllegalStateException failure = new IllegalStateException("the rating service is down");

        Either<SaveConflict, Long> result = store.transactions().inTransaction(() -> {
            store.customers().save(registered("C-1"), Versioned.NEW);
            IllegalStateException thrown = assertThrows(IllegalStateException.class, () ->
                    store.transactions().<SaveConflict, Long>inTransaction(() -> {
                        store.accounts().save(opened("A-1"), Versioned.NEW);
                        throw failure;
                    }));
            assertSame(failure, thrown);
            return store.serviceOrders().save(accepted("SO-1"), Versioned.NEW);
        });

        assertEquals(Either.right(1L), result);
        assertEquals(Option.none(), store.accounts().load(A1));
        assertEquals(List.of("customer/C-1/1/0", "service-order/SO-1/1/0"), pendingIds(store));
    }

    @Test
    void a_successful_inner_transaction_whose_outer_one_fails_leaves_nothing() {
        Ports store = emptyStore();

        Either<String, Long> result = store.transactions().inTransaction(() -> {
            assertEquals(Either.right(1L), store.transactions().inTransaction(() ->
                    store.accounts().save(opened("A-1"), Versioned.NEW)));
            assertEquals(1L, store.accounts().load(A1).get().version(), "the outer work sees the inner save");
            store.serviceOrders().save(accepted("SO-1"), Versioned.NEW);
            return Either.left("the customer withdrew");
        });

        assertEquals(Either.left("the customer withdrew"), result);
        assertEquals(Option.none(), store.accounts().load(A1));
        assertEquals(Option.none(), store.serviceOrders().load(SO1));
        assertEquals(List.empty(), pendingIds(store));
    }

    @Test
    void a_failed_inner_transaction_also_undoes_what_the_transactions_nested_in_it_did() {
        Ports store = emptyStore();

        Either<String, Long> result = store.transactions().inTransaction(() -> {
            store.customers().save(registered("C-1"), Versioned.NEW);
            Either<String, Long> middle = store.transactions().inTransaction(() -> {
                store.accounts().save(opened("A-1"), Versioned.NEW);
                assertEquals(Either.right(1L), store.transactions().inTransaction(() ->
                        store.slaContracts().save(drafted("SLA-1", C1, A1), Versioned.NEW)));
                return Either.left("no contract after all");
            });
            assertEquals(Either.left("no contract after all"), middle);
            return Either.right(1L);
        });

        assertEquals(Either.right(1L), result);
        assertEquals(1L, store.customers().load(C1).get().version());
        assertEquals(Option.none(), store.accounts().load(A1));
        assertEquals(Option.none(), store.slaContracts().load(SLA1));
        assertEquals(List.of("customer/C-1/1/0"), pendingIds(store));
    }

    // ---- read your writes ---------------------------------------------------------------------------------------

    /**
     * Inside a transaction, its loads and queries see its own saves, and a later save is checked against the version
     * an earlier one stored. The {@link Transactions} Javadoc does not say it in words; the kit reads "everything
     * the work does ... commits together" as one database transaction, which reads its own writes, and its example
     * (load, command, save in one transaction) needs it as soon as the work saves an aggregate twice.
     */
    @Test
    void inside_a_transaction_its_loads_and_queries_see_its_own_writes() {
        Ports store = emptyStore();
        Onboarding onboarding = Onboarding.of();
        Versioned<Customer> customer = new Versioned<>(onboarding.customer().state(), 1);
        Versioned<Account> account = new Versioned<>(onboarding.account().state(), 1);
        Versioned<SlaContract> contract = new Versioned<>(onboarding.contract().state(), 1);
        Changed<ServiceOrder, ServiceOrderEvent> order = accepted("SO-1");
        Changed<ServiceOrder, ServiceOrderEvent> moved = dispatched(order.state());

        Either<SaveConflict, Long> result = store.transactions().inTransaction(() -> {
            onboarding.saveAll(store);
            store.serviceOrders().save(order, Versioned.NEW);
            assertEquals(Option.some(customer), store.customers().load(C1));
            assertEquals(Option.some(account), store.accounts().load(A1));
            assertEquals(Option.some(contract), store.slaContracts().load(SLA1));
            assertEquals(Option.some(new Versioned<>(order.state(), 1)), store.serviceOrders().load(SO1));
            assertEquals(List.of(customer), store.customers().byIdentityDocument(USCC).toList());
            assertEquals(List.of(account), store.accounts().byCustomer(C1, PageRequest.first(10)).items().toList());
            assertEquals(List.of(contract),
                    store.slaContracts().byCustomer(C1, PageRequest.first(10)).items().toList());
            assertEquals(List.of(new Versioned<>(order.state(), 1)),
                    store.serviceOrders().open(PageRequest.first(10)).items().toList());
            Either<SaveConflict, Long> again = store.serviceOrders().save(moved, 1);
            assertEquals(Option.some(new Versioned<>(moved.state(), 2)), store.serviceOrders().load(SO1));
            return again;
        });

        assertEquals(Either.right(2L), result);
        assertEquals(Option.some(new Versioned<>(moved.state(), 2)), store.serviceOrders().load(SO1));
    }

    // ---- the outbox across ports --------------------------------------------------------------------------------

    @Test
    void the_outbox_holds_the_events_of_every_port_in_one_commit_order() {
        Ports store = emptyStore();
        Changed<Account, AccountEvent> account = opened("A-1");
        Changed<ServiceOrder, ServiceOrderEvent> order = accepted("SO-1");
        store.accounts().save(account, Versioned.NEW);
        store.serviceOrders().save(order, Versioned.NEW);
        store.customers().save(registered("C-1"), Versioned.NEW);
        store.accounts().save(account.state().postCharge(EntryReference.of("B-1"), Money.ofYuan(30), LATER).get(), 1);
        store.slaContracts().save(drafted("SLA-1", C1, A1), Versioned.NEW);
        store.serviceOrders().save(dispatched(order.state()), 1);

        List<String> committed = List.of("account/A-1/1/0", "service-order/SO-1/1/0", "customer/C-1/1/0",
                "account/A-1/2/0", "sla-contract/SLA-1/1/0", "service-order/SO-1/2/0");
        assertEquals(committed, pendingIds(store));
        assertEquals(committed.take(3), store.outbox().pending(3).map(m -> m.id().value()).toList());
        store.outbox().markDelivered(List.of(new EventId("account", "A-1", 1, 0),
                new EventId("customer", "C-1", 1, 0)));
        assertEquals(committed.removeAll(List.of("account/A-1/1/0", "customer/C-1/1/0")), pendingIds(store));
    }

    /**
     * Each port keeps its own aggregates: an identifier is unique within a type, not across types, as
     * {@link SaveConflict} and {@link EventId} name the type beside the id. So the same text may identify a
     * customer, an account, a contract and an order, each saved as new and versioned apart, and their events are
     * told apart by the outbox.
     */
    @Test
    void aggregates_of_different_ports_with_the_same_identifier_text_are_kept_apart() {
        Ports store = emptyStore();
        String same = "X-1";
        Changed<Account, AccountEvent> account = opened(same, CustomerId.of(same), 100);

        assertEquals(Either.right(1L), store.customers().save(registered(same), Versioned.NEW));
        assertEquals(Either.right(1L), store.accounts().save(account, Versioned.NEW));
        assertEquals(Either.right(1L), store.slaContracts().save(drafted(same, CustomerId.of(same),
                AccountId.of(same)), Versioned.NEW));
        assertEquals(Either.right(1L), store.serviceOrders().save(accepted(same), Versioned.NEW));
        assertEquals(Either.right(2L), store.accounts().save(account.state().postCharge(EntryReference.of("B-1"),
                Money.ofYuan(30), LATER).get(), 1));

        assertEquals(1L, store.customers().load(CustomerId.of(same)).get().version());
        assertEquals(2L, store.accounts().load(AccountId.of(same)).get().version());
        assertEquals(1L, store.slaContracts().load(SlaContractId.of(same)).get().version());
        assertEquals(1L, store.serviceOrders().load(ServiceOrderId.of(same)).get().version());
        store.outbox().markDelivered(List.of(new EventId("account", same, 1, 0)));
        assertEquals(List.of("customer/X-1/1/0", "sla-contract/X-1/1/0", "service-order/X-1/1/0", "account/X-1/2/0"),
                pendingIds(store));
    }

}
