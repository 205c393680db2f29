package org.telecrm.persistence.json;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;

/**
 * The stored names of an enum's constants, spelled out so that renaming a constant in {@code crm-core} never
 * changes stored JSON (a new constant without a name fails loudly when written).
 */
final class StableNames<E extends Enum<E>> {

    private final Map<E, String> names;
    private final Map<String, E> constants;

    private StableNames(Map<E, String> names) {
        this.names = names;
        this.constants = names.map((constant, name) -> io.vavr.Tuple.of(name, constant));
    }

    @SafeVarargs
    static <E extends Enum<E>> StableNames<E> of(io.vavr.Tuple2<E, String>... pairs) {
        return new StableNames<>(LinkedHashMap.ofEntries(pairs));
    }

    String name(E constant) {
        return names.get(constant).getOrElseThrow(
                () -> new IllegalStateException("no stored name for " + constant + ": add one to the mapper"));
    }

    E read(JsonReader reader, String field) {
        String name = reader.text(field);
        return constants.get(name).getOrElseThrow(
                () -> reader.invalidField(field, name, "one of " + constants.keySet().mkString(", ")));
    }

    /** The constants named by an array field of names; an unknown name is an invalid {@code field[i]}. */
    io.vavr.collection.Seq<E> readAll(JsonReader reader, String field) {
        return reader.texts(field).zipWithIndex().map(named -> constants.get(named._1).getOrElseThrow(
                () -> reader.invalidField(field + "[" + named._2 + "]", named._1,
                        "one of " + constants.keySet().mkString(", "))));
    }
}
