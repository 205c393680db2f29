package org.telecrm.persistence.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The stored format is frozen at v1 ({@link Golden}): every fixture, an aggregate's document or an outbox event's,
 * read by today's mapping and written again is the same bytes; every aggregate and every event type of the sealed
 * event hierarchies has fixtures; and no personal value sits in them in clear.
 */
class GoldenV1Test {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static Path folder(String name) {
        URL url = GoldenV1Test.class.getClassLoader().getResource(Golden.ROOT + name);
        if (url == null) {
            return Path.of("no fixture folder " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The fixtures of a folder, by name; none when it does not exist. */
    static List<Path> fixtures(String name) {
        Path folder = folder(name);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Nested
    class A_fixture_read_and_written_back_is_the_same_bytes {

        @TestFactory
        Stream<DynamicTest> every_aggregate_document() {
            return Golden.KINDS.toJavaStream().flatMap(kind -> fixtures(kind.name()).stream().map(file ->
                    DynamicTest.dynamicTest(kind.name() + "/" + file.getFileName(), () -> sameBytes(file,
                            kind.roundTrip(text(file))))));
        }

        @TestFactory
        Stream<DynamicTest> every_event() {
            return Golden.KINDS.toJavaStream().flatMap(kind -> fixtures(kind.eventFolder()).stream().map(file ->
                    DynamicTest.dynamicTest(kind.eventFolder() + "/" + file.getFileName(), () -> sameBytes(file,
                            kind.eventRoundTrip(text(file))))));
        }

        private void sameBytes(Path file, String written) throws IOException {
            assertEquals(text(file), written, file.toString());
            assertArrayEquals(Files.readAllBytes(file), written.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Nested
    class Every_aggregate_and_every_event_type_has_fixtures {

        @Test
        void every_aggregate() {
            Golden.KINDS.forEach(kind -> assertFalse(fixtures(kind.name()).isEmpty(), kind.name()));
        }

        @Test
        void every_event_type_the_sealed_hierarchies_permit() {
            Golden.KINDS.forEach(kind -> {
                Set<String> permitted = Golden.concrete(kind.events()).map(Class::getName).toJavaSet();
                Set<String> fixed = new TreeSet<>(fixtures(kind.eventFolder()).stream()
                        .map(file -> kind.readEvent().apply(text(file)).get().getClass().getName())
                        .collect(Collectors.toSet()));
                Set<String> missing = new TreeSet<>(permitted);
                missing.removeAll(fixed);
                assertEquals(Set.of(), missing, kind.name() + " event types without a fixture");
                assertTrue(permitted.size() > 1, "the hierarchy was enumerated");
            });
        }

        @Test
        void the_permitted_subclasses_are_enumerated_through_nested_sealed_types() {
            // AccountEvent.EntryPosted is itself sealed: its four records count, the interface does not
            Set<String> names = Golden.concrete(org.telecrm.account.AccountEvent.class).map(Class::getSimpleName)
                    .toJavaSet();
            assertTrue(names.contains("ChargePosted") && names.contains("CompensationCredited"), names.toString());
            assertFalse(names.contains("EntryPosted"), names.toString());
        }
    }

    @Nested
    class No_personal_value_in_clear {

        /** Every identity number, phone number, extension, e-mail and address line of the customer fixtures is sealed. */
        @Test
        void the_customer_fixtures_hold_personal_values_sealed_only() throws IOException {
            int sealed = 0;
            for (String name : List.of(Golden.CUSTOMER.name(), Golden.CUSTOMER.eventFolder())) {
                for (Path file : fixtures(name)) {
                    sealed += sealedValues(MAPPER.readTree(text(file)), file.toString());
                }
            }
            assertTrue(sealed > 0, "the fixtures hold sealed values");
        }

        private int sealedValues(JsonNode node, String where) {
            int count = 0;
            if (node.isObject()) {
                for (var fields = node.fields(); fields.hasNext(); ) {
                    var field = fields.next();
                    if (List.of("number", "extension", "email", "line").contains(field.getKey())) {
                        JsonNode value = field.getValue();
                        assertTrue(value.isObject() && value.path("key").asText().equals(GoldenCipher.KEY.value())
                                && value.path("sealed").isTextual(), where + ": " + field.getKey() + " in clear");
                        count++;
                    } else {
                        count += sealedValues(field.getValue(), where);
                    }
                }
            } else if (node.isArray()) {
                for (JsonNode item : node) {
                    count += sealedValues(item, where);
                }
            }
            return count;
        }
    }
}
