package org.telecrm.examples.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.telecrm.examples.Crm;
import org.telecrm.examples.settle.Settlement;
import org.telecrm.sla.Product;
import org.telecrm.sla.ProvisioningClass;
import org.telecrm.sla.provisioning.ProvisioningCompensation;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Generated input: deterministic per seed, valid as promised, bad exactly where asked. */
class OrderGeneratorTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate AS_OF = LocalDate.of(2026, 12, 31);

    private static List<String> generate(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = Crm.run(args, new ByteArrayInputStream(new byte[0]), out, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertEquals(0, exit);
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private static List<JsonNode> settle(List<String> lines) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Settlement(ProvisioningCompensation.rulesMdDefaults(), AS_OF)
                .settle(new ByteArrayInputStream(String.join("\n", lines).getBytes(StandardCharsets.UTF_8)), out);
        return out.toString(StandardCharsets.UTF_8).lines().map(line -> {
            try {
                return JSON.readTree(line);
            } catch (IOException e) {
                throw new AssertionError(line, e);
            }
        }).toList();
    }

    @Test
    void theSameSeedGivesTheSameLines() {
        assertEquals(generate("generate", "--count", "200", "--seed", "9"), generate("generate", "--count", "200", "--seed", "9"));
        assertNotEquals(generate("generate", "--count", "200", "--seed", "9"), generate("generate", "--count", "200", "--seed", "10"));
    }

    @Test
    void generatedOrdersAreValidAndCoverEveryProductClassAndOpenOrders() throws IOException {
        List<String> lines = generate("generate", "--count", "3000");
        assertEquals(3000, lines.size());
        Set<Product> products = EnumSet.noneOf(Product.class);
        Set<ProvisioningClass> classes = EnumSet.noneOf(ProvisioningClass.class);
        int open = 0;
        for (String line : lines) {
            JsonNode order = JSON.readTree(line);
            products.add(Product.valueOf(order.get("product").asText()));
            classes.add(ProvisioningClass.valueOf(order.get("provisioningClass").asText()));
            open += order.has("completedOn") ? 0 : 1;
        }
        assertEquals(EnumSet.allOf(Product.class), products);
        assertEquals(EnumSet.allOf(ProvisioningClass.class), classes);
        assertTrue(open > 200 && open < 400, "about one in ten is open: " + open);
        assertTrue(settle(lines).stream().noneMatch(result -> result.has("error")), "every generated order settles");
    }

    @Test
    void everyKthLineIsBadAndEachKindOfBadLineIsRejected() throws IOException {
        int kinds = OrderGenerator.BadLine.values().length;
        List<String> lines = generate("generate", "--count", String.valueOf(3 * kinds * 2), "--bad-every", "3");
        List<JsonNode> results = settle(lines);
        assertEquals(lines.size(), results.size());
        Set<String> messages = new HashSet<>();
        for (int i = 0; i < results.size(); i++) {
            boolean shouldBeBad = (i + 1) % 3 == 0;
            assertEquals(shouldBeBad, results.get(i).has("error"), "line " + (i + 1) + ": " + lines.get(i) + " -> " + results.get(i));
            if (shouldBeBad) {
                messages.add(results.get(i).get("error").asText().replaceAll("[0-9]", ""));
            }
        }
        assertTrue(messages.size() >= kinds - 1, "the bad lines are of varied kinds: " + messages);
    }

    @Test
    void aCountIsRequiredAndMustBeANumber() {
        for (String[] args : List.of(new String[]{"generate"}, new String[]{"generate", "--count", "many"},
                new String[]{"generate", "--count", "-1"}, new String[]{"generate", "--count", "5", "--bad-every", "0"})) {
            assertEquals(Crm.USAGE, Crm.run(args, new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(),
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)), String.join(" ", args));
        }
    }
}
