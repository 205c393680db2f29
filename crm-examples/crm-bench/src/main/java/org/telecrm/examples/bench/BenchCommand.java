package org.telecrm.examples.bench;

import com.zaxxer.hikari.HikariDataSource;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
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
import org.telecrm.persistence.jdbc.ConnectionSettings;
import org.telecrm.persistence.jdbc.Database;
import org.telecrm.persistence.StorageFailure;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.regex.Pattern;

/**
 * {@code crm-bench [--quick] [--only ...] [--databases ...]}: runs {@link SettleBenchmark},
 * {@link CompensationEngineBenchmark}, {@link StorageBenchmark} and {@link InMemoryStorageBenchmark} through the JMH
 * runner and prints a summary table with the ratios that matter.
 *
 * <p>The benchmarks ship in crm-bench.jar, so that anyone can measure on their own machine with nothing but the jar;
 * JMH's forked JVMs find them on the jar's class path. JMH's progress goes to stderr and the table to
 * stdout, so the table can be kept with a redirect.
 */
public final class BenchCommand {

    public static final String HELP = """
            Usage: java -jar crm-bench.jar [--quick] [--only settle|engine|calendar|storage|month-end|protection|json|cost-curves]
                                           [--databases h2,postgresql,mariadb]
                   java -jar crm-bench.jar --only month-end-scale [--key-accounts N] [--orders-per-contract K] [--dir DIR]

            Runs the JMH benchmarks shipped in crm-bench.jar and prints a summary table (JMH progress goes to stderr):
              SettleBenchmark              settle on 1,000,000 generated orders held in memory, against two
                                           baselines that only read and write the same lines with Jackson
                                           (streaming, and data binding)
              CompensationEngineBenchmark  one assessment by the engine, against a naive engine that walks
                                           the calendar day by day
              StorageBenchmark             save and load of service orders through the JDBC adapter, against
                                           raw JDBC inserting and selecting the same rows, on each database
              InMemoryStorageBenchmark     save and load of the same orders in the embedded in-memory store
              MonthEndBenchmark            the month-end of a sample province of 2,000 key accounts (about
                                           16,000 orders) in the in-memory store, against settle of the same
                                           province's provisioning orders
              PersonalDataProtectionBenchmark  save and load of a key account's document (17 personal values)
                                           through the JSON mapping, sealed by AES-GCM, against the same load
                                           with the values in clear and the save less the sealing alone
              JsonMappingBenchmark         reading a stored service order through the generic codec, over its
                                           own scanner and over Jackson's parser, against the tree reader it
                                           replaced (ServiceOrderTreeReader)
              QualityAssessmentCostBenchmark, ContactsCostBenchmark, IrrCostBenchmark
                                           the cost curves of quality assessment (1,000 to 100,000 outages),
                                           adding contacts (1,000 to 20,000) and the IRR (12 to 240 periods),
                                           as ratios over the smallest size
              month-end-scale              (only when asked for, not JMH) the month-end as a user runs it, on
                                           its on-disk H2 in DIR (default crm-bench-scale), of a province of N
                                           contracts (default 100,000) with K orders each (default 10: a million
                                           orders), against settle of its provisioning orders, one run each in
                                           the same JVM: cost per order and ratio, and the heap left after
                                           collections (run it under a small -Xmx: java -Xmx256m -jar crm-bench.jar
                                           --only month-end-scale). Hours at full scale on 2 cores.
            The default run takes about 12 minutes on 2 cores; each settle fork uses a 1 GB heap.
            The storage benchmark runs on H2 in memory and on the machine's PostgreSQL and MariaDB (database
            test; -Dcrm.postgresql.url=... and -Dcrm.mariadb.url=... point elsewhere), EMPTYING their crm_
            tables; a database that cannot be reached is left out, and the table says so.

            Options:
              --quick      a smoke run: 100,000 orders, one fork, short iterations; the numbers are rough
              --only       run one group of benchmarks: settle, engine, calendar, storage, month-end,
                           protection, json or cost-curves
              --databases  the databases of the storage benchmark (default: all three)
              --key-accounts N, --orders-per-contract K, --dir DIR
                           the province and directory of month-end-scale
              --help       show this text

            Exit codes: 0 done, 64 usage error, 1 a benchmark failed.
            """;

    private BenchCommand() {
    }

    private static Either<String, List<Database>> databases(io.vavr.control.Option<String> list) {
        if (list.isEmpty()) {
            return Either.right(List.of(Database.values()));
        }
        return List.of(list.get().split(",")).map(String::trim)
                .map(name -> List.of(Database.values()).find(d -> d.name().equalsIgnoreCase(name))
                        .toEither("--databases takes h2, postgresql and mariadb, separated by commas, was '" + name
                                + "'"))
                .transform(Either::sequenceRight).map(List::ofAll);
    }

    /** Why the storage benchmark cannot run on this database here; none when it can. */
    private static io.vavr.control.Option<String> unreachable(Database database) {
        try (HikariDataSource pool = ConnectionSettings.of(database).pool("bench-check", 1)) {
            return io.vavr.control.Option.none();
        } catch (StorageFailure failure) {
            return io.vavr.control.Option.some(failure.getMessage());
        }
    }

    /** The benchmark groups {@code --only} chooses from. */
    private static final Map<String, List<Class<?>>> GROUPS = LinkedHashMap.of(
            "settle", List.of(SettleBenchmark.class),
            "engine", List.of(CompensationEngineBenchmark.class),
            "calendar", List.of(CalendarQueriesBenchmark.class),
            "storage", List.of(StorageBenchmark.class, InMemoryStorageBenchmark.class),
            "month-end", List.of(MonthEndBenchmark.class),
            "protection", List.of(PersonalDataProtectionBenchmark.class),
            "json", List.of(JsonMappingBenchmark.class),
            "cost-curves", List.of(QualityAssessmentCostBenchmark.class, ContactsCostBenchmark.class,
                    IrrCostBenchmark.class));

    /** The month-end at scale, against settle of the same province (see {@link MonthEndScale}). */
    private static int scale(Options o, OutputStream out, PrintStream err) {
        Either<String, Long> keyAccounts = o.number("--key-accounts", 1, 100_000)
                .filterOrElse(n -> n <= 10_000_000, n -> "--key-accounts must be at most 10000000, was " + n);
        Either<String, Long> perContract = o.number("--orders-per-contract", 1, 10)
                .filterOrElse(n -> n <= 1_000, n -> "--orders-per-contract must be at most 1000, was " + n);
        if (keyAccounts.isLeft() || perContract.isLeft()) {
            err.println("crm-bench: " + (keyAccounts.isLeft() ? keyAccounts.getLeft() : perContract.getLeft()));
            return Crm.USAGE;
        }
        try {
            return MonthEndScale.run(keyAccounts.get().intValue(), perContract.get().intValue(),
                    java.nio.file.Path.of(o.value("--dir").getOrElse("crm-bench-scale")),
                    new PrintStream(out, true, StandardCharsets.UTF_8), err);
        } catch (java.io.IOException | java.io.UncheckedIOException failed) {
            err.println("crm-bench: I/O failure: " + failed.getMessage());
            return Crm.IO_FAILURE;
        }
    }

    /**
     * {@code java -jar crm-bench.jar [options]}: the benchmarks are a program of their own, so that the crm command
     * carries no JMH. Standard output is opened on its file descriptor, as {@code crm}'s is.
     */
    public static void main(String[] args) {
        System.exit(run(List.of(args), new java.io.FileOutputStream(java.io.FileDescriptor.out), System.err));
    }

    public static int run(List<String> args, OutputStream out, PrintStream err) {
        Either<String, Options> options = Options.parse(args, HashSet.of("--only", "--databases", "--key-accounts",
                "--orders-per-contract", "--dir"), HashSet.of("--quick", "--help"));
        if (options.isRight() && options.get().value("--only").contains("month-end-scale")
                && !options.get().has("--help")) {
            return scale(options.get(), out, err);
        }
        if (options.isRight() && !options.get().value("--only").contains("month-end-scale")
                && List.of("--key-accounts", "--orders-per-contract", "--dir").exists(options.get()::has)) {
            options = Either.left("--key-accounts, --orders-per-contract and --dir go with --only month-end-scale");
        }
        Either<String, List<Class<?>>> benchmarks = options.flatMap(o -> o.value("--only")
                .map(only -> GROUPS.get(only)
                        .toEither("--only takes settle, engine, calendar, storage, month-end, protection, json,"
                                + " cost-curves or month-end-scale, was '"
                                + only + "'"))
                .getOrElse(Either.right(GROUPS.values().flatMap(g -> g).toList())));
        Either<String, List<Database>> databases = options.flatMap(o -> databases(o.value("--databases")));
        if (benchmarks.isLeft() || databases.isLeft()) {
            err.println("crm-bench: " + (benchmarks.isLeft() ? benchmarks.getLeft() : databases.getLeft()));
            err.println("Usage: java -jar crm-bench.jar [--quick] [--only settle|engine|calendar|storage|month-end|protection"
                    + "|json|cost-curves|month-end-scale]"
                    + " [--databases LIST]"
                    + " (--help for more)");
            return Crm.USAGE;
        }
        if (options.get().has("--help")) {
            return Crm.printHelp(HELP, out, err);
        }
        ChainedOptionsBuilder jmh = new OptionsBuilder().shouldFailOnError(true);
        benchmarks.get().forEach(benchmark -> jmh.include(Pattern.quote(benchmark.getName()) + "\\."));
        List<String> notRun = List.empty();
        if (benchmarks.get().contains(StorageBenchmark.class)) {
            List<Tuple2<Database, io.vavr.control.Option<String>>> checked = databases.get()
                    .map(d -> Tuple.of(d, unreachable(d)));
            List<Database> reachable = checked.filter(c -> c._2.isEmpty()).map(Tuple2::_1);
            notRun = checked.filter(c -> c._2.isDefined())
                    .map(c -> "storage benchmark not run on " + c._1 + ": " + c._2.get());
            notRun.forEach(err::println);
            if (reachable.isEmpty()) {
                jmh.exclude(Pattern.quote(StorageBenchmark.class.getName()) + "\\.");
            } else {
                jmh.param("database", reachable.map(Database::name).toJavaArray(String[]::new));
            }
        }
        if (options.get().has("--quick")) {
            // A single shot of 100,000 orders is short, so it takes many of them to reach compiled code.
            jmh.param("orders", "100000")
                    .param("keyAccounts", "200")
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
            err.println("crm-bench: a benchmark failed: " + failed.getMessage());
            return Crm.IO_FAILURE;
        }
        PrintStream table = new PrintStream(out, true, StandardCharsets.UTF_8);
        table.print(BenchSummary.of(results).format());
        notRun.forEach(table::println);
        table.flush();
        return 0;
    }
}
