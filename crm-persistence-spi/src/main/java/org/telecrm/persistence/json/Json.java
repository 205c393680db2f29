package org.telecrm.persistence.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import org.telecrm.persistence.outbox.EventId;
import org.telecrm.persistence.outbox.OutboxMessage;

import java.time.Instant;

import java.util.function.Function;

/** The shared Jackson plumbing of the mappers: reading with typed errors, writing with a schema version. */
final class Json {

    static final String SCHEMA_VERSION = "schemaVersion";

    /**
     * Reads strictly: a duplicated key (which of its values is meant?) and anything after the document (a second
     * document, trailing garbage) are refused, as {@code crm settle} refuses them.
     */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private Json() {
    }

    /**
     * The outbox messages of a change of aggregate {@code type}/{@code id} saved as {@code version}: one per event,
     * in order, id {@code type/id/version/index}, message type {@code type.EventType}, payload the event's JSON.
     */
    static <E> Seq<OutboxMessage> outboxMessages(String type, String id, long version, Seq<E> events,
                                                 Function<E, String> eventType, Function<E, Instant> occurredAt,
                                                 Function<E, String> write) {
        return events.zipWithIndex().map(indexed -> new OutboxMessage(new EventId(type, id, version, indexed._2),
                type + "." + eventType.apply(indexed._1), occurredAt.apply(indexed._1), write.apply(indexed._1)));
    }

    static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    static ArrayNode array() {
        return JsonNodeFactory.instance.arrayNode();
    }

    /** A document object that starts with its schema version. */
    static ObjectNode document(long schemaVersion) {
        ObjectNode node = object();
        node.put(SCHEMA_VERSION, schemaVersion);
        return node;
    }

    static String text(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values always serialises", e);
        }
    }

    /** Jackson's message without its notes on a further line (a source dump, a configuration hint). */
    static String firstLine(String message) {
        String text = String.valueOf(message);
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    /**
     * Parses {@code json}, checks its schema version against {@code supported}, and reads it with {@code reader};
     * any fault is a {@link JsonError} naming the field.
     */
    static <T> Either<JsonError, T> read(String json, long supported, Function<JsonReader, T> reader) {
        return readObject(json, document -> {
            long version = document.longValue(SCHEMA_VERSION);
            if (version != supported) {
                throw new JsonFailure(new JsonError.UnsupportedSchemaVersion(SCHEMA_VERSION, version, supported));
            }
            return reader.apply(document);
        });
    }

    /**
     * Reads a document of any of the {@code readable} schema versions, giving the reader the version it found (a
     * format that changed reads its older versions too); another version is
     * {@link JsonError.UnsupportedSchemaVersion} naming the highest readable.
     */
    static <T> Either<JsonError, T> read(String json, io.vavr.collection.Set<Long> readable,
                                         java.util.function.BiFunction<JsonReader, Long, T> reader) {
        return readObject(json, document -> {
            long version = document.longValue(SCHEMA_VERSION);
            if (!readable.contains(version)) {
                throw new JsonFailure(new JsonError.UnsupportedSchemaVersion(SCHEMA_VERSION, version,
                        readable.max().get()));
            }
            return reader.apply(document, version);
        });
    }

    /** The JSON object {@code json} as a tree, or why it is not one. */
    static Either<JsonError, ObjectNode> tree(String json) {
        if (json == null) {
            return Either.left(new JsonError.Malformed("$", "no text"));
        }
        try {
            JsonNode root = MAPPER.readTree(json);
            return root != null && root.isObject() ? Either.right((ObjectNode) root)
                    : Either.left(new JsonError.Malformed("$", "expected a JSON object"));
        } catch (JsonProcessingException e) {
            return Either.left(new JsonError.Malformed("$", firstLine(e.getOriginalMessage())));
        }
    }

    /**
     * Parses {@code json}, a part of a document (no schema version of its own), and reads it with {@code reader};
     * any fault is a {@link JsonError} naming the field.
     */
    static <T> Either<JsonError, T> readObject(String json, Function<JsonReader, T> reader) {
        if (json == null) {
            return Either.left(new JsonError.Malformed("$", "no text"));
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            return Either.left(new JsonError.Malformed("$", firstLine(e.getOriginalMessage())));
        }
        if (root == null || !root.isObject()) {
            return Either.left(new JsonError.Malformed("$", "expected a JSON object"));
        }
        try {
            return Either.right(reader.apply(JsonReader.root(root)));
        } catch (JsonFailure failure) {
            return Either.left(failure.error);
        }
    }
}
