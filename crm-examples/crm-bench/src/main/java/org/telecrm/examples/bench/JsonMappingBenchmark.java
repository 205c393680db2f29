package org.telecrm.examples.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import io.vavr.control.Either;
import org.telecrm.order.aggregate.ServiceOrder;
import org.telecrm.persistence.json.JsonError;
import org.telecrm.persistence.json.ServiceOrderJson;

import java.util.concurrent.TimeUnit;

/**
 * Reading a stored service order (issue 14, item 3): {@code codecRead}, today's {@code ServiceOrderJson.read} (the
 * generic codec over Jackson's streaming API), against {@code treeRead}, the reader it replaced (the tree model walked
 * field by field, kept as {@link ServiceOrderTreeReader}), on the same document in the same run. Both restore the
 * order through {@code ServiceOrder.restore}, so the ratio is the mapping's alone plus the same restore.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class JsonMappingBenchmark {

    private String json;

    @Setup
    public void prepare() {
        ServiceOrder order = BenchOrders.completed("SO-", 1).head().state();
        json = ServiceOrderJson.write(order);
        if (!ServiceOrderJson.read(json).equals(Either.right(order))
                || !ServiceOrderTreeReader.read(json).equals(Either.right(order))) {
            throw new IllegalStateException("both readers must read the order back: " + json);
        }
    }

    @Benchmark
    public Either<JsonError, ServiceOrder> treeRead() {
        return ServiceOrderTreeReader.read(json);
    }

    @Benchmark
    public Either<JsonError, ServiceOrder> codecRead() {
        return ServiceOrderJson.read(json);
    }
}
