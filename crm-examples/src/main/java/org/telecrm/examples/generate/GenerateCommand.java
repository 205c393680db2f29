package org.telecrm.examples.generate;

import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.control.Either;
import org.telecrm.examples.Crm;
import org.telecrm.examples.Options;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * {@code crm generate --count N [--seed S] [--bad-every K]}: writes random settle input, for trying settle on
 * realistic volumes and for the benchmarks. Lines are written as they are made, so any count runs in
 * constant memory.
 */
public final class GenerateCommand {

    public static final String HELP = """
            Usage: crm generate --count N [--seed S] [--bad-every K] > orders.jsonl

            Writes N random valid provisioning orders as JSON Lines (the input of crm settle): every product and
            class, accepted 2023-01-01 to 2026-06-30, completed 0 to 60 days later or (one in ten) still open,
            fees 100.00 to 99999.99. The same seed always gives the same lines. Settle them with an --as-of date
            from 2026-06-30 to 2026-12-31.

            Options:
              --count N       required: how many lines to write
              --seed S        the random seed (default 1)
              --bad-every K   make every K-th line a bad one, of a different kind each time (malformed JSON,
                              missing field, unknown product, impossible date, negative fee, ...)
              --help          show this text

            Exit codes: 0 written, 64 usage error, 1 writing failed, 141 the output's reader went away (quietly).
            """;

    private GenerateCommand() {
    }

    public static int run(List<String> args, OutputStream out, PrintStream err) {
        Either<String, Options> options = Options.parse(args, HashSet.of("--count", "--seed", "--bad-every"), HashSet.of("--help"));
        if (options.isRight() && options.get().has("--help")) {
            return Crm.printHelp(HELP, out, err);
        }
        Either<String, Options> checked = options.filterOrElse(o -> o.has("--count"), o -> "--count N is required");
        Either<String, Long> count = checked.flatMap(o -> o.number("--count", 0, 0));
        Either<String, Long> seed = checked.flatMap(o -> o.number("--seed", Long.MIN_VALUE, 1));
        Either<String, Long> badEvery = checked.flatMap(o -> o.number("--bad-every", 1, 0));
        for (Either<String, Long> value : List.of(count, seed, badEvery)) {
            if (value.isLeft()) {
                err.println("crm generate: " + value.getLeft());
                err.println("Usage: crm generate --count N [--seed S] [--bad-every K] (crm generate --help for more)");
                return Crm.USAGE;
            }
        }
        try {
            write(new OrderGenerator(seed.get(), badEvery.get()), count.get(), out);
        } catch (IOException failure) {
            return Crm.ioFailure("crm generate", failure, err);
        }
        return 0;
    }

    /** Writes {@code count} lines of the generator to {@code out} and flushes it, without closing it. */
    public static void write(OrderGenerator generator, long count, OutputStream out) throws IOException {
        Writer lines = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        for (long i = 0; i < count; i++) {
            lines.write(generator.nextLine());
            lines.write('\n');
        }
        lines.flush();
    }
}
