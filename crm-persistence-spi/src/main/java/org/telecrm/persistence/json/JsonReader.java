package org.telecrm.persistence.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.telecrm.persistence.protection.KeyId;
import org.telecrm.persistence.protection.ProtectionError;
import org.telecrm.persistence.protection.Sealed;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A JSON object being read, with its path from the document root so that every error names the field. Unknown
 * fields are never looked at, so they are tolerated.
 */
final class JsonReader {

    private final JsonNode node;
    private final String path;

    private JsonReader(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    static JsonReader root(JsonNode node) {
        return new JsonReader(node, "");
    }

    /** The path of a field of this object. */
    String at(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    private JsonNode required(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new JsonFailure(new JsonError.Missing(at(field)));
        }
        return value;
    }

    private static JsonFailure invalid(String path, JsonNode was, String expected) {
        return new JsonFailure(new JsonError.Invalid(path, was.toString(), expected));
    }

    String text(String field) {
        JsonNode value = required(field);
        if (!value.isTextual()) {
            throw invalid(at(field), value, "a string");
        }
        return value.textValue();
    }

    Option<String> optionalText(String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? Option.none() : Option.some(text(field));
    }

    long longValue(String field) {
        JsonNode value = required(field);
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw invalid(at(field), value, "a whole number");
        }
        return value.longValue();
    }

    int intValue(String field) {
        JsonNode value = required(field);
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw invalid(at(field), value, "a whole number (int)");
        }
        return value.intValue();
    }

    boolean booleanValue(String field) {
        JsonNode value = required(field);
        if (!value.isBoolean()) {
            throw invalid(at(field), value, "true or false");
        }
        return value.booleanValue();
    }

    /**
     * A string field turned into a value by {@code parse}; a refusal of {@code parse} is an invalid field. Parsers
     * refuse with a {@link DateTimeException} (java.time) or an {@link IllegalArgumentException} (the domain's value
     * objects); anything else is a bug and propagates.
     */
    <T> T parsed(String field, Function<String, T> parse, String expected) {
        String text = text(field);
        try {
            return parse.apply(text);
        } catch (DateTimeException | IllegalArgumentException refused) {
            throw invalid(at(field), required(field), expected);
        }
    }

    /**
     * The clear text of a sealed personal value, {@code {"key":..., "sealed":...}}, opened by {@code open}; one that
     * does not open is {@link JsonError.NotOpened}.
     */
    String opened(String field, Function<Sealed, Either<ProtectionError, String>> open) {
        JsonReader sealed = object(field);
        KeyId key = sealed.parsed("key", KeyId::of, "a key id");
        String data = sealed.text("sealed");
        return open.apply(new Sealed(key, data))
                .getOrElseThrow(error -> new JsonFailure(new JsonError.NotOpened(at(field), error.message())));
    }

    /** A sealed personal value opened by {@code open} and turned into a value by {@code parse}, as {@link #parsed}. */
    <T> T openedParsed(String field, Function<Sealed, Either<ProtectionError, String>> open,
                       Function<String, T> parse, String expected) {
        String clear = opened(field, open);
        try {
            return parse.apply(clear);
        } catch (DateTimeException | IllegalArgumentException refused) {
            throw invalid(at(field), clear, expected);
        }
    }

    Instant instant(String field) {
        return parsed(field, Instant::parse, "an ISO-8601 instant such as 2026-07-01T01:00:00Z");
    }

    LocalDate date(String field) {
        return parsed(field, LocalDate::parse, "an ISO-8601 date such as 2026-07-01");
    }

    Duration duration(String field) {
        return parsed(field, Duration::parse, "an ISO-8601 duration such as PT72H");
    }

    JsonReader object(String field) {
        JsonNode value = required(field);
        if (!value.isObject()) {
            throw invalid(at(field), value, "an object");
        }
        return new JsonReader(value, at(field));
    }

    Option<JsonReader> optionalObject(String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? Option.none() : Option.some(object(field));
    }

    /** The elements of an array field, each an object read with {@code element}. */
    <T> Seq<T> objects(String field, Function<JsonReader, T> element) {
        JsonNode value = array(field);
        List<T> result = List.empty();
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            String itemPath = at(field) + "[" + i + "]";
            if (item == null || !item.isObject()) {
                throw invalid(itemPath, String.valueOf(item), "an object");
            }
            result = result.prepend(element.apply(new JsonReader(item, itemPath)));
        }
        return result.reverse();
    }

    /** The elements of an array field of whole numbers. */
    Seq<Long> longs(String field) {
        return values(field, item -> item.isIntegralNumber() && item.canConvertToLong(), JsonNode::longValue,
                "a whole number");
    }

    /** The elements of an array field of strings. */
    Seq<String> texts(String field) {
        return values(field, JsonNode::isTextual, JsonNode::textValue, "a string");
    }

    /** The elements of an array field of plain values, each {@code ok} or an invalid {@code field[i]}. */
    private <T> Seq<T> values(String field, java.util.function.Predicate<JsonNode> ok, Function<JsonNode, T> value,
                              String expected) {
        JsonNode array = array(field);
        List<T> result = List.empty();
        for (int i = 0; i < array.size(); i++) {
            JsonNode item = array.get(i);
            if (!ok.test(item)) {
                throw invalid(at(field) + "[" + i + "]", item, expected);
            }
            result = result.prepend(value.apply(item));
        }
        return result.reverse();
    }

    private JsonNode array(String field) {
        JsonNode value = required(field);
        if (!value.isArray()) {
            throw invalid(at(field), value, "an array");
        }
        return value;
    }

    /**
     * Builds a value from fields already read; a constructor's refusal ({@code IllegalArgumentException}) is an
     * invalid {@code field}.
     */
    <T> T build(String field, Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException e) {
            throw new JsonFailure(new JsonError.Invalid(at(field), "a value refused", e.getMessage()));
        }
    }

    private static JsonFailure invalid(String path, String was, String expected) {
        return new JsonFailure(new JsonError.Invalid(path, was, expected));
    }

    /** Whether this object has {@code field} (null or not). */
    boolean has(String field) {
        return node.has(field);
    }

    /** The path of this object (empty for the root). */
    String path() {
        return path;
    }

    /** Fails with an invalid-field error for {@code field} of this object. */
    JsonFailure invalidField(String field, String was, String expected) {
        return invalid(at(field), was, expected);
    }
}
