package org.telecrm.persistence.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.telecrm.customer.CustomerId;
import org.telecrm.persistence.protection.KeyId;
import org.telecrm.persistence.protection.PersonalDataCipher;
import org.telecrm.persistence.protection.Sealed;
import java.util.Objects;

import static org.telecrm.persistence.json.CustomerJson.CLEAR_SCHEMA_VERSION;
import static org.telecrm.persistence.json.CustomerJson.read;
import static org.telecrm.persistence.json.CustomerEventJson.readEvent;
import static org.telecrm.persistence.json.CustomerJson.write;
import static org.telecrm.persistence.json.CustomerEventJson.writeEvent;

/** A stored customer document or event re-sealed under the current key (see {@link CustomerJson#resealed}). */
final class CustomerResealing {

    private CustomerResealing() {
    }

    // ---- key rotation -------------------------------------------------------------------------------------------

    /**
     * A customer's or a customer event's JSON with every personal value sealed under a key other than the cipher's
     * current one opened and sealed again under the current one; none when all of them already are (nothing to
     * rewrite). Everything else stays as it was, byte for byte in meaning.
     */
    static Either<JsonError, Option<String>> resealed(String json, PersonalDataCipher cipher) {
        Objects.requireNonNull(cipher, "cipher");
        return Json.tree(json).flatMap(root -> {
            if (root.path(Json.SCHEMA_VERSION).asLong() == CLEAR_SCHEMA_VERSION) {
                // version 1 held the values in clear: read it and write it again, every value sealed (version 2)
                return root.has("customerId")
                        ? readEvent(json, cipher).map(e -> Option.some(writeEvent(e, cipher)))
                        : read(json, cipher).map(c -> Option.some(write(c, cipher)));
            }
            JsonNode id = root.has("customerId") ? root.get("customerId") : root.get("id");
            if (id == null || !id.isTextual()) {
                return Either.left(new JsonError.Missing("id"));
            }
            Personal personal = Personal.of(cipher, CustomerId.of(id.textValue()));
            try {
                return Either.right(resealed(root, "", personal) ? Option.some(Json.text(root)) : Option.none());
            } catch (JsonFailure failure) {
                return Either.left(failure.error);
            }
        });
    }

    /** Re-seals, in place, the sealed values under {@code node} that are not under the current key; whether any. */
    static boolean resealed(JsonNode node, String path, Personal personal) {
        boolean changed = false;
        if (node instanceof ObjectNode object) {
            for (String field : io.vavr.collection.List.ofAll(object::fieldNames)) {
                JsonNode value = object.get(field);
                String at = path.isEmpty() ? field : path + "." + field;
                if (isSealed(value)) {
                    Sealed sealed = new Sealed(KeyId.of(value.get("key").textValue()), value.get("sealed").textValue());
                    if (!personal.cipher().isCurrent(sealed)) {
                        String clear = personal.open(sealed).getOrElseThrow(error -> new JsonFailure(
                                new JsonError.NotOpened(at, error.message())));
                        object.set(field, personal.seal(clear));
                        changed = true;
                    }
                } else {
                    changed |= resealed(value, at, personal);
                }
            }
        } else if (node != null && node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                changed |= resealed(node.get(i), path + "[" + i + "]", personal);
            }
        }
        return changed;
    }

    /** A sealed value: an object of exactly a text {@code key} and a text {@code sealed}. */
    static boolean isSealed(JsonNode node) {
        return node != null && node.isObject() && node.size() == 2 && node.path("key").isTextual()
                && node.path("sealed").isTextual();
    }
}
