package org.telecrm.persistence.tck;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.telecrm.account.Account;
import org.telecrm.account.AccountEvent;
import org.telecrm.account.AccountId;
import org.telecrm.account.AccountTerms;
import org.telecrm.account.EntryReference;
import org.telecrm.account.LedgerEntry;
import org.telecrm.customer.CustomerGroup;
import org.telecrm.customer.CustomerId;
import org.telecrm.customer.StaffId;
import org.telecrm.customer.aggregate.Customer;
import org.telecrm.customer.aggregate.CustomerEvent;
import org.telecrm.customer.aggregate.Registration;
import org.telecrm.customer.identity.IdentityDocument;
import org.telecrm.customer.identity.UnifiedSocialCreditCode;
import org.telecrm.customer.region.CityCode;
import org.telecrm.kernel.Changed;
import org.telecrm.money.Money;
import org.telecrm.order.OrderKind;
import org.telecrm.order.aggregate.ServiceOrder;
import org.telecrm.order.aggregate.ServiceOrderEvent;
import org.telecrm.order.aggregate.ServiceOrderId;
import org.telecrm.order.clock.Pause;
import org.telecrm.order.clock.PauseReason;
import org.telecrm.persistence.PageRequest;
import org.telecrm.persistence.SaveConflict;
import org.telecrm.persistence.Transactions;
import org.telecrm.persistence.Versioned;
import org.telecrm.persistence.accounts.Accounts;
import org.telecrm.persistence.contracts.SlaContracts;
import org.telecrm.persistence.customers.Customers;
import org.telecrm.persistence.orders.ServiceOrders;
import org.telecrm.persistence.outbox.EventId;
import org.telecrm.persistence.outbox.Outbox;
import org.telecrm.persistence.outbox.OutboxMessage;
import org.telecrm.sla.SlaContractId;
import org.telecrm.sla.contract.ContractTerms;
import org.telecrm.sla.contract.SlaContract;
import org.telecrm.sla.contract.SlaContractEvent;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The half of a whole store's contract ({@link StorageContract}, which extends it: an adapter extends that one) that
 * says a store is atomic: a save failing part-way, at any of the store's own writes ({@link WriteFaults}) or at any of
 * its events, leaves neither the change nor its events while the host commits the rest; and concurrent transactions
 * that each change two aggregates commit whole or not at all. It also holds what the whole contract shares: the
 * {@link Ports} under test and the fixtures.
 */
public abstract class StoreAtomicityContract {


    /** The ports under test, all backed by the same store. */
    public record Ports(Accounts accounts, Customers customers, SlaContracts slaContracts,
                        ServiceOrders serviceOrders, Transactions transactions, Outbox outbox) {
    }

    /**
     * A store with no aggregate of any port and no pending outbox message; called at the start of every test.
     */
    protected abstract Ports emptyStore();

    static final Instant T0 = ServiceOrderGenerators.AT;
    static final Instant LATER = T0.plus(Duration.ofHours(1));
    static final CustomerId C1 = CustomerId.of("C-1");
    static final AccountId A1 = AccountId.of("A-1");
    static final SlaContractId SLA1 = SlaContractId.of("SLA-1");
    static final ServiceOrderId SO1 = ServiceOrderId.of("SO-1");
    static final IdentityDocument USCC = new UnifiedSocialCreditCode("91440300MA5FUJ7A0C");

    static Changed<Customer, CustomerEvent> registered(String id) {
        return Customer.register(CustomerId.of(id), new Registration(CustomerGroup.KEY_ACCOUNT, "Shenzhen Example Ltd",
                USCC, new CityCode("440300")), T0).get();
    }

    static Changed<Account, AccountEvent> opened(String id, CustomerId owner, long creditLimitYuan) {
        return Account.open(AccountId.of(id), owner, AccountTerms.withCreditLimit(Money.ofYuan(creditLimitYuan)), T0)
                .get();
    }

    static Changed<Account, AccountEvent> opened(String id) {
        return opened(id, C1, 100);
    }

    static Changed<SlaContract, SlaContractEvent> drafted(String id, CustomerId customer, AccountId account) {
        SlaContractId contractId = SlaContractId.of(id);
        return SlaContract.draft(contractId, customer, account, SlaContractGenerators.YEAR_2026,
                ContractTerms.defaults(contractId), SlaContractGenerators.AT).get();
    }

    static Changed<ServiceOrder, ServiceOrderEvent> accepted(String id) {
        return ServiceOrderGenerators.accepted(id, OrderKind.PROVISIONING, T0);
    }

    static Changed<ServiceOrder, ServiceOrderEvent> dispatched(ServiceOrder order) {
        return order.dispatch(ServiceOrderGenerators.LINES, ServiceOrderGenerators.CLERK, LATER, "to the line team")
                .get();
    }

    /** The ids of every pending message, as text, oldest first; delivers none. */
    static List<String> pendingIds(Ports store) {
        return store.outbox().pending(PageRequest.MAX_SIZE).map(m -> m.id().value()).toList();
    }

    // ---- a save is atomic on its own ----------------------------------------------------------------------------

    /**
     * The fault the kit injects, through a save's events ({@link #failingAfterTheFirst}) or into a store's own writes
     * ({@link WriteFaults}): a store's fault injector throws it, or an exception caused by it, so that the kit can
     * tell the failure it expects from a store's bug.
     */
    public static final class InjectedFault extends RuntimeException {
        public InjectedFault(String where) {
            super("fault injected by the kit: " + where, null, false, false);
        }
    }

    /**
     * The kit's hand in a store's own writes, so that it can make a save fail after the store has written part of
     * it: whatever order a store reads its input and writes in, a save that fails at its n-th write must leave
     * neither the change nor its events, for every n. The JDBC adapter's tests count the statements that write
     * (a data source that fails the n-th one); a store with no write that can fail after another answers
     * {@link #none}.
     */
    public interface WriteFaults {

        /** From now on, the store's {@code n}-th write (n from 1) fails, with {@link InjectedFault} as its cause. */
        void failWrite(int n);

        /** No write fails any more. */
        void disarm();

        /** Whether this store has writes the kit can fail; false for {@link #none}. */
        default boolean injects() {
            return true;
        }

        /**
         * For a store whose save has no write that can fail after another (the in-memory store computes the next
         * snapshot and publishes it whole): only the faults injected through the events apply, at every event.
         */
        static WriteFaults none() {
            return new WriteFaults() {
                public void failWrite(int n) {
                }

                public void disarm() {
                }

                public boolean injects() {
                    return false;
                }
            };
        }
    }

    /** The fault injector of the store {@link #emptyStore} answers (the same for every store it answers). */
    protected abstract WriteFaults writeFaults();

    /**
     * The events of a change as a lazy sequence whose first element is the change's first event and whose rest
     * throws {@link InjectedFault} when a store reaches it. This is how the kit injects a fault into any store's save
     * without knowing how the store writes: every store must read the events to record them, and one that writes the
     * aggregate before it has read them all fails part-way through its save.
     */
    static <E> Seq<E> failingAfterTheFirst(Seq<E> events) {
        return failingAfter(1, events);
    }

    /** As {@link #failingAfterTheFirst}, the fault after the first {@code n} events (n from 1). */
    static <E> io.vavr.collection.Stream<E> failingAfter(int n, Seq<E> events) {
        return n == 1
                ? io.vavr.collection.Stream.cons(events.head(), () -> {
                    throw new InjectedFault("the save's event " + (n + 1) + " cannot be read");
                })
                : io.vavr.collection.Stream.cons(events.head(), () -> failingAfter(n - 1, events.tail()));
    }

    /**
     * Runs {@code good} then {@code faulty} in one transaction, as a batch host does that skips an item whose save
     * failed and commits the rest; true when the faulty save failed.
     */
    static boolean hostCommitsPastAFailedSave(Ports store, Runnable good, Runnable faulty) {
        boolean[] failed = {false};
        Either<String, String> result = store.transactions().inTransaction(() -> {
            good.run();
            try {
                faulty.run();
            } catch (RuntimeException skipped) {
                // only the kit's own fault is the expected failure; anything else is a store's bug and must surface
                if (!causedByTheInjectedFault(skipped)) {
                    throw skipped;
                }
                failed[0] = true;
            }
            return Either.right("committed");
        });
        assertEquals(Either.right("committed"), result);
        return failed[0];
    }

    static boolean causedByTheInjectedFault(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof InjectedFault) {
                return true;
            }
        }
        return false;
    }

    @Test
    void an_account_save_that_fails_part_way_leaves_neither_the_account_nor_its_entries_nor_its_events() {
        Ports store = emptyStore();
        Changed<Account, AccountEvent> other = opened("A-2");
        Changed<Account, AccountEvent> opened = opened("A-1");
        Changed<Account, AccountEvent> charged = opened.state().postCharge(EntryReference.of("B-1"), Money.ofYuan(5),
                LATER).get();
        assertTrue(hostCommitsPastAFailedSave(store, () -> store.accounts().save(other, Versioned.NEW),
                        () -> store.accounts().save(charged.state(), Versioned.NEW,
                                failingAfterTheFirst(opened.events().appendAll(charged.events())))),
                "the faulty save failed");
        assertEquals(Option.none(), store.accounts().load(A1));
        assertEquals(Option.some(new Versioned<>(other.state(), 1)), store.accounts().load(AccountId.of("A-2")));
        assertEquals(List.of(new Versioned<>(other.state(), 1)),
                store.accounts().byCustomer(C1, PageRequest.first(10)).items().toList());
        assertEquals(List.of("account/A-2/1/0"), pendingIds(store), "only the committed save's event");
        // and the account can still be saved whole
        assertEquals(Either.right(1L), store.accounts().save(charged.state(), Versioned.NEW,
                opened.events().appendAll(charged.events())));
        assertEquals(Option.some(new Versioned<>(charged.state(), 1)), store.accounts().load(A1));
    }

    @Test
    void a_service_order_save_that_fails_part_way_leaves_neither_the_change_nor_its_events() {
        Ports store = emptyStore();
        Changed<ServiceOrder, ServiceOrderEvent> order = accepted("SO-1");
        store.serviceOrders().save(order, Versioned.NEW);
        Relay.drain(store.outbox());
        Changed<ServiceOrder, ServiceOrderEvent> moved = dispatched(order.state());
        Changed<ServiceOrder, ServiceOrderEvent> started = moved.state().startWork(ServiceOrderGenerators.LINES,
                ServiceOrderGenerators.CLERK, LATER.plusSeconds(60), "on site").get();
        Changed<ServiceOrder, ServiceOrderEvent> other = accepted("SO-2");
        assertTrue(hostCommitsPastAFailedSave(store, () -> store.serviceOrders().save(other, Versioned.NEW),
                        () -> store.serviceOrders().save(started.state(), 1,
                                failingAfterTheFirst(moved.events().appendAll(started.events())))),
                "the faulty save failed");
        assertEquals(Option.some(new Versioned<>(order.state(), 1)), store.serviceOrders().load(SO1));
        assertEquals(List.of("service-order/SO-2/1/0"), pendingIds(store), "only the committed save's event");
    }

    /**
     * A save of an account already stored (its row updated, an entry added, events written) made to fail at each of
     * the store's writes in turn, then at each of its events: every time, the host that commits past it finds the
     * account as it was, no entry and no event of the failed save, and its other save committed.
     */
    @Test
    void an_account_save_failing_at_any_write_or_any_event_leaves_the_account_as_it_was_and_no_event() {
        Changed<Account, AccountEvent> opened = opened("A-1");
        Changed<Account, AccountEvent> charged = opened.state().postCharge(EntryReference.of("B-1"), Money.ofYuan(5),
                LATER).get();
        Changed<Account, AccountEvent> paid = charged.state().postPayment(EntryReference.of("P-1"), Money.ofYuan(5),
                LATER.plusSeconds(60)).get();
        Seq<AccountEvent> events = charged.events().appendAll(paid.events());
        int writesFailed = 0;
        for (int n = 1; ; n++) {
            Ports store = emptyStore();
            WriteFaults faults = writeFaults();
            store.accounts().save(opened, Versioned.NEW);
            Relay.drain(store.outbox());
            int write = n;
            boolean failed = hostCommitsPastAFailedSave(store,
                    () -> store.accounts().save(opened("A-2"), Versioned.NEW),
                    () -> {
                        faults.failWrite(write);
                        try {
                            store.accounts().save(paid.state(), 1, events);
                        } finally {
                            faults.disarm();
                        }
                    });
            if (!failed) {
                assertEquals(Option.some(new Versioned<>(paid.state(), 2)), store.accounts().load(A1),
                        "with fewer writes than " + n + " the save is whole");
                break;
            }
            writesFailed++;
            assertAccountAsItWas(store, opened.state(), "write " + n);
        }
        assertTrue(!writeFaults().injects() || writesFailed >= 2,
                "a store that writes fails part-way at each of its writes; failed at " + writesFailed);
        for (int n = 1; n < events.size(); n++) {
            Ports store = emptyStore();
            store.accounts().save(opened, Versioned.NEW);
            Relay.drain(store.outbox());
            Seq<AccountEvent> faulty = failingAfter(n, events);
            assertTrue(hostCommitsPastAFailedSave(store, () -> store.accounts().save(opened("A-2"), Versioned.NEW),
                    () -> store.accounts().save(paid.state(), 1, faulty)), "event " + (n + 1) + " failed the save");
            assertAccountAsItWas(store, opened.state(), "event " + (n + 1));
        }
    }

    static void assertAccountAsItWas(Ports store, Account before, String failedAt) {
        assertEquals(Option.some(new Versioned<>(before, 1)), store.accounts().load(A1), failedAt);
        assertEquals(Option.some(1L), store.accounts().load(AccountId.of("A-2")).map(Versioned::version), failedAt);
        assertEquals(List.of("account/A-2/1/0"), pendingIds(store), failedAt + ": only the committed save's event");
    }

    /** As for an account: a service order moved on, failing at each of the store's writes in turn. */
    @Test
    void a_service_order_save_failing_at_any_write_leaves_the_order_as_it_was_and_no_event() {
        Changed<ServiceOrder, ServiceOrderEvent> order = accepted("SO-1");
        Changed<ServiceOrder, ServiceOrderEvent> moved = dispatched(order.state());
        for (int n = 1; ; n++) {
            Ports store = emptyStore();
            WriteFaults faults = writeFaults();
            store.serviceOrders().save(order, Versioned.NEW);
            Relay.drain(store.outbox());
            int write = n;
            boolean failed = hostCommitsPastAFailedSave(store,
                    () -> store.serviceOrders().save(accepted("SO-2"), Versioned.NEW),
                    () -> {
                        faults.failWrite(write);
                        try {
                            store.serviceOrders().save(moved.state(), 1, moved.events());
                        } finally {
                            faults.disarm();
                        }
                    });
            if (!failed) {
                assertEquals(Option.some(new Versioned<>(moved.state(), 2)), store.serviceOrders().load(SO1));
                assertTrue(!faults.injects() || n >= 3, "the save wrote at least its row and its event: " + n);
                break;
            }
            assertEquals(Option.some(new Versioned<>(order.state(), 1)), store.serviceOrders().load(SO1), "write " + n);
            assertEquals(List.of("service-order/SO-2/1/0"), pendingIds(store), "write " + n);
        }
    }

    // ---- concurrent transactions across ports -------------------------------------------------------------------

    // 8 writers x 25 transactions: each transaction loads an order and an account that both grow with every commit
    // (a JDBC adapter parses both documents on every load), so 200 commits and their retries stay within seconds over
    // JDBC while 8 writers on the same two aggregates still collide constantly.
    static final int WRITERS = 8;
    static final int TRANSACTIONS_PER_WRITER = 25;

    static StaffId staff(int writer) {
        return StaffId.of("W-" + writer);
    }

    static EntryReference claim(int writer, int update) {
        return EntryReference.of("CL-W" + writer + "-" + update);
    }

    /**
     * Writers that each, in one transaction, pause and resume an order's clock and credit the account the
     * compensation goes to, as a host would: load the account then the order, run the commands, save the order
     * then the account, and start again on a conflict of either. The account is loaded first so that it can be stale
     * while the order is fresh: the order's save then succeeds and the account's is refused, and the transaction must
     * undo the order's. Whatever the interleaving, every transaction is stored whole or not at all.
     */
    @Test
    void eight_writers_each_changing_an_order_and_an_account_in_one_transaction_never_store_half_of_one()
            throws Exception {
        Ports store = emptyStore();
        store.serviceOrders().save(accepted("SO-1"), Versioned.NEW);
        store.accounts().save(opened("A-1"), Versioned.NEW);
        Relay.drain(store.outbox());

        Race.Outcome outcome = Race.run(WRITERS, TRANSACTIONS_PER_WRITER, () -> store.accounts().load(A1).get(),
                (writer, update, account) -> {
                    Versioned<ServiceOrder> order = store.serviceOrders().load(SO1).get();
                    Changed<ServiceOrder, ServiceOrderEvent> paused = ServiceOrderGenerators.pausedAndResumed(
                            order.aggregate(), PauseReason.SITE_NOT_READY, staff(writer));
                    Changed<Account, AccountEvent> credited = account.aggregate().postCompensationCredit(
                            claim(writer, update), Money.ofFen(100), T0).get();
                    return store.transactions().inTransaction(() ->
                            store.serviceOrders().save(paused, order.version())
                                    .flatMap(v -> store.accounts().save(credited, account.version())));
                });

        outcome.assertEveryUpdateStoredOnce(1);
        for (Race.Refused refusal : outcome.refused()) {
            SaveConflict conflict = refusal.conflict();
            assertTrue(conflict.equals(new SaveConflict("account", "A-1", refusal.expected(), conflict.actual()))
                    || conflict.aggregateType().equals("service-order") && conflict.id().equals("SO-1"),
                    "a refusal names the order, or the account and the version the writer loaded: "
                            + conflict.message());
        }
        long commits = WRITERS * TRANSACTIONS_PER_WRITER;
        Versioned<ServiceOrder> order = store.serviceOrders().load(SO1).get();
        Versioned<Account> account = store.accounts().load(A1).get();
        assertEquals(1 + commits, order.version(), "one order version per committed transaction");
        assertEquals(1 + commits, account.version(), "one account version per committed transaction");
        Seq<Pause> pauses = order.aggregate().pauses().pauses();
        assertEquals(outcome.accepted().map(a -> staff(a.writer())), pauses.map(Pause::recordedBy),
                "the pauses of the committed transactions, in commit order");
        assertEquals(outcome.accepted().map(a -> claim(a.writer(), a.update())),
                account.aggregate().ledger().entries().map(LedgerEntry::reference),
                "the credits of the same transactions, in the same order");
        assertEquals(outcome.accepted().flatMap(a -> List.of(new EventId("service-order", "SO-1", a.version(), 0),
                        new EventId("service-order", "SO-1", a.version(), 1),
                        new EventId("account", "A-1", a.version(), 0))),
                Relay.drain(store.outbox()).map(OutboxMessage::id),
                "each transaction's events together, in save order, the transactions in commit order");
    }
}
