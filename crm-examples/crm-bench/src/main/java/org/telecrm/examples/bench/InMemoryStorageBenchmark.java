package org.telecrm.examples.bench;

import io.vavr.collection.Seq;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.telecrm.kernel.Changed;
import org.telecrm.order.aggregate.ServiceOrder;
import org.telecrm.order.aggregate.ServiceOrderEvent;
import org.telecrm.order.aggregate.ServiceOrderId;
import org.telecrm.persistence.Versioned;
import org.telecrm.persistence.memory.InMemoryStorage;

import java.util.concurrent.TimeUnit;

/**
 * Saving and loading the same service orders as {@link StorageBenchmark} in the embedded default
 * ({@link InMemoryStorage}); {@code crm-bench} compares it with the raw JDBC baselines measured in the same run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@OperationsPerInvocation(StorageBenchmark.ORDERS)
@Warmup(iterations = 20)
@Measurement(iterations = 20)
@Fork(1)
public class InMemoryStorageBenchmark {

    private Seq<Changed<ServiceOrder, ServiceOrderEvent>> toSave;
    private Seq<ServiceOrderId> toLoad;
    private InMemoryStorage loaded;
    private InMemoryStorage saved;

    @Setup(Level.Trial)
    public void prepare() {
        toSave = BenchOrders.completed("S-", StorageBenchmark.ORDERS);
        Seq<Changed<ServiceOrder, ServiceOrderEvent>> stored = BenchOrders.completed("L-", StorageBenchmark.ORDERS);
        loaded = new InMemoryStorage();
        stored.forEach(order -> loaded.serviceOrders().save(order, Versioned.NEW));
        toLoad = stored.map(order -> order.state().getId());
    }

    /** An empty store before each iteration, so that every save creates. */
    @Setup(Level.Iteration)
    public void emptyStore() {
        saved = new InMemoryStorage();
    }

    @Benchmark
    public long memorySave() {
        return BenchOrders.saveAll(saved.serviceOrders(), toSave);
    }

    @Benchmark
    public void memoryLoad(Blackhole sink) {
        BenchOrders.loadAll(loaded.serviceOrders(), toLoad, sink);
    }
}
