package org.telecrm.examples.bench;

import io.vavr.collection.List;
import io.vavr.control.Either;
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
import org.telecrm.customer.value.CashFlows;
import org.telecrm.customer.value.Irr;
import org.telecrm.customer.value.ProjectError;
import org.telecrm.money.Money;

import java.util.concurrent.TimeUnit;

/**
 * The cost curve of the IRR in the number of periods (issue 17, item 5), for the flows that need counting roots:
 * an investment, monthly income, one month of loss half-way (three sign changes, one rate), over {@code size}
 * periods. {@code crm-bench} prints the ratios of 60 and 240 periods over 12, measured in the same run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class IrrCostBenchmark {

    @Param({"12", "60", "240"})
    public int size;

    private CashFlows flows;

    @Setup(Level.Trial)
    public void flows() {
        flows = new CashFlows(List.range(0, size).map(i -> i == 0 ? Money.ofYuan(-10L * size)
                : i == size / 2 ? Money.ofYuan(-5) : Money.ofYuan(15)));
    }

    @Benchmark
    public Either<ProjectError, Irr> irr() {
        return Irr.of(flows);
    }
}
