package org.telecrm.examples.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.telecrm.examples.generate.GenerateCommand;
import org.telecrm.examples.generate.OrderGenerator;
import org.telecrm.examples.settle.SettleSummary;
import org.telecrm.examples.settle.Settlement;
import org.telecrm.sla.provisioning.ProvisioningCompensation;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

/**
 * The whole settle path on a batch of generated orders, against two baselines that read and write the same
 * lines with Jackson but check and settle nothing: {@link JacksonStreamingBaseline} (the floor: what any
 * streaming tool pays) and {@link JacksonDatabindBaseline} (what the usual data-binding tool pays).
 *
 * <p>One operation is one whole batch, from the input bytes to a discarding output stream, so the score is the
 * batch's wall time. The input is made once per fork and held as bytes (about 180 MB for a million orders,
 * hence the fork's heap), so that reading is not from a disk.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 10)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class SettleBenchmark {

    /** Every generated order is valid as of this day. */
    static final LocalDate AS_OF = LocalDate.of(2026, 12, 31);

    @Param("1000000")
    public int orders;

    private byte[] input;
    private Settlement settlement;
    private JacksonStreamingBaseline streaming;
    private JacksonDatabindBaseline databind;

    @Setup(Level.Trial)
    public void generateOrders() throws IOException {
        ByteArrayOutputStream lines = new ByteArrayOutputStream(orders * 200);
        GenerateCommand.write(new OrderGenerator(42, 0), orders, lines);
        input = lines.toByteArray();
        settlement = new Settlement(ProvisioningCompensation.rulesMdDefaults(), AS_OF);
        streaming = new JacksonStreamingBaseline();
        databind = new JacksonDatabindBaseline();
    }

    @Benchmark
    public SettleSummary settle() throws IOException {
        return settlement.settle(new ByteArrayInputStream(input), OutputStream.nullOutputStream());
    }

    @Benchmark
    public long jacksonStreamingBaseline() throws IOException {
        return streaming.copy(new ByteArrayInputStream(input), OutputStream.nullOutputStream());
    }

    @Benchmark
    public long jacksonDatabindBaseline() throws IOException {
        return databind.copy(new ByteArrayInputStream(input), OutputStream.nullOutputStream());
    }
}
