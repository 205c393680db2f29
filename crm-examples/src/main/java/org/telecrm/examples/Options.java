package org.telecrm.examples;

import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * The options of one subcommand: {@code --name value} (or {@code --name=value}) for the names it declares as
 * taking a value, and bare {@code --name} for its flags.
 *
 * <p>Hand-written rather than a library because the commands have a handful of options each, and because a
 * mistake on the command line must be a value ({@code Left} with a sentence for stderr) that the command turns
 * into exit code 64, never an exception.
 */
public final class Options {

    private final Map<String, List<String>> values;
    private final List<String> positionals;

    private Options(Map<String, List<String>> values, List<String> positionals) {
        this.values = values;
        this.positionals = positionals;
    }

    /**
     * Reads {@code args}; anything not declared, a missing value, a repeated option or a positional
     * argument is a usage error.
     */
    public static Either<String, Options> parse(List<String> args, Set<String> valued, Set<String> flags) {
        return parse(args, valued, flags, 0);
    }

    /**
     * As {@link #parse(List, Set, Set)}, taking up to {@code maxPositionals} arguments that are not options
     * (such as an input file; a lone {@code -} counts as one), in order.
     */
    public static Either<String, Options> parse(List<String> args, Set<String> valued, Set<String> flags, int maxPositionals) {
        return parse(args, valued, flags, maxPositionals, io.vavr.collection.HashSet.empty());
    }

    /**
     * As {@link #parse(List, Set, Set, int)}, and the names in {@code repeatable} (each also in {@code valued}) may be
     * given any number of times, their values kept in order ({@link #values}).
     */
    public static Either<String, Options> parse(List<String> args, Set<String> valued, Set<String> flags, int maxPositionals,
                                                Set<String> repeatable) {
        Map<String, List<String>> values = HashMap.empty();
        List<String> positionals = List.empty();
        List<String> rest = args;
        while (!rest.isEmpty()) {
            String arg = rest.head();
            rest = rest.tail();
            int equals = arg.indexOf('=');
            String name = equals < 0 ? arg : arg.substring(0, equals);
            String value;
            if ((!arg.startsWith("-") || arg.equals("-")) && positionals.size() < maxPositionals) {
                positionals = positionals.append(arg);
                continue;
            }
            if (flags.contains(name) && equals < 0) {
                value = "";
            } else if (!valued.contains(name)) {
                return Either.left(arg.startsWith("--") ? "unknown option " + arg : "unexpected argument '" + arg + "'");
            } else if (equals >= 0) {
                value = arg.substring(equals + 1);
            } else if (rest.isEmpty() || rest.head().startsWith("--")) {
                return Either.left(name + " needs a value");
            } else {
                value = rest.head();
                rest = rest.tail();
            }
            if (values.containsKey(name) && !repeatable.contains(name)) {
                return Either.left(name + " is given more than once");
            }
            values = values.put(name, values.get(name).getOrElse(List.empty()).append(value));
        }
        return Either.right(new Options(values, positionals));
    }

    public Option<String> value(String name) {
        return values.get(name).map(List::head);
    }

    /** Every value of a repeatable option, in the order given; empty when absent. */
    public List<String> values(String name) {
        return values.get(name).getOrElse(List.empty());
    }

    /** The arguments that are not options, in order (none unless the command takes them). */
    public List<String> positionals() {
        return positionals;
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    /** A whole number option at least {@code min}, or the default when absent. */
    public Either<String, Long> number(String name, long min, long whenAbsent) {
        Option<String> text = value(name);
        if (text.isEmpty()) {
            return Either.right(whenAbsent);
        }
        long value;
        try {
            value = Long.parseLong(text.get());
        } catch (NumberFormatException notANumber) {
            return Either.left(name + " must be a whole number, was '" + text.get() + "'");
        }
        return value < min ? Either.left(name + " must be at least " + min + ", was " + value) : Either.right(value);
    }
}
