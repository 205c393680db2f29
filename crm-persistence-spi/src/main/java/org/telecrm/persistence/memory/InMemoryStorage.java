package org.telecrm.persistence.memory;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.SortedSet;
import io.vavr.collection.TreeMap;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.telecrm.account.Account;
import org.telecrm.account.AccountId;
import org.telecrm.account.group.BillingGroup;
import org.telecrm.customer.CustomerId;
import org.telecrm.persistence.Page;
import org.telecrm.persistence.PageRequest;
import org.telecrm.persistence.SaveConflict;
import org.telecrm.persistence.Transactions;
import org.telecrm.persistence.Versioned;
import org.telecrm.persistence.accounts.Accounts;
import org.telecrm.persistence.json.AccountJson;
import org.telecrm.persistence.json.CustomerJson;
import org.telecrm.persistence.contracts.SlaContracts;
import org.telecrm.sla.contract.SlaContract;
import org.telecrm.persistence.customers.Customers;
import org.telecrm.customer.AccountManagerId;
import org.telecrm.customer.aggregate.Customer;
import org.telecrm.customer.region.CityCode;
import org.telecrm.customer.region.Province;
import org.telecrm.order.aggregate.ServiceOrder;
import org.telecrm.order.outage.MassOutage;
import org.telecrm.persistence.groups.BillingGroups;
import org.telecrm.persistence.outages.MassOutages;
import org.telecrm.persistence.orders.ServiceOrders;
import org.telecrm.persistence.outbox.EventId;
import org.telecrm.persistence.outbox.Outbox;
import org.telecrm.persistence.outbox.OutboxMessage;
import org.telecrm.persistence.purposes.PurposeRegisters;
import org.telecrm.privacy.purpose.PurposeRegister;
import org.telecrm.persistence.protection.KeyRotation;
import org.telecrm.persistence.protection.PersonalDataCipher;
import org.telecrm.persistence.protection.PersonalDataKeys;

import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The embedded default storage: every port, the outbox and the transaction boundary, in memory, thread-safe, with
 * nothing to set up. What the examples and a new user get; it forgets everything when the JVM ends.
 *
 * <h2>Isolation</h2>
 * <ul>
 *   <li><b>One writer at a time.</b> A transaction ({@link #inTransaction}, or a single save or
 *       {@link Outbox#markDelivered} outside one) holds the store's write lock from start to end; other writers
 *       wait. Transactions are therefore serializable.</li>
 *   <li><b>Readers see committed state</b> and never wait: a load or query outside a transaction reads the latest
 *       committed snapshot (an immutable value published atomically on commit), so it never sees half of a
 *       transaction. Inside a transaction, the transaction's own reads see its own uncommitted writes.</li>
 *   <li><b>Atomic commit.</b> A transaction's aggregates and outbox messages are published together when the work
 *       returns {@code Right}; on {@code Left} or an exception nothing of it is published. A nested
 *       {@code inTransaction} joins the outer one; when it fails, its own writes are undone (a savepoint).</li>
 *   <li><b>Optimistic versions still apply</b>: a save whose expected version is not the stored one is a
 *       {@link SaveConflict} (the lock serialises writers, it does not make a stale load fresh).</li>
 * </ul>
 * Aggregates are immutable, so the store keeps the instances it is given, except customers: they hold personal data,
 * so the store keeps each customer's JSON with its personal values sealed by the store's {@link #cipher()} (as the
 * JDBC adapter's rows do; a load opens them) and, in clear beside it, only what the queries select by; the outbox
 * keeps each event's JSON ({@link AccountJson#outboxMessages}), a customer event's personal values sealed too.
 * Customers are found by identity document through the cipher's keyed hash. {@link #heldAsText()} is what it holds.
 *
 * <pre>{@code
 * InMemoryStorage storage = new InMemoryStorage();
 * Accounts accounts = storage.accounts();
 * accounts.save(Account.open(id, owner, terms, t0).get(), Versioned.NEW);   // Right(1)
 * storage.outbox().pending(10);                                             // [AccountOpened as JSON]
 * }</pre>
 */
public final class InMemoryStorage implements Transactions {

    /** Everything stored, as one immutable value: a transaction works on a copy and publishes it on commit. */
    record State(Map<AccountId, Versioned<Account>> accounts,
                         Map<CustomerId, SortedSet<AccountId>> accountsByOwner,
                         TreeMap<String, Versioned<StoredCustomer>> customers,
                         TreeMap<String, Versioned<SlaContract>> contracts,
                         TreeMap<String, Versioned<ServiceOrder>> orders,
                         TreeMap<Long, OutboxMessage> pending,
                         Map<EventId, Long> pendingPositions,
                         long nextPosition,
                         Map<String, SortedSet<String>> customersByDocument,
                         TreeMap<String, Versioned<PurposeRegister>> purposes,
                         TreeMap<String, Versioned<MassOutage>> outages,
                         TreeMap<String, Versioned<BillingGroup>> groups) {

        static final State EMPTY = new State(HashMap.empty(), HashMap.empty(), TreeMap.empty(), TreeMap.empty(),
                TreeMap.empty(), TreeMap.empty(), HashMap.empty(), 0L, HashMap.empty(), TreeMap.empty(), TreeMap.empty(),
                TreeMap.empty());

        State append(Seq<OutboxMessage> messages) {
            TreeMap<Long, OutboxMessage> p = pending;
            Map<EventId, Long> positions = pendingPositions;
            long next = nextPosition;
            for (OutboxMessage message : messages) {
                p = p.put(next, message);
                positions = positions.put(message.id(), next);
                next++;
            }
            return new State(accounts, accountsByOwner, customers, contracts, orders, p, positions, next, customersByDocument, purposes, outages, groups);
        }

        State withAccounts(Map<AccountId, Versioned<Account>> accounts, Map<CustomerId, SortedSet<AccountId>> byOwner) {
            return new State(accounts, byOwner, customers, contracts, orders, pending, pendingPositions, nextPosition, customersByDocument, purposes, outages, groups);
        }

        State withCustomers(TreeMap<String, Versioned<StoredCustomer>> customers) {
            return new State(accounts, accountsByOwner, customers, contracts, orders, pending, pendingPositions, nextPosition, customersByDocument, purposes, outages, groups);
        }

        State withContracts(TreeMap<String, Versioned<SlaContract>> contracts) {
            return new State(accounts, accountsByOwner, customers, contracts, orders, pending, pendingPositions, nextPosition, customersByDocument, purposes, outages, groups);
        }

        State withOrders(TreeMap<String, Versioned<ServiceOrder>> orders) {
            return new State(accounts, accountsByOwner, customers, contracts, orders, pending, pendingPositions,
                    nextPosition, customersByDocument, purposes, outages, groups);
        }

        State withCustomersByDocument(Map<String, SortedSet<String>> byDocument) {
            return new State(accounts, accountsByOwner, customers, contracts, orders, pending, pendingPositions,
                    nextPosition, byDocument, purposes, outages, groups);
        }

        State withPurposes(TreeMap<String, Versioned<PurposeRegister>> purposes) {
            return new State(accounts, accountsByOwner, customers, contracts, orders, pending, pendingPositions,
                    nextPosition, customersByDocument, purposes, outages, groups);
        }

        State withOutages(TreeMap<String, Versioned<MassOutage>> outages) {
            return new State(accounts, accountsByOwner, customers, contracts, orders, pending, pendingPositions,
                    nextPosition, customersByDocument, purposes, outages, groups);
        }

        State withGroups(TreeMap<String, Versioned<BillingGroup>> groups) {
            return new State(accounts, accountsByOwner, customers, contracts, orders, pending, pendingPositions,
                    nextPosition, customersByDocument, purposes, outages, groups);
        }

        State withPending(TreeMap<Long, OutboxMessage> pending, Map<EventId, Long> positions) {
            return new State(accounts, accountsByOwner, customers, contracts, orders, pending, positions, nextPosition, customersByDocument, purposes, outages, groups);
        }
    }

    private final PersonalDataCipher cipher;
    private final ReentrantLock writer = new ReentrantLock();
    private final ThreadLocal<State> working = new ThreadLocal<>();
    private volatile State committed = State.EMPTY;

    private final Accounts accounts = new MemoryAccounts(this);
    private final Customers customers = new MemoryCustomers(this);
    private final SlaContracts contracts = new MemoryContracts(this);
    private final ServiceOrders orders = new MemoryOrders(this);
    private final Outbox outbox = new MemoryOutbox(this);
    private final PurposeRegisters purposes = new MemoryPurposes(this);
    private final MassOutages outages = new MemoryOutages(this);
    private final BillingGroups groups = new MemoryGroups(this);
    private final InMemoryAuditTrail audit = new InMemoryAuditTrail();

    /**
     * A store whose personal data is sealed with keys generated for it alone ({@link PersonalDataCipher#ephemeral()}):
     * they end with it, as its data does.
     */
    public InMemoryStorage() {
        this(PersonalDataCipher.ephemeral());
    }

    /**
     * A store whose outbox seals personal data with the host's {@code keys}, and whose document lookups use their
     * HMAC key.
     */
    public InMemoryStorage(PersonalDataKeys keys) {
        this(PersonalDataCipher.of(keys));
    }

    private InMemoryStorage(PersonalDataCipher cipher) {
        this.cipher = Objects.requireNonNull(cipher, "cipher");
    }

    /** The audit trail of accesses to personal data ({@code org.telecrm.persistence.access.ScopedCustomers}). */
    public InMemoryAuditTrail auditTrail() {
        return audit;
    }

    /** The cipher the outbox's customer events are sealed with: a relay opens them with it. */
    public PersonalDataCipher cipher() {
        return cipher;
    }

    /**
     * A customer as this store holds it: its JSON with every personal value sealed ({@link CustomerJson#write}), and
     * beside it, in clear, only what the queries select by (as a database adapter's columns): city, province,
     * current account manager, and the keyed lookup hashes of the identity document and of the documents it held
     * before a re-issue ({@code Customer.formerDocuments()}), which the duplicate lookup finds it by too.
     */
    record StoredCustomer(String state, CityCode city, Province province, Option<AccountManagerId> manager,
                                  String documentLookup, io.vavr.collection.Seq<String> formerLookups) {

        /** Every lookup hash the customer is found by: the current document's, then the former ones'. */
        io.vavr.collection.Seq<String> lookups() {
            return formerLookups.prepend(documentLookup).distinct();
        }
    }

    StoredCustomer stored(Customer customer) {
        return new StoredCustomer(CustomerJson.write(customer, cipher), customer.city(), customer.province(),
                customer.currentManager(), cipher.documentLookup(customer.document()),
                customer.formerDocuments().map(cipher::documentLookup));
    }

    Versioned<Customer> opened(Versioned<StoredCustomer> stored) {
        return new Versioned<>(CustomerJson.read(stored.aggregate().state(), cipher).getOrElseThrow(e ->
                new IllegalStateException("the store's own customer document cannot be read back: " + e.message())),
                stored.version());
    }

    /**
     * Re-sealing under the current key: every stored customer and every pending customer event of the outbox whose
     * values are sealed under another key (the other aggregates hold no personal value).
     */
    public KeyRotation keyRotation() {
        return () -> write(state -> {
            TreeMap<String, Versioned<StoredCustomer>> customers = state.customers();
            long records = 0;
            for (Tuple2<String, Versioned<StoredCustomer>> customer : state.customers()) {
                StoredCustomer held = customer._2.aggregate();
                Option<String> resealed = CustomerJson.resealed(held.state(), cipher)
                        .getOrElseThrow(e -> new IllegalStateException("the store's own customer " + customer._1
                                + " cannot be read back: " + e.message()));
                if (resealed.isDefined()) {
                    customers = customers.put(customer._1, new Versioned<>(new StoredCustomer(resealed.get(),
                            held.city(), held.province(), held.manager(), held.documentLookup(), held.formerLookups()),
                            customer._2.version()));
                    records++;
                }
            }
            TreeMap<Long, OutboxMessage> pending = state.pending();
            long rewritten = 0;
            for (Tuple2<Long, OutboxMessage> message : state.pending()) {
                if (!message._2.id().aggregateType().equals(Customers.TYPE)) {
                    continue;
                }
                Option<String> resealed = CustomerJson.resealed(message._2.payload(), cipher)
                        .getOrElseThrow(e -> new IllegalStateException("the outbox's own message "
                                + message._2.id().value() + " cannot be read back: " + e.message()));
                if (resealed.isDefined()) {
                    OutboxMessage m = message._2;
                    pending = pending.put(message._1, new OutboxMessage(m.id(), m.type(), m.occurredAt(),
                            resealed.get()));
                    rewritten++;
                }
            }
            return Either.<Void, Tuple2<State, KeyRotation.Rotated>>right(Tuple.of(
                    state.withCustomers(customers).withPending(pending, state.pendingPositions()),
                    new KeyRotation.Rotated(records, rewritten)));
        }).get();
    }

    /**
     * Everything personal this store holds, as the text it holds it in: each customer's stored document and lookup
     * hashes, and the outbox's messages, one a line. What a look into the process's memory would find; the kit's raw
     * scan reads it.
     */
    public String heldAsText() {
        State state = read();
        return state.customers().values().map(v -> v.aggregate().lookups().mkString(" ") + " " + v.aggregate().state())
                .appendAll(state.pending().values().map(OutboxMessage::toString)).mkString("\n");
    }

    /** The transaction boundary of this store (the store itself). */
    public Transactions transactions() {
        return this;
    }

    public Accounts accounts() {
        return accounts;
    }

    public Customers customers() {
        return customers;
    }

    public SlaContracts slaContracts() {
        return contracts;
    }

    public ServiceOrders serviceOrders() {
        return orders;
    }

    public Outbox outbox() {
        return outbox;
    }

    /** The customers' purpose registers. */
    public PurposeRegisters purposeRegisters() {
        return purposes;
    }

    /** The billing groups (a headquarters' account paying for chosen branch accounts). */
    public BillingGroups billingGroups() {
        return groups;
    }

    /** The mass outages (issue 15, item 4). */
    public MassOutages massOutages() {
        return outages;
    }

    @Override
    public <L, R> Either<L, R> inTransaction(Supplier<Either<L, R>> work) {
        Objects.requireNonNull(work, "work");
        State outer = working.get();
        if (outer != null) {
            return savepoint(work, outer);
        }
        writer.lock();
        try {
            working.set(committed);
            Either<L, R> result = Objects.requireNonNull(work.get(), "the work's result");
            if (result.isRight()) {
                committed = working.get();
            }
            return result;
        } finally {
            working.remove();
            writer.unlock();
        }
    }

    private <L, R> Either<L, R> savepoint(Supplier<Either<L, R>> work, State before) {
        boolean done = false;
        try {
            Either<L, R> result = Objects.requireNonNull(work.get(), "the work's result");
            done = result.isRight();
            return result;
        } finally {
            if (!done) {
                working.set(before);
            }
        }
    }

    /** The state this thread sees: its transaction's, or the latest committed. */
    State read() {
        State state = working.get();
        return state != null ? state : committed;
    }

    /** Runs a change of the state in a transaction (joining the current one, if any). */
    <L, R> Either<L, R> write(Function<State, Either<L, Tuple2<State, R>>> change) {
        return inTransaction(() -> change.apply(working.get()).map(next -> {
            working.set(next._1);
            return next._2;
        }));
    }

    static <T> Page<T> page(SortedSet<String> keys, PageRequest request, Function<String, T> item) {
        Seq<String> after = request.cursor().fold(keys::toList, cursor -> keys.dropUntil(k -> k.compareTo(cursor) > 0)
                .toList());
        return Page.of(after.take(request.size()).map(item), request, after.size() > request.size(),
                ignored -> after.take(request.size()).last());
    }

    /**
     * A save into a map keyed by id text: the versions checked, the aggregate stored, its outbox messages appended.
     */
    static <A> Either<SaveConflict, Tuple2<State, Long>> saveKeyed(
            State state, String type, String key, A aggregate, long expectedVersion,
            Function<State, TreeMap<String, Versioned<A>>> map,
            java.util.function.BiFunction<State, TreeMap<String, Versioned<A>>, State> with,
            Function<Long, Seq<OutboxMessage>> messages) {
        long actual = map.apply(state).get(key).map(Versioned::version).getOrElse(0L);
        if (actual != expectedVersion) {
            return Either.left(new SaveConflict(type, key, expectedVersion, actual));
        }
        long version = expectedVersion + 1;
        State next = with.apply(state, map.apply(state).put(key, new Versioned<>(aggregate, version)))
                .append(messages.apply(version));
        return Either.right(Tuple.of(next, version));
    }

    /** The matches of a scan of a map keyed by id text, a page at a time. */
    static <A> Page<Versioned<A>> where(TreeMap<String, Versioned<A>> map, Predicate<A> match,
                                                PageRequest request, Function<A, String> keyOf) {
        Seq<Versioned<A>> after = request.cursor()
                .fold(() -> map, cursor -> map.dropUntil(e -> e._1.compareTo(cursor) > 0))
                .values().filter(v -> match.test(v.aggregate())).take(request.size() + 1).toList();
        return Page.of(after.take(request.size()), request, after.size() > request.size(),
                v -> keyOf.apply(v.aggregate()));
    }
}
