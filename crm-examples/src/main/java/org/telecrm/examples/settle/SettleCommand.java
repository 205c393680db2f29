package org.telecrm.examples.settle;

import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.telecrm.calendar.WorkingDayCalendar;
import org.telecrm.examples.Crm;
import org.telecrm.examples.Options;
import org.telecrm.sla.provisioning.ProvisioningCompensation;

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
 * {@code crm settle --as-of YYYY-MM-DD}: the command-line face of {@link Settlement}, on the default tariff of
 * rules.md section 5 and the official working-day calendar.
 *
 * <p>The as-of date is checked before any input is read, so that a typo fails at once with exit code 64 rather
 * than after reading a large file and rejecting every open order in it.
 */
public final class SettleCommand {

    /** Some lines were rejected: the results that were written are still right. */
    public static final int SOME_REJECTED = 2;

    public static final String HELP = """
            Usage: crm settle --as-of YYYY-MM-DD [FILE] > results.jsonl
                   crm settle --as-of YYYY-MM-DD < orders.jsonl > results.jsonl

            Settles provisioning orders under the SLA provisioning guarantee (rules.md section 5: deadline,
            one-time fee charged for the class, compensation per working day late, capped at the whole fee),
            on the official working-day calendar.

            Options:
              --as-of YYYY-MM-DD   required: the day orders that are still open are settled as of; must lie
                                   in the working-day calendar (%s to %s)
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
            A summary goes to stderr.

            Exit codes:
              0   every non-blank line was settled
              2   some lines were rejected (their error records are in the output)
              64  usage error (missing or bad --as-of, unknown option, more than one FILE); no input is read
              1   opening or reading the input or writing the output failed
              141 standard output was closed by its reader; nothing more is written or said
            """.formatted(WorkingDayCalendar.official().firstDay(), WorkingDayCalendar.official().lastDay());

    private SettleCommand() {
    }

    public static int run(List<String> args, InputStream in, OutputStream out, PrintStream err) {
        Either<String, Options> options = Options.parse(args, HashSet.of("--as-of"), HashSet.of("--help", "-h"), 1);
        if (options.isRight() && (options.get().has("--help") || options.get().has("-h"))) {
            return Crm.printHelp(HELP, out, err);
        }
        Either<String, LocalDate> asOf = options.flatMap(SettleCommand::asOf);
        if (asOf.isLeft()) {
            err.println("crm settle: " + asOf.getLeft());
            err.println("Usage: crm settle --as-of YYYY-MM-DD [FILE] (crm settle --help for more)");
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
            summary = new Settlement(ProvisioningCompensation.rulesMdDefaults(), asOf.get()).settle(input, out);
        } catch (IOException failure) {
            return Crm.ioFailure("crm settle", failure, err);
        } finally {
            if (input != in) {
                closeQuietly(input);
            }
        }
        err.println("crm settle: " + summary);
        return summary.rejected() > 0 ? SOME_REJECTED : 0;
    }

    private static void closeQuietly(InputStream file) {
        try {
            file.close();
        } catch (IOException ignored) {
            // Everything was read: a file that fails to close loses nothing.
        }
    }

    private static Either<String, LocalDate> asOf(Options options) {
        WorkingDayCalendar calendar = WorkingDayCalendar.official();
        return options.value("--as-of")
                .toEither("--as-of YYYY-MM-DD is required")
                .flatMap(text -> IsoDates.parse(text).mapLeft(problem -> "--as-of " + problem))
                .filterOrElse(calendar::covers, date -> "--as-of " + date + " is outside the working-day calendar, which knows "
                        + calendar.firstDay() + " to " + calendar.lastDay());
    }
}
