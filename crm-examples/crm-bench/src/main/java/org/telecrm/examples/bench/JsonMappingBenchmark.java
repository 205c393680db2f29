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
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.vavr.control.Either;
import org.openjdk.jmh.infra.Blackhole;
import org.telecrm.order.aggregate.ServiceOrder;
import org.telecrm.persistence.json.JsonError;
import org.telecrm.persistence.json.ServiceOrderJson;

import java.util.concurrent.TimeUnit;

/**
 * Reading a stored service order (issue 14, item 3): {@code scannerRead}, today's {@code ServiceOrderJson.read} (the
 * generic codec over its own scanner of the text), and {@code codecRead}, the same codec over Jackson's streaming
 * parser ({@code ServiceOrderJson.readThroughJackson}), against {@code treeRead}, the reader both replaced (the tree
 * model walked field by field, kept as {@link ServiceOrderTreeReader}), on the same document in the same run. All three
 * restore the order through {@code ServiceOrder.restore}, so the ratios are the mapping's alone plus the same restore.
 *
 * <p>Two floors, in the same run, say what any reader of this document through Jackson's parser costs at least:
 * {@code restoreOnly}, the {@code ServiceOrder.restore} both end in, from parts already read; {@code tokensOnly},
 * Jackson's streaming parser walking every token of the document and materialising each name and string (what the
 * codec reads through), with no value built. The summary prints {@code treeRead / (tokensOnly + restoreOnly)}: the
 * most a reader over Jackson's tokens can gain on the tree reader, however little it does with them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class JsonMappingBenchmark {

    private static final JsonFactory FACTORY = new JsonFactory();

    private String json;
    private ServiceOrder order;

    @Setup
    public void prepare() {
        order = BenchOrders.completed("SO-", 1).head().state();
        json = ServiceOrderJson.write(order);
        if (!ServiceOrderJson.read(json).equals(Either.right(order))
                || !ServiceOrderJson.readThroughJackson(json).equals(Either.right(order))
                || !ServiceOrderTreeReader.read(json).equals(Either.right(order))) {
            throw new IllegalStateException("the three readers must read the order back: " + json);
        }
    }

    @Benchmark
    public Either<JsonError, ServiceOrder> treeRead() {
        return ServiceOrderTreeReader.read(json);
    }

    @Benchmark
    public Either<JsonError, ServiceOrder> codecRead() {
        return ServiceOrderJson.readThroughJackson(json);
    }

    @Benchmark
    public Either<JsonError, ServiceOrder> scannerRead() {
        return ServiceOrderJson.read(json);
    }

    @Benchmark
    public Either<?, ServiceOrder> restoreOnly() {
        return ServiceOrder.restore(order.intake(), order.limits(), order.basis(), order.visits(), order.auditTrail(),
                order.pauses(), order.returnVisit(), order.missedReported(), order.deadlineSignals());
    }

    @Benchmark
    public void tokensOnly(Blackhole sink) throws java.io.IOException {
        tokens(FACTORY.createParser(json), sink);
    }

    private static void tokens(JsonParser parser, Blackhole sink) throws java.io.IOException {
        try (JsonParser in = parser) {
            for (JsonToken token = in.nextToken(); token != null; token = in.nextToken()) {
                if (token == JsonToken.FIELD_NAME) {
                    sink.consume(in.currentName());
                } else if (token == JsonToken.VALUE_STRING) {
                    sink.consume(in.getText());
                } else if (token == JsonToken.VALUE_NUMBER_INT) {
                    sink.consume(in.getLongValue());
                }
            }
        }
    }
}
