package org.telecrm.persistence.memory;

import io.vavr.Tuple2;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.SortedSet;
import io.vavr.collection.TreeMap;
import io.vavr.collection.TreeSet;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.telecrm.customer.AccountManagerId;
import org.telecrm.customer.CustomerId;
import org.telecrm.customer.aggregate.Customer;
import org.telecrm.customer.aggregate.CustomerEvent;
import org.telecrm.customer.identity.IdentityDocument;
import org.telecrm.customer.region.CityCode;
import org.telecrm.customer.region.Province;
import org.telecrm.persistence.Page;
import org.telecrm.persistence.PageRequest;
import org.telecrm.persistence.SaveConflict;
import org.telecrm.persistence.Versioned;
import org.telecrm.persistence.customers.Customers;
import org.telecrm.persistence.json.CustomerJson;
import org.telecrm.persistence.outbox.EventId;
import org.telecrm.persistence.outbox.OutboxMessage;

import java.util.Objects;
import java.util.function.Predicate;

/**
 * Customers are kept by id in order; the queries scan them (a database adapter indexes the columns instead) and
 * page the matches.
 */
final class MemoryCustomers implements Customers {

    private final InMemoryStorage store;

    MemoryCustomers(InMemoryStorage store) {
        this.store = store;
    }

    @Override
    public Option<Versioned<Customer>> load(CustomerId id) {
        return store.read().customers().get(Objects.requireNonNull(id, "id").value()).map(store::opened);
    }

    @Override
    public Either<SaveConflict, Long> save(Customer customer, long expectedVersion, Seq<CustomerEvent> events) {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(events, "events");
        String key = customer.getId().value();
        InMemoryStorage.StoredCustomer held = store.stored(customer);
        return store.write(state -> {
            Seq<String> before = state.customers().get(key).map(v -> v.aggregate().lookups())
                    .getOrElse(io.vavr.collection.List.empty());
            return InMemoryStorage.saveKeyed(state, TYPE, key, held, expectedVersion, InMemoryStorage.State::customers, InMemoryStorage.State::withCustomers,
                    version -> CustomerJson.outboxMessages(customer.getId(), version, events, store.cipher()))
                    .map(saved -> saved.map1(next -> erased(next.withCustomersByDocument(
                            indexed(next.customersByDocument(), before, held.lookups(), key)), key,
                            saved._2, events)));
        });
    }

    /**
     * The state without the outbox messages of customer {@code key} saved before {@code version} that an erasure
     * among {@code events} erases ({@link CustomerJson#erasedBy}).
     */
    private InMemoryStorage.State erased(InMemoryStorage.State state, String key, long version, Seq<CustomerEvent> events) {
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

    /** The document index with {@code key} moved from the lookups {@code before} (if any) to {@code after}. */
    private Map<String, SortedSet<String>> indexed(Map<String, SortedSet<String>> index, Seq<String> before,
                                                   Seq<String> after, String key) {
        Map<String, SortedSet<String>> without = before.foldLeft(index, (map, old) -> {
            SortedSet<String> rest = map.get(old).getOrElse(TreeSet.empty()).remove(key);
            return rest.isEmpty() ? map.remove(old) : map.put(old, rest);
        });
        return after.foldLeft(without, (map, lookup) -> map.put(lookup, map.get(lookup).getOrElse(TreeSet.empty())
                .add(key)));
    }

    /** The matches by what is held in clear beside each document; only the page's customers are opened. */
    private Page<Versioned<Customer>> where(Predicate<InMemoryStorage.StoredCustomer> match, PageRequest request) {
        TreeMap<String, Versioned<InMemoryStorage.StoredCustomer>> customers = store.read().customers();
        Seq<Tuple2<String, Versioned<InMemoryStorage.StoredCustomer>>> after = request.cursor()
                .fold(() -> customers, cursor -> customers.dropUntil(e -> e._1.compareTo(cursor) > 0))
                .filter(e -> match.test(e._2.aggregate())).take(request.size() + 1).toList();
        return Page.of(after.take(request.size()).map(e -> store.opened(e._2)), request, after.size() > request.size(),
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
        // found by the keyed hash, as a database adapter's lookup table finds them (the current document's and those
        // held before a re-issue); equality of documents decides
        InMemoryStorage.State state = store.read();
        return state.customersByDocument().get(store.cipher().documentLookup(document)).getOrElse(TreeSet.empty())
                .toList().map(id -> store.opened(state.customers().get(id).get()))
                .filter(v -> v.aggregate().isKnownBy(document));
    }
}
