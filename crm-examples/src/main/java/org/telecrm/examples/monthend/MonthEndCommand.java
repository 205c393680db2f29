package org.telecrm.examples.monthend;

import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.telecrm.calendar.WorkingDayCalendar;
import org.telecrm.examples.CalendarOption;
import org.telecrm.examples.Crm;
import org.telecrm.examples.KeyFile;
import org.telecrm.examples.Options;
import org.telecrm.persistence.jdbc.PooledStorage;
import org.telecrm.order.clock.CalendarVersions;
import org.telecrm.persistence.StorageFailure;
import org.telecrm.persistence.memory.InMemoryStorage;
import org.telecrm.persistence.protection.PersonalDataKeys;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * {@code crm month-end --month YYYY-MM}: the month of a province's key-account service, run through the storage ports
 * on the embedded default (an on-disk H2 database), any JDBC store, or in memory; then its reports as JSON Lines and
 * HTML. See {@link #HELP}.
 */
public final class MonthEndCommand {

    /** The default number of key accounts in the sample province. */
    public static final int DEFAULT_KEY_ACCOUNTS = 60;
    /** The default seed of the sample province. */
    public static final long DEFAULT_SEED = 2026;
    /** The default directory of the store and the reports. */
    public static final String DEFAULT_DIR = "crm-data";
    /** The most orders a sample contract may be given ({@code --orders-per-contract}). */
    static final int MAX_ORDERS_PER_CONTRACT = 1_000;
    /** How many contracts' operation reports the HTML shows (all are in the JSON Lines). */
    static final int CONTRACTS_SHOWN = 50;

    public static final String HELP = """
            Usage: crm month-end --month YYYY-MM [--dir DIR] [--store JDBC-URL | --in-memory] [options]

            Runs the month-end of a province's key-account service through the storage ports, then writes its
            reports. Stages (progress on stderr): load the sample province (only what is not stored yet);
            group billing (each group's unified payment of the month allocated by its rule and posted to the
            headquarters' and branches' accounts); review delivery and return-visit deadlines of open orders;
            raise a compensation claim per breach of the month (late provisioning, availability); record both
            sides' confirmation, settle, and post the credit to the contract's billing account; dunning (each
            account's arrears on its schedule: reminder, partial suspension, suspension; payment plans kept or
            broken; automatic re-opening on payment); raise churn warnings. Every change is committed with its
            events in the outbox. Commands are dated by the
            month, never by the clock: running the same month again changes nothing and posts nothing twice, and
            a run interrupted half way, started again, ends in the same state.

            Options:
              --month YYYY-MM      required: the month to close; it and the six months before it must lie in
                                   the working-day calendar (%s to %s, or
                                   further with --calendar)
              --dir DIR            where the embedded H2 database (DIR/crm.mv.db) and the reports
                                   (DIR/reports/) go; default %s. Identity numbers, phone numbers and
                                   e-mail are stored sealed (AES-GCM) with the demo's keys in
                                   DIR/personal-data.keys, made on the first run (a host brings its own)
              --store JDBC-URL     use this database instead of the embedded one (H2, PostgreSQL, MariaDB);
                                   the crm_ tables are created or migrated first
              --user NAME          the store's user (with --store; default none)
              --password TEXT      the store's password (with --store; default none)
              --in-memory          keep the store in memory (nothing is kept after the run)
              --no-sample          do not load the sample province: run on the host's data already stored
              --key-accounts N     the sample's size: N key accounts, each with its headquarters, branch
                                   (3A up, paid for by the headquarters through a billing group), a public
                                   and a commercial customer, accounts, a contract on 1-3 circuits and about
                                   8 orders; default %d
              --orders-per-contract N
                                   the sample's orders: exactly N per contract (the natural mix cut there,
                                   or topped up with fault reports); default the natural mix, about 8.
                                   --key-accounts 100000 --orders-per-contract 10 is a province of 100,000
                                   contracts and 1,000,000 orders
              --seed S             the sample's seed (same seed, same province); default %d
            %s
              --help               show this text

            Output: DIR/reports/month-end-YYYY-MM.jsonl (one JSON object per line, "report" says which:
            summary, operation, compensation, sla-pass-rate, fault-week, return-visits, churn-warning,
            jeopardy, work-queue, group-statement, dunning) and DIR/reports/month-end-YYYY-MM.html (a self-contained page: tables and
            inline SVG charts). Both are the same bytes for the same store. On stdout: the summary (the same
            figures as the HTML's summary table), what this run changed, and where the reports are.

            Exit codes:
              0   the month-end ran and its reports were written
              64  usage error (missing or bad --month, unknown option, --store with --in-memory); nothing is run
              1   the store could not be reached or failed, the key file could not be read or made, or
                  the reports could not be written
            """.formatted(WorkingDayCalendar.official().firstDay(), WorkingDayCalendar.official().lastDay(),
            DEFAULT_DIR, DEFAULT_KEY_ACCOUNTS, DEFAULT_SEED, "  " + CalendarOption.HELP.replace("\n", "\n  "));

    private MonthEndCommand() {
    }

    private record Settings(YearMonth month, Path dir, Option<String> store, String user, String password,
                            boolean inMemory, boolean sample, int keyAccounts, int ordersPerContract, long seed,
                            WorkingDayCalendar calendar) {
    }

    public static int run(List<String> args, OutputStream out, PrintStream err) {
        Either<String, Options> options = Options.parse(args,
                HashSet.of("--month", "--dir", "--store", "--user", "--password", "--key-accounts", "--seed",
                        "--orders-per-contract",
                        CalendarOption.NAME),
                HashSet.of("--help", "--in-memory", "--no-sample"), 0, HashSet.of(CalendarOption.NAME));
        if (options.isRight() && options.get().has("--help")) {
            return Crm.printHelp(HELP, out, err);
        }
        Either<String, Settings> settings = options.flatMap(MonthEndCommand::settings);
        if (settings.isLeft()) {
            err.println("crm month-end: " + settings.getLeft());
            err.println("Usage: crm month-end --month YYYY-MM [--dir DIR] (crm month-end --help for more)");
            return Crm.USAGE;
        }
        try {
            return run(settings.get(), out, err);
        } catch (StorageFailure failure) {
            err.println("crm month-end: storage failure: " + failure.getMessage());
            return Crm.IO_FAILURE;
        } catch (IOException | UncheckedIOException failure) {
            err.println("crm month-end: I/O failure: " + failure.getMessage());
            return Crm.IO_FAILURE;
        }
    }

    private static Either<String, Settings> settings(Options o) {
        if (o.value("--month").isEmpty()) {
            return Either.left("--month YYYY-MM is required");
        }
        YearMonth month;
        try {
            month = YearMonth.parse(o.value("--month").get());
        } catch (DateTimeParseException e) {
            return Either.left("--month must be YYYY-MM, was '" + o.value("--month").get() + "'");
        }
        Either<String, WorkingDayCalendar> read = CalendarOption.calendar(o);
        if (read.isLeft()) {
            return Either.left(read.getLeft());
        }
        WorkingDayCalendar calendar = read.get();
        if (month.minusMonths(6).atDay(1).isBefore(calendar.firstDay()) || month.atEndOfMonth().isAfter(calendar.lastDay())) {
            return Either.left("--month " + month + ": it and the six months before it must lie in the working-day "
                    + "calendar (" + calendar.firstDay() + " to " + calendar.lastDay() + ")");
        }
        if (o.has("--store") && o.has("--in-memory")) {
            return Either.left("--store and --in-memory exclude each other");
        }
        if (!o.has("--store") && (o.has("--user") || o.has("--password"))) {
            return Either.left("--user and --password go with --store");
        }
        return o.number("--key-accounts", 1, DEFAULT_KEY_ACCOUNTS)
                .filterOrElse(n -> n <= 10_000_000, n -> "--key-accounts must be at most 10000000, was " + n)
                .flatMap(n -> o.number("--orders-per-contract", 1, 0)
                        .filterOrElse(k -> k <= MAX_ORDERS_PER_CONTRACT, k -> "--orders-per-contract must be at most "
                                + MAX_ORDERS_PER_CONTRACT + ", was " + k)
                        .flatMap(k -> seed(o).map(seed -> new Settings(month,
                                Path.of(o.value("--dir").getOrElse(DEFAULT_DIR)), o.value("--store"),
                                o.value("--user").getOrElse(""), o.value("--password").getOrElse(""),
                                o.has("--in-memory"), !o.has("--no-sample"), n.intValue(), k.intValue(), seed,
                                calendar))));
    }

    private static Either<String, Long> seed(Options o) {
        Option<String> text = o.value("--seed");
        if (text.isEmpty()) {
            return Either.right(DEFAULT_SEED);
        }
        try {
            return Either.right(Long.parseLong(text.get()));
        } catch (NumberFormatException e) {
            return Either.left("--seed must be a whole number, was '" + text.get() + "'");
        }
    }

    private static int run(Settings s, OutputStream out, PrintStream err) throws IOException {
        CalendarVersions calendars = CalendarVersions.first(s.calendar());
        CalendarOption.warnIfNearTheEnd(s.calendar(), s.month().atEndOfMonth(), "crm month-end", err);
        Files.createDirectories(s.dir());
        if (s.inMemory()) {
            return monthEnd(s, Ports.of(new InMemoryStorage()), () -> { }, calendars, out, err);
        }
        // H2 writes commits in the background (keeping its file compact; WRITE_DELAY=0 grew it about fourfold, some
        // 125 KB per order, as nothing compacts then): each finished stage is flushed, so a killed run resumes from
        // there at worst; what it loses of a stage (half a second of commits at most) the resumed run does again
        String url = s.store().getOrElse(() -> "jdbc:h2:file:" + s.dir().toAbsolutePath().resolve("crm")
                + ";FILE_LOCK=FS;LOCK_TIMEOUT=10000");
        Either<String, PersonalDataKeys> keys = KeyFile.in(s.dir());
        if (keys.isLeft()) {
            err.println("crm month-end: " + keys.getLeft());
            return Crm.IO_FAILURE;
        }
        try (PooledStorage store = PooledStorage.open(url, s.store().isDefined() ? s.user() : "sa", s.password(), 2,
                keys.get())) {
            err.println("month-end: store " + url.replaceAll("password=[^&;]*", "password=***"));
            return monthEnd(s, Ports.of(store.storage()), store::flush, calendars, out, err);
        }
    }

    private static int monthEnd(Settings s, Ports ports, Runnable stageDone, CalendarVersions calendars,
                                OutputStream out, PrintStream err) throws IOException {
        MonthEnd monthEnd = new MonthEnd(ports, s.month(), calendars, err, stageDone);
        SampleProvince sample = new SampleProvince(s.seed(), s.month(), calendars);
        MonthEnd.Changes changes = s.sample()
                ? monthEnd.run(Option.some(sample.units(s.keyAccounts(), s.ordersPerContract())), sample::unifiedPayments)
                : monthEnd.run(Option.none());

        err.println("month-end: reports ...");
        long started = System.nanoTime();
        Path reports = s.dir().resolve("reports");
        Files.createDirectories(reports);
        Path jsonl = reports.resolve("month-end-" + s.month() + ".jsonl");
        Path html = reports.resolve("month-end-" + s.month() + ".html");
        // written beside and moved into place, so a reader never sees half a report
        Path jsonlPart = reports.resolve(jsonl.getFileName() + ".part");
        MonthEndReport.Figures figures;
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(jsonlPart, StandardCharsets.UTF_8))) {
            figures = MonthEndReport.read(ports, s.month(), monthEnd.asOf(), calendars,
                    line -> Rendering.line(w, line), CONTRACTS_SHOWN);
            Rendering.figures(w, figures);
        }
        Files.move(jsonlPart, jsonl, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Path htmlPart = reports.resolve(html.getFileName() + ".part");
        Files.writeString(htmlPart, Rendering.html(figures, CONTRACTS_SHOWN), StandardCharsets.UTF_8);
        Files.move(htmlPart, html, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        err.println("month-end: reports: " + figures.summary().get("contracts in force") + " contracts, "
                + figures.summary().get("orders of the month") + " orders of the month, "
                + figures.summary().get("open orders") + " open orders, " + figures.summary().get("customers")
                + " customers read (" + (System.nanoTime() - started) / 1_000_000 + " ms)");

        PrintStream print = new PrintStream(out, false, StandardCharsets.UTF_8);
        print.println("Month-end " + s.month() + " summary:");
        for (Map.Entry<String, String> e : figures.summary().entrySet()) {
            print.println("  " + e.getKey() + ": " + e.getValue());
        }
        print.println("This run changed: " + changes.saves() + " aggregates saved, " + changes.events()
                + " events in the outbox");
        changes.lines().forEach(line -> print.println("  " + line));
        print.println("Report: " + html.toAbsolutePath());
        print.println("JSON Lines: " + jsonl.toAbsolutePath());
        print.flush();
        if (print.checkError()) {
            err.println("crm month-end: could not write to standard output");
            return Crm.IO_FAILURE;
        }
        return 0;
    }
}
