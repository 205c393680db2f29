package org.telecrm.examples.bench;

import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.control.Either;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;
import org.telecrm.examples.Crm;
import org.telecrm.examples.Options;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;

/**
 * {@code crm bench [--quick]}: runs {@link SettleBenchmark} and {@link CompensationEngineBenchmark} through
 * the JMH runner and prints a summary table with the ratios that matter.
 *
 * <p>The benchmarks ship in crm.jar, so that anyone can measure on their own machine with nothing but the jar;
 * JMH's forked JVMs find them on the jar's class path. JMH's progress goes to stderr and the table to
 * stdout, so the table can be kept with a redirect.
 */
public final class BenchCommand {

    public static final String HELP = """
            Usage: crm bench [--quick]

            Runs the JMH benchmarks shipped in crm.jar and prints a summary table (JMH progress goes to stderr):
              SettleBenchmark              settle on 1,000,000 generated orders held in memory, against two
                                           baselines that only read and write the same lines with Jackson
                                           (streaming, and data binding)
              CompensationEngineBenchmark  one assessment by the engine, against a naive engine that walks
                                           the calendar day by day
            The default run takes about 5 minutes on 2 cores; each settle fork uses a 1 GB heap.

            Options:
              --quick   a smoke run: 100,000 orders, one fork, short iterations (about a minute); the
                        numbers are rough
              --help    show this text

            Exit codes: 0 done, 64 usage error, 1 a benchmark failed.
            """;

    private BenchCommand() {
    }

    public static int run(List<String> args, OutputStream out, PrintStream err) {
        Either<String, Options> options = Options.parse(args, HashSet.empty(), HashSet.of("--quick", "--help"));
        if (options.isLeft()) {
            err.println("crm bench: " + options.getLeft());
            err.println("Usage: crm bench [--quick] (crm bench --help for more)");
            return Crm.USAGE;
        }
        if (options.get().has("--help")) {
            return Crm.printHelp(HELP, out, err);
        }
        ChainedOptionsBuilder jmh = new OptionsBuilder()
                .include(SettleBenchmark.class.getName())
                .include(CompensationEngineBenchmark.class.getName())
                .shouldFailOnError(true);
        if (options.get().has("--quick")) {
            // A single shot of 100,000 orders is short, so it takes many of them to reach compiled code.
            jmh.param("orders", "100000")
                    .forks(1)
                    .warmupIterations(10)
                    .measurementIterations(5)
                    .warmupTime(TimeValue.seconds(1))
                    .measurementTime(TimeValue.seconds(1));
        }
        Collection<RunResult> results;
        try {
            results = new Runner(jmh.build(), OutputFormatFactory.createFormatInstance(err, VerboseMode.NORMAL)).run();
        } catch (RunnerException failed) {
            err.println("crm bench: a benchmark failed: " + failed.getMessage());
            return Crm.IO_FAILURE;
        }
        PrintStream table = new PrintStream(out, true, StandardCharsets.UTF_8);
        table.print(BenchSummary.of(results).format());
        table.flush();
        return 0;
    }
}
