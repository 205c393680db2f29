package org.telecrm.examples.bench;

import com.zaxxer.hikari.HikariDataSource;
import io.vavr.collection.Seq;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.telecrm.persistence.jdbc.ConnectionSettings;
import org.telecrm.persistence.jdbc.Database;
import org.telecrm.persistence.jdbc.JdbcStorage;
import org.telecrm.kernel.Changed;
import org.telecrm.order.aggregate.ServiceOrder;
import org.telecrm.order.aggregate.ServiceOrderEvent;
import org.telecrm.order.aggregate.ServiceOrderId;
import org.telecrm.persistence.Versioned;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

/**
 * Saving and loading service orders through the JDBC adapter ({@link JdbcStorage}), against raw JDBC inserting and
 * selecting the same rows ({@link RawRows}), on one database per run of the parameter.
 *
 * <p>An operation is one order: a save of a new completed order with its four events (the order's row and four outbox
 * rows, one transaction), or a load by id. Each measured invocation does {@value #ORDERS} of them on their own data,
 * made before the iteration, so the score is the time per order with nothing else in it. The loads go round
 * {@value #ORDERS} stored orders, more than the adapter's load cache holds, so every load reads the JSON back.
 *
 * <p>The benchmark empties the {@code crm_} tables of the database it runs on (the machine's {@code test} database,
 * see {@link ConnectionSettings}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@OperationsPerInvocation(StorageBenchmark.ORDERS)
@Warmup(iterations = 5)
@Measurement(iterations = 10)
@Fork(1)
public class StorageBenchmark {

    /** Orders per measured invocation. */
    static final int ORDERS = 1_000;

    @Param({"H2", "POSTGRESQL", "MARIADB"})
    public String database;

    private HikariDataSource pool;
    private JdbcStorage storage;
    private Seq<Changed<ServiceOrder, ServiceOrderEvent>> toSave;
    private Seq<String> toLoad;
    private Seq<ServiceOrderId> toLoadIds;
    private RawRows raw;

    @Setup(Level.Trial)
    public void prepare() throws SQLException {
        pool = ConnectionSettings.of(Database.valueOf(database)).pool("bench", 2);
        storage = JdbcStorage.migrate(pool, org.telecrm.persistence.protection.PersonalDataKeys.generated(
                org.telecrm.persistence.protection.KeyId.of("bench"), new java.security.SecureRandom()));
        execute("DELETE FROM crm_outbox", "DELETE FROM crm_service_order");
        Seq<Changed<ServiceOrder, ServiceOrderEvent>> stored = BenchOrders.completed("L-", ORDERS);
        stored.forEach(order -> storage.serviceOrders().save(order, Versioned.NEW));
        toLoadIds = stored.map(order -> order.state().getId());
        toLoad = toLoadIds.map(ServiceOrderId::value);
        toSave = BenchOrders.completed("S-", ORDERS);
        toSave.forEach(order -> storage.serviceOrders().save(order, Versioned.NEW));
        raw = RawRows.capture(pool, toSave.map(order -> order.state().getId().value()));
    }

    /** Before each iteration the saved orders are gone again, so that every save creates. */
    @Setup(Level.Iteration)
    public void forgetSaved() throws SQLException {
        execute("DELETE FROM crm_outbox WHERE aggregate_id LIKE 'S-%'",
                "DELETE FROM crm_service_order WHERE id LIKE 'S-%'");
    }

    @TearDown(Level.Trial)
    public void close() {
        pool.close();
    }

    private void execute(String... statements) throws SQLException {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.executeUpdate(sql);
            }
        }
    }

    @Benchmark
    public long adapterSave() {
        return BenchOrders.saveAll(storage.serviceOrders(), toSave);
    }

    @Benchmark
    public long rawInsert() throws SQLException {
        return raw.insertAll(pool);
    }

    @Benchmark
    public void adapterLoad(Blackhole loaded) {
        BenchOrders.loadAll(storage.serviceOrders(), toLoadIds, loaded);
    }

    @Benchmark
    public long rawSelect() throws SQLException {
        return RawRows.selectAll(pool, toLoad);
    }
}
