package org.telecrm.persistence.jdbc;

import io.vavr.control.Either;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.telecrm.persistence.StorageFailure;
import org.telecrm.persistence.Transactions;
import org.telecrm.persistence.accounts.Accounts;
import org.telecrm.persistence.contracts.SlaContracts;
import org.telecrm.persistence.customers.Customers;
import org.telecrm.persistence.orders.ServiceOrders;
import org.telecrm.persistence.outages.MassOutages;
import org.telecrm.persistence.outbox.Outbox;
import org.telecrm.persistence.audit.AuditTrail;
import org.telecrm.persistence.groups.BillingGroups;
import org.telecrm.persistence.purposes.PurposeRegisters;
import org.telecrm.persistence.protection.KeyRotation;
import org.telecrm.persistence.protection.PersonalDataCipher;
import org.telecrm.persistence.protection.PersonalDataKeys;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Every storage port over plain JDBC: one table per aggregate (its JSON, its version, the columns its queries look
 * up), an account's ledger as rows of its own (a save inserts only the entries it adds), an outbox table, and the
 * host's {@link DataSource} for connections. Proven by the whole contract kit on H2, PostgreSQL and MariaDB.
 *
 * <h2>Transactions and isolation</h2>
 * <ul>
 *   <li>A transaction ({@link #inTransaction}, or a single save or {@code markDelivered} outside one) is one
 *       connection bound to the calling thread, auto-commit off, READ COMMITTED; it commits when the work returns
 *       {@code Right}, rolls back on {@code Left} or an exception. A nested {@code inTransaction} is a savepoint.</li>
 *   <li>A save locks its aggregate's row ({@code SELECT ... FOR UPDATE}) and refuses a stale version there, having
 *       written nothing. Saves of one aggregate therefore follow one another; saves of different aggregates run side
 *       by side.</li>
 *   <li>Loads and queries outside a transaction read what is committed, on a connection of their own; inside one
 *       they see its own writes. A load reads back the JSON only when the row changed since the port last read it
 *       ({@link #withLoadCache}).</li>
 *   <li>The outbox keeps each aggregate's events in version order; see {@link #outbox()} for the order across
 *       aggregates.</li>
 * </ul>
 * The {@link DataSource} should pool connections (every port call outside a transaction takes one) and give them
 * back in their default state, as every common pool does.
 *
 * <h2>Personal data</h2>
 * Identity numbers, phone numbers and e-mail addresses are sealed (AES-GCM) with the host's
 * {@link PersonalDataKeys} wherever a row holds them (a customer's JSON, its events in the outbox), and the identity
 * document's lookup column holds a keyed hash (HMAC-SHA256), so a dump of the tables, a backup or a query log shows
 * none of them; {@link #keyRotation()} moves everything to a new key.
 *
 * <h2>Schema</h2>
 * Versioned Flyway migrations per database ({@link Database#migrations()}), with their own history table
 * {@value #HISTORY_TABLE} so that they live beside the host's tables and the host's own migrations. Every table's
 * name starts with {@code crm_}.
 *
 * <pre>{@code
 * JdbcStorage storage = JdbcStorage.migrate(dataSource, keys);  // creates or updates the crm_ tables
 * storage.accounts().save(Account.open(id, owner, terms, t0).get(), Versioned.NEW);   // Right(1)
 * storage.outbox().pending(100);                                 // [AccountOpened as JSON]
 * }</pre>
 */
public final class JdbcStorage implements Transactions {

    /** The Flyway history table of the crm_ schema. */
    public static final String HISTORY_TABLE = "crm_schema_history";

    /**
     * How many aggregates each port's load cache keeps by default: 256. <b>Library default</b> (no source gives one):
     * enough for the aggregates many writers contend for at once, few enough that the cache stays small beside the
     * heap (an account of 8,000 ledger entries takes a few megabytes).
     */
    public static final int DEFAULT_LOAD_CACHE = 256;

    private final DataSource dataSource;
    private final PersonalDataKeys keys;
    private final PersonalDataCipher cipher;
    private final Database database;
    private final int loadCache;
    private final Connections connections;
    private final JdbcOutbox outbox;
    private final Accounts accounts;
    private final Customers customers;
    private final SlaContracts contracts;
    private final ServiceOrders orders;
    private final PurposeRegisters purposes;
    private final MassOutages outages;
    private final BillingGroups groups;

    private JdbcStorage(DataSource dataSource, PersonalDataKeys keys, Database database, int loadCache) {
        this.dataSource = dataSource;
        this.keys = keys;
        this.cipher = PersonalDataCipher.of(keys);
        this.database = database;
        this.loadCache = loadCache;
        this.connections = new Connections(dataSource);
        this.outbox = new JdbcOutbox(connections);
        AggregateTable.Store store = new AggregateTable.Store(connections, outbox, database, loadCache);
        this.accounts = new JdbcAccounts(store);
        this.customers = new JdbcCustomers(store, cipher);
        this.contracts = new JdbcSlaContracts(store);
        this.orders = new JdbcServiceOrders(store);
        this.purposes = new JdbcPurposeRegisters(store);
        this.outages = new JdbcMassOutages(store);
        this.groups = new JdbcBillingGroups(store);
    }

    /**
     * Brings the {@code crm_} tables of this database up to the latest schema version (creating them the first
     * time), then answers the storage over them, sealing personal data with the host's {@code keys}. Fails with a
     * {@link StorageFailure} when the database cannot be reached, is not one of {@link Database}, or a migration
     * fails.
     */
    public static JdbcStorage migrate(DataSource dataSource, PersonalDataKeys keys) {
        Objects.requireNonNull(dataSource, "dataSource");
        Objects.requireNonNull(keys, "keys");
        Database database = databaseOf(dataSource);
        try {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations(database.migrations())
                    .table(HISTORY_TABLE)
                    // the host's schema may hold its own tables: start the crm_ history there rather than refuse
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new StorageFailure("the crm_ tables could not be migrated on " + database + ": " + e.getMessage(), e);
        }
        return new JdbcStorage(dataSource, keys, database, DEFAULT_LOAD_CACHE);
    }

    /**
     * The storage over tables the host has migrated itself (with the scripts at {@link Database#migrations()}),
     * sealing personal data with the host's {@code keys}: no schema change, no check (but one connection, to learn
     * which database it is).
     */
    public static JdbcStorage over(DataSource dataSource, PersonalDataKeys keys) {
        return new JdbcStorage(dataSource, Objects.requireNonNull(keys, "keys"),
                databaseOf(Objects.requireNonNull(dataSource, "dataSource")), DEFAULT_LOAD_CACHE);
    }

    /**
     * The same storage with a load cache of {@code aggregates} per port (0 for none). A load reads the row's version
     * and write token, and transfers and reads back the JSON only when the row was written since the cache last read
     * it, so what a load returns is always what the database holds. Only loads fill the cache, never saves: the first
     * load after a save reads back what was stored. The cache relies on every write of a row changing its
     * {@code written} token, as the adapter's saves do: rows are written by the adapter only.
     */
    public JdbcStorage withLoadCache(int aggregates) {
        if (aggregates < 0) {
            throw new IllegalArgumentException("a load cache holds 0 or more aggregates, was " + aggregates);
        }
        return new JdbcStorage(dataSource, keys, database, aggregates);
    }

    /** How many aggregates each port's load cache keeps. */
    public int loadCache() {
        return loadCache;
    }

    /** Which {@link Database} this data source connects to. */
    public static Database databaseOf(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            return Database.ofProductName(product).getOrElseThrow(() -> new StorageFailure(
                    "the JDBC adapter has migrations for H2, PostgreSQL and MariaDB, not for " + product));
        } catch (SQLException e) {
            throw Connections.failure(e);
        }
    }

    /**
     * The audit trail of accesses to personal data, in {@code crm_audit}: what
     * {@code org.telecrm.persistence.access.ScopedCustomers} records who read, changed or revealed what, when and why.
     */
    public AuditTrail auditTrail() {
        return new JdbcAuditTrail(connections);
    }

    /** The cipher personal data is sealed with: a relay opens the outbox's customer events with it. */
    public PersonalDataCipher cipher() {
        return cipher;
    }

    /**
     * Re-sealing under the host's current key: every customer row whose personal values (or document lookup) are
     * not under the current keys, and every customer event in the outbox (delivered or not) with a value under
     * another key, rewritten in batches of {@value JdbcKeyRotation#BATCH}, each in a transaction of its own. Rows keep
     * their versions; concurrent saves may go on (a row saved meanwhile is already under the current key).
     */
    public KeyRotation keyRotation() {
        return new JdbcKeyRotation(connections, cipher);
    }

    /**
     * The migration step for ledgers stored before ledger seals (see {@link LedgerResealing}): every account whose
     * ledger rows have no seal is checked, sealed afresh and written back, one account per transaction; such an
     * account is refused on load ({@link org.telecrm.persistence.NotRestorable}) until this has run. Run it once,
     * after checking the stored ledgers: it seals what is stored.
     *
     * <pre>{@code
     * LedgerResealing.Resealed done = storage.resealLedgers();
     * done.refused();   // accounts that break their invariants, with why: fix them, then run it again
     * }</pre>
     */
    public LedgerResealing.Resealed resealLedgers() {
        return new LedgerResealing(connections).run();
    }

    /** The transaction boundary (the storage itself). */
    public Transactions transactions() {
        return this;
    }

    @Override
    public <L, R> Either<L, R> inTransaction(Supplier<Either<L, R>> work) {
        return connections.inTransaction(work);
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

    /** The billing groups, in {@code crm_billing_group}. */
    public BillingGroups billingGroups() {
        return groups;
    }

    /** The customers' purpose registers, in {@code crm_purpose_register}. */
    public PurposeRegisters purposeRegisters() {
        return purposes;
    }

    /** The mass outages (issue 15, item 4), in {@code crm_mass_outage}. */
    public MassOutages massOutages() {
        return outages;
    }

    /**
     * The outbox. Each aggregate's events come out in the order of its versions, and a change's events in their
     * order. Events of different aggregates saved by concurrent transactions come out in the order the database
     * numbered them as they were written, which may differ from the order the transactions committed in; a relay
     * that reads {@code pending} and marks what it forwarded loses none of them.
     */
    public Outbox outbox() {
        return outbox;
    }
}
