package org.telecrm.persistence.memory;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.SortedSet;
import io.vavr.collection.TreeMap;
import io.vavr.collection.TreeSet;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.telecrm.account.Account;
import org.telecrm.account.AccountEvent;
import org.telecrm.account.AccountId;
import org.telecrm.customer.CustomerId;
import org.telecrm.persistence.Page;
import org.telecrm.persistence.PageRequest;
import org.telecrm.persistence.SaveConflict;
import org.telecrm.persistence.Transactions;
import org.telecrm.persistence.Versioned;
import org.telecrm.persistence.accounts.Accounts;
import org.telecrm.persistence.accounts.LedgerRewriteRefused;
import org.telecrm.persistence.json.AccountJson;
import org.telecrm.persistence.json.CustomerJson;
import org.telecrm.persistence.json.SlaContractJson;
import org.telecrm.persistence.contracts.SlaContracts;
import org.telecrm.sla.SlaContractId;
import org.telecrm.sla.contract.SlaContract;
import org.telecrm.sla.contract.SlaContractEvent;
import org.telecrm.persistence.customers.Customers;
import org.telecrm.customer.AccountManagerId;
import org.telecrm.customer.aggregate.Customer;
import org.telecrm.customer.aggregate.CustomerEvent;
import org.telecrm.customer.identity.IdentityDocument;
import org.telecrm.customer.region.CityCode;
import org.telecrm.customer.region.Province;
import org.telecrm.order.aggregate.Node;
import org.telecrm.order.aggregate.ServiceOrder;
import org.telecrm.order.aggregate.ServiceOrderEvent;
import org.telecrm.order.aggregate.ServiceOrderId;
import org.telecrm.persistence.json.ServiceOrderJson;
import org.telecrm.persistence.orders.ServiceOrders;
import org.telecrm.persistence.outbox.EventId;
import org.telecrm.persistence.outbox.Outbox;
import org.telecrm.persistence.outbox.OutboxMessage;
import org.telecrm.persistence.json.PurposeRegisterJson;
import org.telecrm.persistence.purposes.PurposeRegisters;
import org.telecrm.privacy.purpose.PurposeEvent;
import org.telecrm.privacy.purpose.PurposeRegister;
import org.telecrm.persistence.protection.KeyRotation;
import org.telecrm.persistence.protection.PersonalDataCipher;
import org.telecrm.persistence.protection.PersonalDataKeys;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
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
    private record State(Map<AccountId, Versioned<Account>> accounts,
                         Map<CustomerId, SortedSet<AccountId>> accountsByOwner,
                         TreeMap<String, Versioned<StoredCustomer>> customers,
                         TreeMap<String, Versioned<SlaContract>> contracts,
                         TreeMap<String, Versioned<ServiceOrder>> orders,
                         TreeMap<Long, OutboxMessage> pending,
                         Map<EventId, Long> pendingPositions,
                         long nextPosition,
                         Map<String, SortedSet<String>> customersByDocument,
                         TreeMap<String, Versioned<PurposeRegister>> purposes) {

        static final State EMPTY = new State(HashMap.empty(), HashMap.empty(), TreeMap.empty(), TreeMap.empty(),
                TreeMap.empty(), TreeMap.empty(), HashMap.empty(), 0L, HashMap.empty(), TreeMap.empty());

        State append(Seq<OutboxMessage> messages) {
            TreeMap<Long, OutboxMessage> p = pending;
            Map<EventId, Long> positions = pendingPositions;
            long next = nextPosition;
            for (OutboxMessage message : messages) {
                p = p.put(next, message);
                positions = positions.put(message.id(), next);
                next++;
            }
            return new State(accounts, accountsByOwner, customers, contracts, orders, p, positions, next, customersByDocument, purposes);
        }

        State withAccounts(Map<AccountId, Versioned<Account>> accounts, Map<CustomerId, SortedSet<AccountId>> byOwner) {
            return new State(accounts, byOwner, customers, contracts, orders, pending, pendingPositions, nextPosition, customersByDocument, purposes);
        }

        State withCustomers(TreeMap<String, Versioned<StoredCustomer>> customers) {
            return new State(accounts, accountsByOwner, customers, contracts, orders, pending, pendingPositions, nextPosition, customersByDocument, purposes);
        }

        State withContracts(TreeMap<String, Versioned<SlaContract>> contracts) {
            return new State(accounts, accountsByOwner, customers, contracts, orders, pending, pendingPositions, nextPosition, customersByDocument, purposes);
        }

        State withOrders(TreeMap<String, Versioned<ServiceOrder>> orders) {
            return new State(accounts, accountsByOwner, customers, contracts, orders, pending, pendingPositions,
                    nextPosition, customersByDocument, purposes);
        }

        State withCustomersByDocument(Map<String, SortedSet<String>> byDocument) {
            return new State(accounts, accountsByOwner, customers, contracts, orders, pending, pendingPositions,
                    nextPosition, byDocument, purposes);
        }

        State withPurposes(TreeMap<String, Versioned<PurposeRegister>> purposes) {
            return new State(accounts, accountsByOwner, customers, contracts, orders, pending, pendingPositions,
                    nextPosition, customersByDocument, purposes);
        }

        State withPending(TreeMap<Long, OutboxMessage> pending, Map<EventId, Long> positions) {
            return new State(accounts, accountsByOwner, customers, contracts, orders, pending, positions, nextPosition, customersByDocument, purposes);
        }
    }

    private final PersonalDataCipher cipher;
    private final ReentrantLock writer = new ReentrantLock();
    private final ThreadLocal<State> working = new ThreadLocal<>();
    private volatile State committed = State.EMPTY;

    private final Accounts accounts = new MemoryAccounts();
    private final Customers customers = new MemoryCustomers();
    private final SlaContracts contracts = new MemoryContracts();
    private final ServiceOrders orders = new MemoryOrders();
    private final Outbox outbox = new MemoryOutbox();
    private final PurposeRegisters purposes = new MemoryPurposes();
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
     * current account manager, and the keyed lookup hash of the identity document.
     */
    private record StoredCustomer(String state, CityCode city, Province province, Option<AccountManagerId> manager,
                                  String documentLookup) {
    }

    private StoredCustomer stored(Customer customer) {
        return new StoredCustomer(CustomerJson.write(customer, cipher), customer.city(), customer.province(),
                customer.currentManager(), cipher.documentLookup(customer.document()));
    }

    private Versioned<Customer> opened(Versioned<StoredCustomer> stored) {
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
                            held.city(), held.province(), held.manager(), held.documentLookup()),
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
     * hash, and the outbox's messages, one a line. What a look into the process's memory would find; the kit's raw
     * scan reads it.
     */
    public String heldAsText() {
        State state = read();
        return state.customers().values().map(v -> v.aggregate().documentLookup() + " " + v.aggregate().state())
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
    private State read() {
        State state = working.get();
        return state != null ? state : committed;
    }

    /** Runs a change of the state in a transaction (joining the current one, if any). */
    private <L, R> Either<L, R> write(Function<State, Either<L, Tuple2<State, R>>> change) {
        return inTransaction(() -> change.apply(working.get()).map(next -> {
            working.set(next._1);
            return next._2;
        }));
    }

    private static <T> Page<T> page(SortedSet<String> keys, PageRequest request, Function<String, T> item) {
        Seq<String> after = request.cursor().fold(keys::toList, cursor -> keys.dropUntil(k -> k.compareTo(cursor) > 0)
                .toList());
        return Page.of(after.take(request.size()).map(item), request, after.size() > request.size(),
                ignored -> after.take(request.size()).last());
    }

    /**
     * A save into a map keyed by id text: the versions checked, the aggregate stored, its outbox messages appended.
     */
    private static <A> Either<SaveConflict, Tuple2<State, Long>> saveKeyed(
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
    private static <A> Page<Versioned<A>> where(TreeMap<String, Versioned<A>> map, Predicate<A> match,
                                                PageRequest request, Function<A, String> keyOf) {
        Seq<Versioned<A>> after = request.cursor()
                .fold(() -> map, cursor -> map.dropUntil(e -> e._1.compareTo(cursor) > 0))
                .values().filter(v -> match.test(v.aggregate())).take(request.size() + 1).toList();
        return Page.of(after.take(request.size()), request, after.size() > request.size(),
                v -> keyOf.apply(v.aggregate()));
    }

    // ---- accounts -----------------------------------------------------------------------------------------------

    private final class MemoryAccounts implements Accounts {

        @Override
        public Option<Versioned<Account>> load(AccountId id) {
            return read().accounts().get(Objects.requireNonNull(id, "id"));
        }

        @Override
        public Either<SaveConflict, Long> save(Account account, long expectedVersion, Seq<AccountEvent> events) {
            Objects.requireNonNull(account, "account");
            Objects.requireNonNull(events, "events");
            return write(state -> {
                long actual = state.accounts().get(account.getId()).map(Versioned::version).getOrElse(0L);
                if (actual != expectedVersion) {
                    return Either.left(new SaveConflict(TYPE, account.getId().value(), expectedVersion, actual));
                }
                long version = expectedVersion + 1;
                Map<CustomerId, SortedSet<AccountId>> byOwner = state.accountsByOwner();
                Option<Versioned<Account>> previous = state.accounts().get(account.getId());
                previous.forEach(stored -> LedgerRewriteRefused.requireAppendOnly(stored.aggregate(), account));
                if (previous.isDefined() && !previous.get().aggregate().owner().equals(account.owner())) {
                    CustomerId old = previous.get().aggregate().owner();
                    byOwner = byOwner.put(old, byOwner.get(old).get().remove(account.getId()));
                }
                byOwner = byOwner.put(account.owner(), byOwner.get(account.owner())
                        .getOrElse(TreeSet.empty()).add(account.getId()));
                State next = state.withAccounts(
                                state.accounts().put(account.getId(), new Versioned<>(account, version)), byOwner)
                        .append(AccountJson.outboxMessages(account.getId(), version, events));
                return Either.right(Tuple.of(next, version));
            });
        }

        @Override
        public Page<Versioned<Account>> byCustomer(CustomerId customer, PageRequest page) {
            State state = read();
            SortedSet<String> ids = state.accountsByOwner().get(Objects.requireNonNull(customer, "customer"))
                    .map(set -> (SortedSet<String>) TreeSet.ofAll(set.map(AccountId::value)))
                    .getOrElse(TreeSet.empty());
            return page(ids, page, id -> state.accounts().get(AccountId.of(id)).get());
        }
    }

    // ---- customers ----------------------------------------------------------------------------------------------

    /**
     * Customers are kept by id in order; the queries scan them (a database adapter indexes the columns instead) and
     * page the matches.
     */
    private final class MemoryCustomers implements Customers {

        @Override
        public Option<Versioned<Customer>> load(CustomerId id) {
            return read().customers().get(Objects.requireNonNull(id, "id").value()).map(InMemoryStorage.this::opened);
        }

        @Override
        public Either<SaveConflict, Long> save(Customer customer, long expectedVersion, Seq<CustomerEvent> events) {
            Objects.requireNonNull(customer, "customer");
            Objects.requireNonNull(events, "events");
            String key = customer.getId().value();
            StoredCustomer held = stored(customer);
            return write(state -> {
                Option<String> before = state.customers().get(key).map(v -> v.aggregate().documentLookup());
                return saveKeyed(state, TYPE, key, held, expectedVersion, State::customers, State::withCustomers,
                        version -> CustomerJson.outboxMessages(customer.getId(), version, events, cipher))
                        .map(saved -> saved.map1(next -> erased(next.withCustomersByDocument(
                                indexed(next.customersByDocument(), before, held.documentLookup(), key)), key,
                                saved._2, events)));
            });
        }

        /**
         * The state without the outbox messages of customer {@code key} saved before {@code version} that an erasure
         * among {@code events} erases ({@link CustomerJson#erasedBy}).
         */
        private State erased(State state, String key, long version, Seq<CustomerEvent> events) {
            Seq<CustomerEvent> erasures = events.filter(CustomerJson::isErasure);
            if (erasures.isEmpty()) {
                return state;
            }
            TreeMap<Long, OutboxMessage> pending = state.pending();
            Map<EventId, Long> positions = state.pendingPositions();
            for (Tuple2<Long, OutboxMessage> message : state.pending()) {
                EventId id = message._2.id();
                if (id.aggregateType().equals(TYPE) && id.aggregateId().equals(key) && id.version() < version
                        && erasures.exists(e -> CustomerJson.erasedBy(message._2.payload(), e))) {
                    pending = pending.remove(message._1);
                    positions = positions.remove(id);
                }
            }
            return state.withPending(pending, positions);
        }

        /** The document index with {@code key} moved from the lookup {@code before} (if any) to {@code after}. */
        private Map<String, SortedSet<String>> indexed(Map<String, SortedSet<String>> index, Option<String> before,
                                                       String after, String key) {
            Map<String, SortedSet<String>> without = before.fold(() -> index, old -> {
                SortedSet<String> rest = index.get(old).getOrElse(TreeSet.empty()).remove(key);
                return rest.isEmpty() ? index.remove(old) : index.put(old, rest);
            });
            return without.put(after, without.get(after).getOrElse(TreeSet.empty()).add(key));
        }

        /** The matches by what is held in clear beside each document; only the page's customers are opened. */
        private Page<Versioned<Customer>> where(Predicate<StoredCustomer> match, PageRequest request) {
            TreeMap<String, Versioned<StoredCustomer>> customers = read().customers();
            Seq<Tuple2<String, Versioned<StoredCustomer>>> after = request.cursor()
                    .fold(() -> customers, cursor -> customers.dropUntil(e -> e._1.compareTo(cursor) > 0))
                    .filter(e -> match.test(e._2.aggregate())).take(request.size() + 1).toList();
            return Page.of(after.take(request.size()).map(e -> opened(e._2)), request, after.size() > request.size(),
                    v -> v.aggregate().getId().value());
        }

        @Override
        public Page<Versioned<Customer>> byAccountManager(AccountManagerId manager, PageRequest page) {
            Objects.requireNonNull(manager, "manager");
            return where(c -> c.manager().contains(manager), page);
        }

        @Override
        public Page<Versioned<Customer>> byCity(CityCode city, PageRequest page) {
            Objects.requireNonNull(city, "city");
            return where(c -> c.city().equals(city), page);
        }

        @Override
        public Page<Versioned<Customer>> byProvince(Province province, PageRequest page) {
            Objects.requireNonNull(province, "province");
            return where(c -> c.province() == province, page);
        }

        @Override
        public Seq<Versioned<Customer>> byIdentityDocument(IdentityDocument document) {
            Objects.requireNonNull(document, "document");
            // found by the keyed hash, as a database adapter's lookup column finds them; equality of documents decides
            State state = read();
            return state.customersByDocument().get(cipher.documentLookup(document)).getOrElse(TreeSet.empty())
                    .toList().map(id -> opened(state.customers().get(id).get()))
                    .filter(v -> v.aggregate().document().equals(document));
        }
    }

    // ---- SLA contracts ------------------------------------------------------------------------------------------

    /** Contracts are kept by id in order; the queries scan them and page the matches. */
    private final class MemoryContracts implements SlaContracts {

        @Override
        public Option<Versioned<SlaContract>> load(SlaContractId id) {
            return read().contracts().get(Objects.requireNonNull(id, "id").value());
        }

        @Override
        public Either<SaveConflict, Long> save(SlaContract contract, long expectedVersion,
                                               Seq<SlaContractEvent> events) {
            Objects.requireNonNull(contract, "contract");
            Objects.requireNonNull(events, "events");
            return write(state -> saveKeyed(state, TYPE, contract.getId().value(), contract, expectedVersion,
                    State::contracts, State::withContracts,
                    version -> SlaContractJson.outboxMessages(contract.getId(), version, events)));
        }

        @Override
        public Page<Versioned<SlaContract>> byCustomer(CustomerId customer, PageRequest page) {
            Objects.requireNonNull(customer, "customer");
            return where(read().contracts(), c -> c.customer().equals(customer), page, c -> c.getId().value());
        }

        @Override
        public Page<Versioned<SlaContract>> inForceOn(LocalDate day, PageRequest page) {
            Objects.requireNonNull(day, "day");
            return where(read().contracts(), c -> c.covers(day), page, c -> c.getId().value());
        }
    }

    // ---- service orders -----------------------------------------------------------------------------------------

    /** Orders are kept by id in order; the queries scan them and page the matches. */
    private final class MemoryOrders implements ServiceOrders {

        @Override
        public Option<Versioned<ServiceOrder>> load(ServiceOrderId id) {
            return read().orders().get(Objects.requireNonNull(id, "id").value());
        }

        @Override
        public Either<SaveConflict, Long> save(ServiceOrder order, long expectedVersion,
                                               Seq<ServiceOrderEvent> events) {
            Objects.requireNonNull(order, "order");
            Objects.requireNonNull(events, "events");
            return write(state -> saveKeyed(state, TYPE, order.getId().value(), order, expectedVersion,
                    State::orders, State::withOrders,
                    version -> ServiceOrderJson.outboxMessages(order.getId(), version, events)));
        }

        private Page<Versioned<ServiceOrder>> where(Predicate<ServiceOrder> match, PageRequest request) {
            return InMemoryStorage.where(read().orders(), match, request, o -> o.getId().value());
        }

        @Override
        public Page<Versioned<ServiceOrder>> open(PageRequest page) {
            return where(ServiceOrder::isOpen, page);
        }

        @Override
        public Page<Versioned<ServiceOrder>> byContractAndMonth(SlaContractId contract, YearMonth month,
                                                                PageRequest page) {
            Objects.requireNonNull(contract, "contract");
            Objects.requireNonNull(month, "month");
            return where(o -> o.intake().contract().contains(contract) && acceptedOrCompletedIn(o, month), page);
        }

        @Override
        public Page<Versioned<ServiceOrder>> byMonth(YearMonth month, PageRequest page) {
            Objects.requireNonNull(month, "month");
            return where(o -> acceptedOrCompletedIn(o, month), page);
        }

        private static boolean acceptedOrCompletedIn(ServiceOrder o, YearMonth month) {
            return io.vavr.collection.List.of(o.acceptedAt()).appendAll(o.completedAt())
                    .exists(at -> YearMonth.from(at.atZone(o.basis().zone())).equals(month));
        }

        @Override
        public Page<Versioned<ServiceOrder>> dueForReturnVisit(Instant asOf, PageRequest page) {
            Objects.requireNonNull(asOf, "asOf");
            return where(o -> o.node().next(o.limits().delivery()).contains(Node.RETURN_VISITED)
                    && o.completedAt().exists(done -> !done.isAfter(asOf)), page);
        }
    }

    // ---- purpose registers --------------------------------------------------------------------------------------

    /** Registers are kept by customer id. */
    private final class MemoryPurposes implements PurposeRegisters {

        @Override
        public Option<Versioned<PurposeRegister>> load(CustomerId customer) {
            return read().purposes().get(Objects.requireNonNull(customer, "customer").value());
        }

        @Override
        public Either<SaveConflict, Long> save(PurposeRegister register, long expectedVersion,
                                               Seq<PurposeEvent> events) {
            Objects.requireNonNull(register, "register");
            Objects.requireNonNull(events, "events");
            return write(state -> saveKeyed(state, TYPE, register.getId().value(), register, expectedVersion,
                    State::purposes, State::withPurposes,
                    version -> PurposeRegisterJson.outboxMessages(register.getId(), version, events)));
        }
    }

    // ---- outbox -------------------------------------------------------------------------------------------------

    private final class MemoryOutbox implements Outbox {

        @Override
        public Seq<OutboxMessage> pending(int limit) {
            if (limit < 1) {
                throw new IllegalArgumentException("limit must be 1 or more, was " + limit);
            }
            return read().pending().values().take(limit).toList();
        }

        @Override
        public void markDelivered(Seq<EventId> ids) {
            Objects.requireNonNull(ids, "ids");
            write(state -> {
                TreeMap<Long, OutboxMessage> pending = state.pending();
                Map<EventId, Long> positions = state.pendingPositions();
                for (EventId id : ids) {
                    Option<Long> position = positions.get(id);
                    if (position.isDefined()) {
                        pending = pending.remove(position.get());
                        positions = positions.remove(id);
                    }
                }
                return Either.<Void, Tuple2<State, Boolean>>right(Tuple.of(state.withPending(pending, positions), true));
            });
        }
    }
}
