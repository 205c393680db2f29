package org.telecrm.examples.settle;

import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.telecrm.calendar.WorkingDayCalendar;
import org.telecrm.examples.CalendarOption;
import org.telecrm.examples.Crm;
import org.telecrm.examples.Options;
import org.telecrm.sla.provisioning.ProvisioningCompensation;
import org.telecrm.sla.provisioning.ProvisioningTariff;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * {@code crm settle --as-of YYYY-MM-DD [--calendar FILE]...}: the command-line face of {@link Settlement}, on the
 * default tariff of rules.md section 5 and the official working-day calendar, extended by {@link CalendarOption}.
 *
 * <p>The as-of date is checked before any input is read, so that a typo fails at once with exit code 64 rather
 * than after reading a large file and rejecting every open order in it.
 */
public final class SettleCommand {

    /** Some lines were rejected: the results that were written are still right. */
    public static final int SOME_REJECTED = 2;

    /**
     * Some lines need a year the calendar does not know yet (and none was rejected, which takes precedence): their
     * money is not yet known; run again with that year's schedule ({@code --calendar}).
     */
    public static final int SOME_NOT_YET_KNOWN = 3;

    public static final String HELP = """
            Usage: crm settle --as-of YYYY-MM-DD [--calendar FILE]... [FILE] > results.jsonl
                   crm settle --as-of YYYY-MM-DD [--calendar FILE]... < orders.jsonl > results.jsonl

            Settles provisioning orders under the SLA provisioning guarantee (rules.md section 5: deadline,
            one-time fee charged for the class, compensation per working day late, capped at the whole fee),
            on the official working-day calendar (%s to %s) and any years added with --calendar.

            Options:
              --as-of YYYY-MM-DD   required: the day orders that are still open are settled as of; not before
                                   the calendar's first day. A day after its last day is allowed: money that
                                   needs it is "not yet known" (see Output).
            %s
              -h, --help           show this text
              FILE                 read the orders from FILE instead of standard input ("-": standard input)

            Input (FILE or stdin): JSON Lines, strict UTF-8 (a line with bytes that are not UTF-8 is rejected,
            naming the byte and column; no other encoding is guessed), one order object per line, for example
              {"orderId":"SO-1","customerId":"C-1","product":"DDN","provisioningClass":"EXPRESS",
               "standardOneTimeFee":"8000.00","acceptedOn":"2026-09-25","completedOn":"2026-10-20"}
              orderId             required, a non-empty string
              product             required, one of DIGITAL_CIRCUIT, DDN, FR, ATM
              provisioningClass   required, one of EXPRESS, URGENT, NORMAL
              standardOneTimeFee  required, yuan as a decimal string ("8000.00") or a JSON number (8000.00);
                                  not negative, at most two decimals (read exactly, never rounded)
              acceptedOn          required, YYYY-MM-DD
              completedOn         YYYY-MM-DD; absent or null: still open, settled as of --as-of
              customerId and any other fields are ignored. Duplicate keys are an error. A line of only
              whitespace is skipped (it still counts in line numbers). A line longer than 1 MiB characters
              is rejected without being read; so is, with its column, a number longer than 1000 characters,
              nesting deeper than 1000 levels or a field name longer than 50000 characters.

            Output (stdout): JSON Lines, one line per non-blank input line, in input order:
              {"orderId":"SO-1","dueOn":"2026-10-13","workingDaysLate":5,"chargedOneTimeFee":"12000.00","compensation":"3000.00","capped":false}
              amounts are yuan with two decimals, as strings; capped: the cap decided the compensation.
            A line that cannot be settled gives an error record instead, and the run goes on:
              {"line":7,"orderId":"SO-7","error":"acceptedOn: '2026-02-30' is not a real date: 2026-02 has 28 days"}
              line is the 1-based line number in the input; orderId is null when it could not be read; error
              names each field that is wrong, all of them, joined by "; ".
            A line whose money needs a day of a year the calendar does not know yet gives, instead of a guess:
              {"line":9,"orderId":"SO-9","notYetKnown":"not yet known: acceptedOn: ...; settled once the schedule of 2027 is supplied"}
            A summary goes to stderr, and a warning when the run's dates come within 60 days of the calendar's
            last known day.

            Exit codes:
              0   every non-blank line was settled
              2   some lines were rejected (their error records are in the output)
              3   none rejected, but some lines are not yet known (supply the year with --calendar)
              64  usage error (missing or bad --as-of, bad --calendar file, unknown option, more than one FILE);
                  no input is read
              1   opening or reading the input or writing the output failed
              141 standard output was closed by its reader; nothing more is written or said
            """.formatted(WorkingDayCalendar.official().firstDay(), WorkingDayCalendar.official().lastDay(),
            CalendarOption.HELP);

    private SettleCommand() {
    }

    public static int run(List<String> args, InputStream in, OutputStream out, PrintStream err) {
        Either<String, Options> options = Options.parse(args, HashSet.of("--as-of", CalendarOption.NAME),
                HashSet.of("--help", "-h"), 1, HashSet.of(CalendarOption.NAME));
        if (options.isRight() && (options.get().has("--help") || options.get().has("-h"))) {
            return Crm.printHelp(HELP, out, err);
        }
        Either<String, WorkingDayCalendar> calendar = options.flatMap(CalendarOption::calendar);
        Either<String, LocalDate> asOf = options.flatMap(o -> calendar.flatMap(c -> asOf(o, c)));
        if (asOf.isLeft()) {
            err.println("crm settle: " + asOf.getLeft());
            err.println("Usage: crm settle --as-of YYYY-MM-DD [--calendar FILE]... [FILE] (crm settle --help for more)");
            return Crm.USAGE;
        }
        Option<String> file = options.get().positionals().headOption().filter(name -> !name.equals("-"));
        InputStream input = in;
        if (file.isDefined()) {
            try {
                input = Files.newInputStream(Path.of(file.get()));
            } catch (InvalidPathException | IOException unreadable) {
                err.println("crm settle: cannot read " + file.get() + ": "
                        + (unreadable instanceof NoSuchFileException ? "no such file"
                        : unreadable instanceof AccessDeniedException ? "permission denied" : unreadable.getMessage()));
                return Crm.IO_FAILURE;
            }
        }
        SettleSummary summary;
        try {
            summary = new Settlement(ProvisioningCompensation.of(calendar.get(), ProvisioningTariff.RULES_MD), asOf.get())
                    .settle(input, out);
        } catch (IOException failure) {
            return Crm.ioFailure("crm settle", failure, err);
        } finally {
            if (input != in) {
                closeQuietly(input);
            }
        }
        err.println("crm settle: " + summary);
        LocalDate latest = summary.latestDate().filter(d -> d.isAfter(asOf.get())).getOrElse(asOf.get());
        CalendarOption.warnIfNearTheEnd(calendar.get(), latest, "crm settle", err);
        return summary.rejected() > 0 ? SOME_REJECTED : summary.notYetKnown() > 0 ? SOME_NOT_YET_KNOWN : 0;
    }

    private static void closeQuietly(InputStream file) {
        try {
            file.close();
        } catch (IOException ignored) {
            // Everything was read: a file that fails to close loses nothing.
        }
    }

    /** The as-of date: a real date, not before the calendar's first day; after its last day is allowed. */
    private static Either<String, LocalDate> asOf(Options options, WorkingDayCalendar calendar) {
        return options.value("--as-of")
                .toEither("--as-of YYYY-MM-DD is required")
                .flatMap(text -> IsoDates.parse(text).mapLeft(problem -> "--as-of " + problem))
                .filterOrElse(date -> !date.isBefore(calendar.firstDay()), date -> "--as-of " + date
                        + " is before the working-day calendar, which starts on " + calendar.firstDay());
    }
}
