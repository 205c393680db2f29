package org.telecrm.persistence.jdbc;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.telecrm.customer.AccountManagerId;
import org.telecrm.customer.CustomerId;
import org.telecrm.customer.aggregate.Customer;
import org.telecrm.customer.aggregate.CustomerEvent;
import org.telecrm.customer.aggregate.MasterDataChange;
import org.telecrm.customer.identity.IdentityDocument;
import org.telecrm.customer.region.CityCode;
import org.telecrm.customer.region.Province;
import org.telecrm.persistence.Page;
import org.telecrm.persistence.PageRequest;
import org.telecrm.persistence.SaveConflict;
import org.telecrm.persistence.Versioned;
import org.telecrm.persistence.customers.Customers;
import org.telecrm.persistence.json.CustomerJson;
import org.telecrm.persistence.protection.PersonalDataCipher;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Objects;

/**
 * Customers in {@code crm_customer}, looked up by current account manager, city, province (GB/T 2260 codes) and
 * identity document. The document column holds a keyed hash (HMAC-SHA256 under the host's lookup key,
 * {@link PersonalDataCipher#documentLookup}) of the document, not its number, nor a plain hash of it (which anyone
 * could match against every possible identity number); the JSON holds the number sealed. The documents a customer held
 * before a re-issue are found too, by their keyed hashes in {@code crm_customer_document} (one row per former document).
 */
final class JdbcCustomers implements Customers {

    private final AggregateTable<Customer, CustomerEvent> table;

    private final PersonalDataCipher cipher;
    private final Connections connections;

    JdbcCustomers(AggregateTable.Store store, PersonalDataCipher cipher) {
        this.cipher = cipher;
        this.connections = store.connections();
        this.table = new AggregateTable<>(store, "crm_customer", TYPE, c -> c.getId().value(),
                new AggregateTable.Mapping<>(c -> CustomerJson.write(c, cipher), json -> CustomerJson.read(json, cipher)),
                (c, version, events) -> CustomerJson.outboxMessages(c.getId(), version, events, cipher),
                List.of(new AggregateTable.Column<>("manager", Types.VARCHAR,
                                c -> c.currentManager().map(AccountManagerId::value).getOrNull()),
                        new AggregateTable.Column<>("city", Types.VARCHAR, c -> c.city().code()),
                        new AggregateTable.Column<>("province", Types.CHAR, c -> c.province().code()),
                        new AggregateTable.Column<>("document_hash", Types.CHAR,
                                c -> cipher.documentLookup(c.document()))),
                Option.none());
    }

    @Override
    public Option<Versioned<Customer>> load(CustomerId id) {
        return table.load(Objects.requireNonNull(id, "id").value());
    }

    @Override
    public Either<SaveConflict, Long> save(Customer customer, long expectedVersion, Seq<CustomerEvent> events) {
        Seq<CustomerEvent> erasures = events.filter(CustomerJson::isErasure);
        boolean isNew = expectedVersion == Versioned.NEW;
        boolean documents = erasures.nonEmpty() || (isNew ? customer.formerDocuments().nonEmpty()
                : events.exists(e -> e instanceof CustomerEvent.MasterDataChanged m
                && m.change() instanceof MasterDataChange.DocumentChanged));
        if (!documents) {
            return table.save(customer, expectedVersion, events);
        }
        return connections.write(c -> {
            Either<SaveConflict, Long> saved = table.save(customer, expectedVersion, events);
            if (saved.isRight()) {
                formerDocuments(c, customer.getId().value(), customer.formerDocuments().map(cipher::documentLookup),
                        isNew);
                if (erasures.nonEmpty()) {
                    removeErased(c, customer.getId().value(), saved.get(), erasures);
                }
            }
            return saved;
        });
    }

    /**
     * Keeps {@code crm_customer_document} at the lookup hashes of the documents the customer held before a re-issue
     * ({@link Customer#formerDocuments()}), in the save's transaction: the rows of a customer are rewritten whenever
     * its document changes or it is erased (its former documents cannot change otherwise); a new customer with none
     * has nothing to write.
     */
    static void formerDocuments(Connection c, String id, Seq<String> lookups, boolean isNew) throws SQLException {
        if (!isNew) {
            try (PreparedStatement delete = c.prepareStatement(
                    "DELETE FROM crm_customer_document WHERE customer_id = ?")) {
                delete.setString(1, id);
                delete.executeUpdate();
            }
        }
        if (lookups.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO crm_customer_document (document_hash, customer_id) VALUES (?, ?)")) {
            for (String lookup : lookups.distinct()) {
                insert.setString(1, lookup);
                insert.setString(2, id);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /**
     * Deletes the outbox rows of this customer saved before {@code version} that hold what {@code erasures} erase,
     * delivered or not, in the erasing save's transaction.
     */
    private static void removeErased(Connection c, String id, long version, Seq<CustomerEvent> erasures)
            throws SQLException {
        List<Long> erased = List.empty();
        try (PreparedStatement select = c.prepareStatement("SELECT position, payload FROM crm_outbox"
                + " WHERE aggregate_type = ? AND aggregate_id = ? AND aggregate_version < ?")) {
            select.setString(1, TYPE);
            select.setString(2, id);
            select.setLong(3, version);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    long position = rows.getLong(1);
                    String payload = rows.getString(2);
                    if (erasures.exists(e -> CustomerJson.erasedBy(payload, e))) {
                        erased = erased.prepend(position);
                    }
                }
            }
        }
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM crm_outbox WHERE position = ?")) {
            for (long position : erased) {
                delete.setLong(1, position);
                delete.addBatch();
            }
            if (erased.nonEmpty()) {
                delete.executeBatch();
            }
        }
    }

    @Override
    public Page<Versioned<Customer>> byAccountManager(AccountManagerId manager, PageRequest page) {
        return table.page("manager = ?", List.of(Objects.requireNonNull(manager, "manager").value()), page,
                List.of("manager"));
    }

    @Override
    public Page<Versioned<Customer>> byCity(CityCode city, PageRequest page) {
        return table.page("city = ?", List.of(Objects.requireNonNull(city, "city").code()), page, List.of("city"));
    }

    @Override
    public Page<Versioned<Customer>> byProvince(Province province, PageRequest page) {
        return table.page("province = ?", List.of(Objects.requireNonNull(province, "province").code()), page,
                List.of("province"));
    }

    @Override
    public Seq<Versioned<Customer>> byIdentityDocument(IdentityDocument document) {
        Objects.requireNonNull(document, "document");
        // the keyed hash finds the rows, the current document's or one held before a re-issue; equality of the
        // documents themselves decides
        String lookup = cipher.documentLookup(document);
        return table.all("document_hash = ? OR id IN (SELECT customer_id FROM crm_customer_document"
                        + " WHERE document_hash = ?)", List.of(lookup, lookup))
                .filter(v -> v.aggregate().isKnownBy(document));
    }
}
