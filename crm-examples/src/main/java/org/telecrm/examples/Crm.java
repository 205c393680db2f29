package org.telecrm.examples;

import io.vavr.collection.List;
import org.telecrm.examples.calendar.CalendarCommand;
import org.telecrm.examples.generate.GenerateCommand;
import org.telecrm.examples.monthend.MonthEndCommand;
import org.telecrm.examples.settle.SettleCommand;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The {@code crm} command: {@code month-end}, {@code settle}, {@code calendar check}, {@code generate} and
 * {@code help}. The benchmarks are a program of their own ({@code crm-bench.jar}), so that this one carries no JMH.
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
    /**
     * The reader of standard output went away (e.g. {@code crm generate | head -1}): the command stops quietly
     * with the status a shell shows for a process ended by SIGPIPE (128 + 13), as Unix tools do.
     */
    public static final int BROKEN_PIPE = 141;

    static final String HELP = """
            Usage: crm <command> [options]

            Commands:
              month-end --month YYYY-MM [--dir DIR]
                                            run the month-end of a province (the sample, or the stored data)
                                            and write its reports; crm month-end --help for details
              settle --as-of YYYY-MM-DD [--calendar FILE]...
                                            settle provisioning orders (JSON Lines on stdin) into compensation
                                            results (JSON Lines on stdout); crm settle --help for details
              calendar check FILE...        check year schedules (JSON) before supplying them with --calendar;
                                            crm calendar --help for details
              generate --count N [--seed S] [--bad-every K]
                                            write N random valid orders as JSON Lines (for trials and benchmarks)
              help, -h, --help              show this text
              --version                     show the version

            Exit codes: 0 success, 2 some input lines were rejected (settle) or a schedule is invalid (calendar
            check), 3 some results not yet known (settle), 64 usage error, 1 I/O or storage failure, 141 standard
            output was closed by its reader (nothing is printed then).
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
            case "calendar":
                return CalendarCommand.run(rest, out, err);
            case "month-end":
                return MonthEndCommand.run(rest, out, err);
            case "generate":
                return GenerateCommand.run(rest, out, err);
            case "help":
            case "--help":
            case "-h":
                return printHelp(HELP, out, err);
            case "--version":
            case "version":
                return printHelp("crm " + version() + "\n", out, err);
            default:
                err.println("crm: unknown command '" + args[0] + "'");
                err.print(HELP);
                return USAGE;
        }
    }

    /**
     * Writes a command's help text to standard output: exit 0, {@link #BROKEN_PIPE} quietly when the reader went
     * away, or 1 when it cannot be written.
     */
    public static int printHelp(String help, OutputStream out, PrintStream err) {
        try {
            out.write(help.getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException failure) {
            return ioFailure("crm", failure, err);
        }
        return 0;
    }

    /**
     * The exit code of a command that failed to read or write: {@link #BROKEN_PIPE} without a word when its
     * output's reader went away, else {@link #IO_FAILURE} with the reason on stderr.
     */
    public static int ioFailure(String command, IOException failure, PrintStream err) {
        if (isBrokenPipe(failure)) {
            return BROKEN_PIPE;
        }
        err.println(command + ": I/O failure: " + failure.getMessage());
        return IO_FAILURE;
    }

    /** Whether a write failed because the reading end of the pipe was closed (EPIPE). */
    static boolean isBrokenPipe(IOException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage();
            if (message != null && (message.contains("Broken pipe") || message.contains("EPIPE"))) {
                return true;
            }
        }
        return false;
    }

    /** The version of this build (from the jar's filtered {@code version.properties}), or "unknown". */
    public static String version() {
        Properties properties = new Properties();
        try (InputStream in = Crm.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException unreadable) {
            return "unknown";
        }
        return properties.getProperty("version", "unknown");
    }
}
