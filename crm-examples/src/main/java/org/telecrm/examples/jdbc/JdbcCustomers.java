package org.telecrm.examples.jdbc;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.telecrm.customer.AccountManagerId;
import org.telecrm.customer.CustomerId;
import org.telecrm.customer.aggregate.Customer;
import org.telecrm.customer.aggregate.CustomerEvent;
import org.telecrm.customer.identity.IdentityDocument;
import org.telecrm.customer.identity.Passport;
import org.telecrm.customer.region.CityCode;
import org.telecrm.customer.region.Province;
import org.telecrm.persistence.Page;
import org.telecrm.persistence.PageRequest;
import org.telecrm.persistence.SaveConflict;
import org.telecrm.persistence.Versioned;
import org.telecrm.persistence.customers.Customers;
import org.telecrm.persistence.json.CustomerJson;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Types;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Customers in {@code crm_customer}, looked up by current account manager, city, province (GB/T 2260 codes) and
 * identity document. The document column holds a SHA-256 of the document, not its number: the number is personal
 * data, and a lookup column is what ends up in query logs and plans (the JSON, which must restore the number, keeps
 * it).
 */
final class JdbcCustomers implements Customers {

    private final AggregateTable<Customer, CustomerEvent> table;

    JdbcCustomers(AggregateTable.Store store) {
        this.table = new AggregateTable<>(store, "crm_customer", TYPE, c -> c.getId().value(),
                new AggregateTable.Mapping<>(CustomerJson::write, CustomerJson::read),
                (c, version, events) -> CustomerJson.outboxMessages(c.getId(), version, events),
                List.of(new AggregateTable.Column<>("manager", Types.VARCHAR,
                                c -> c.currentManager().map(AccountManagerId::value).getOrNull()),
                        new AggregateTable.Column<>("city", Types.VARCHAR, c -> c.city().code()),
                        new AggregateTable.Column<>("province", Types.CHAR, c -> c.province().code()),
                        new AggregateTable.Column<>("document_hash", Types.CHAR, c -> documentHash(c.document()))),
                Option.none());
    }

    @Override
    public Option<Versioned<Customer>> load(CustomerId id) {
        return table.load(Objects.requireNonNull(id, "id").value());
    }

    @Override
    public Either<SaveConflict, Long> save(Customer customer, long expectedVersion, Seq<CustomerEvent> events) {
        return table.save(customer, expectedVersion, events);
    }

    @Override
    public Page<Versioned<Customer>> byAccountManager(AccountManagerId manager, PageRequest page) {
        return table.page("manager = ?", List.of(Objects.requireNonNull(manager, "manager").value()), page);
    }

    @Override
    public Page<Versioned<Customer>> byCity(CityCode city, PageRequest page) {
        return table.page("city = ?", List.of(Objects.requireNonNull(city, "city").code()), page);
    }

    @Override
    public Page<Versioned<Customer>> byProvince(Province province, PageRequest page) {
        return table.page("province = ?", List.of(Objects.requireNonNull(province, "province").code()), page);
    }

    @Override
    public Seq<Versioned<Customer>> byIdentityDocument(IdentityDocument document) {
        Objects.requireNonNull(document, "document");
        // the hash finds the rows; equality of the documents themselves decides
        return table.all("document_hash = ?", List.of(documentHash(document)))
                .filter(v -> v.aggregate().document().equals(document));
    }

    /** SHA-256 (hex) of what makes two documents equal: kind, issuing country for a passport, and number. */
    static String documentHash(IdentityDocument document) {
        String country = document instanceof Passport passport ? passport.issuingCountry() : "";
        String key = document.kind().name() + "\n" + country + "\n" + document.unmasked();
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
