package org.telecrm.examples.settle;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Input lines for tests: rules.md's worked DDN example, with fields replaced or removed. */
final class Orders {

    private Orders() {
    }

    /**
     * The example order with some fields changed: {@code overrides} are pairs of a field name and its raw JSON
     * value ({@code "\"DDN\""}, {@code "8000.00"}, {@code "null"}), or Java null to leave the field out.
     */
    static String order(String... overrides) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("orderId", "\"SO-1\"");
        fields.put("customerId", "\"C-1\"");
        fields.put("product", "\"DDN\"");
        fields.put("provisioningClass", "\"EXPRESS\"");
        fields.put("standardOneTimeFee", "\"8000.00\"");
        fields.put("acceptedOn", "\"2026-09-25\"");
        fields.put("completedOn", "\"2026-10-20\"");
        for (int i = 0; i < overrides.length; i += 2) {
            if (overrides[i + 1] == null) {
                fields.remove(overrides[i]);
            } else {
                fields.put(overrides[i], overrides[i + 1]);
            }
        }
        return fields.entrySet().stream()
                .map(field -> "\"" + field.getKey() + "\":" + field.getValue())
                .collect(Collectors.joining(",", "{", "}"));
    }
}
