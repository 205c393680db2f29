package org.telecrm.persistence.tck;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.telecrm.persistence.protection.KeyId;
import org.telecrm.persistence.protection.PersonalDataCipher;
import org.telecrm.persistence.protection.Sealed;

/**
 * A customer's or customer event's JSON as schema version 1 wrote it, before personal values were sealed: the same
 * document with every sealed value opened back into clear text and {@code schemaVersion} 1. What a store written by
 * an earlier snapshot holds.
 *
 * <pre>{@code
 * String v1 = ClearSchemaV1.of(CustomerJson.write(customer, cipher), cipher);   // "number":"11010519491231002X"
 * }</pre>
 */
public final class ClearSchemaV1 {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ClearSchemaV1() {
    }

    public static String of(String json, PersonalDataCipher cipher) {
        try {
            ObjectNode root = (ObjectNode) MAPPER.readTree(json);
            String id = (root.has("customerId") ? root.get("customerId") : root.get("id")).textValue();
            opened(root, "customer " + id, cipher);
            root.put("schemaVersion", 1);
            return MAPPER.writeValueAsString(root);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("not JSON: " + e.getMessage(), e);
        }
    }

    private static void opened(JsonNode node, String context, PersonalDataCipher cipher) {
        if (node instanceof ObjectNode object) {
            for (String field : io.vavr.collection.List.ofAll(object::fieldNames)) {
                JsonNode value = object.get(field);
                if (value.isObject() && value.size() == 2 && value.path("key").isTextual()
                        && value.path("sealed").isTextual()) {
                    String clear = cipher.open(new Sealed(KeyId.of(value.get("key").textValue()),
                            value.get("sealed").textValue()), context).get();
                    object.set(field, TextNode.valueOf(clear));
                } else {
                    opened(value, context, cipher);
                }
            }
        } else if (node != null && node.isArray()) {
            node.forEach(item -> opened(item, context, cipher));
        }
    }
}
