package org.telecrm.examples;

import io.vavr.collection.List;
import org.telecrm.examples.bench.BenchCommand;
import org.telecrm.examples.generate.GenerateCommand;
import org.telecrm.examples.settle.SettleCommand;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The {@code crm} command: {@code settle}, {@code generate}, {@code bench} and {@code help}.
 *
 * <p>{@link #main} only binds the process's standard streams and exit code to {@link #run}, so that every
 * behaviour, exit codes included, can be tested in-process. Standard output is opened on its file
 * descriptor rather than through {@code System.out}, because {@code PrintStream} swallows write errors and
 * a failed write (a closed pipe, a full disk) must end in exit code 1, not in silently lost results.
 */
public final class Crm {

    /** The command line was wrong (sysexits.h EX_USAGE). */
    public static final int USAGE = 64;
    /** Reading input or writing output failed. */
    public static final int IO_FAILURE = 1;

    static final String HELP = """
            Usage: crm <command> [options]

            Commands:
              settle --as-of YYYY-MM-DD     settle provisioning orders (JSON Lines on stdin) into compensation
                                            results (JSON Lines on stdout); crm settle --help for details
              generate --count N [--seed S] [--bad-every K]
                                            write N random valid orders as JSON Lines (for trials and benchmarks)
              bench [--quick]               run the JMH benchmarks and print a summary table
              help                          show this text

            Exit codes: 0 success, 2 some input lines were rejected (settle), 64 usage error, 1 I/O failure.
            """;

    private Crm() {
    }

    public static void main(String[] args) {
        System.exit(run(args, new FileInputStream(FileDescriptor.in), new FileOutputStream(FileDescriptor.out), System.err));
    }

    /** Runs one command line against the given streams and returns the process exit code. */
    public static int run(String[] args, InputStream in, OutputStream out, PrintStream err) {
        if (args.length == 0) {
            err.print(HELP);
            return USAGE;
        }
        List<String> rest = List.of(args).tail();
        switch (args[0]) {
            case "settle":
                return SettleCommand.run(rest, in, out, err);
            case "generate":
                return GenerateCommand.run(rest, out, err);
            case "bench":
                return BenchCommand.run(rest, out, err);
            case "help":
            case "--help":
            case "-h":
                return printHelp(HELP, out, err);
            default:
                err.println("crm: unknown command '" + args[0] + "'");
                err.print(HELP);
                return USAGE;
        }
    }

    /** Writes a command's help text to standard output: exit 0, or 1 when it cannot be written. */
    public static int printHelp(String help, OutputStream out, PrintStream err) {
        PrintStream print = new PrintStream(out, false, StandardCharsets.UTF_8);
        print.print(help);
        print.flush();
        if (print.checkError()) {
            err.println("crm: could not write to standard output");
            return IO_FAILURE;
        }
        return 0;
    }
}
