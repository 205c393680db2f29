package org.telecrm.persistence.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vavr.control.Either;
import org.telecrm.customer.CustomerId;
import org.telecrm.persistence.protection.PersonalDataCipher;
import org.telecrm.persistence.protection.ProtectionError;
import org.telecrm.persistence.protection.Sealed;

import java.util.Objects;

import static org.telecrm.persistence.json.CustomerJson.CLEAR_SCHEMA_VERSION;

/**
 * Seals and opens the personal values of one customer's documents, bound to the customer (the AES-GCM associated
 * data), so a value copied into another customer's document does not open.
 */
record Personal(PersonalDataCipher cipher, String context, boolean clearV1) {

    static Personal of(PersonalDataCipher cipher, CustomerId id) {
        return new Personal(Objects.requireNonNull(cipher, "cipher"), "customer " + id.value(), false);
    }

    /** For a document of schema version 1, whose personal values are in clear (read once, sealed on the next save). */
    static Personal of(PersonalDataCipher cipher, CustomerId id, long schemaVersion) {
        return new Personal(Objects.requireNonNull(cipher, "cipher"), "customer " + id.value(),
                schemaVersion == CLEAR_SCHEMA_VERSION);
    }

    /** The personal value at {@code field}: sealed (version 2) and opened, or in clear (version 1). */
    String value(JsonReader r, String field) {
        return clearV1 ? r.text(field) : r.opened(field, this::open);
    }

    /** The personal value at {@code field} turned into a value by {@code parse}, as {@link JsonReader#parsed}. */
    <T> T parsed(JsonReader r, String field, java.util.function.Function<String, T> parse, String expected) {
        return clearV1 ? r.parsed(field, parse, expected) : r.openedParsed(field, this::open, parse, expected);
    }

    /** Whether an optional personal value is there: an object (sealed) or a text (version 1). */
    boolean has(JsonReader r, String field) {
        return clearV1 ? r.optionalText(field).isDefined() : r.optionalObject(field).isDefined();
    }

    ObjectNode seal(String clear) {
        Sealed sealed = cipher.seal(clear, context);
        ObjectNode node = Json.object();
        node.put("key", sealed.key().value());
        node.put("sealed", sealed.data());
        return node;
    }

    Either<ProtectionError, String> open(Sealed sealed) {
        return cipher.open(sealed, context);
    }
}
