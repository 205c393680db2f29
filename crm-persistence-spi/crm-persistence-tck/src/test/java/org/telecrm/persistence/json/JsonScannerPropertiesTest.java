package org.telecrm.persistence.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vavr.collection.List;
import io.vavr.control.Either;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;
import org.telecrm.persistence.tck.ServiceOrderGenerators;
import org.telecrm.persistence.tck.ServiceOrderHistory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The codec's own scanner ({@link JsonScanner}) reads every text exactly as the same codec reads it through Jackson's
 * parser ({@link JacksonTokens}), the reference. Invariants:
 * <ul>
 *   <li>a generated order and its events, as written, pretty-printed, with the schema version or the event's type
 *       last (the replayed paths), or with an escaped name, read back equal to themselves through both;</li>
 *   <li>any text (fixtures and generated documents truncated, cut, with characters inserted or replaced) reads
 *       through the mapping ({@code Codecs.read}) exactly as through Jackson, never throwing; and the scanner alone
 *       (no second read through Jackson) gives the same answer but for the wording of a malformed document, which it
 *       finds malformed exactly when Jackson does.</li>
 * </ul>
 */
class JsonScannerPropertiesTest {

    /** A text and the codec that reads it. */
    record Document(String json, Codec.Fields<?> codec) {
    }

    private static final ObjectMapper PRETTY = new ObjectMapper();

    private static final List<Document> FIXTURES = fixtures("service-order", ServiceOrderJson.ORDER)
            .appendAll(fixtures("service-order-events", ServiceOrderJson.EVENT))
            .appendAll(fixtures("mass-outage", MassOutageJson.OUTAGE))
            .appendAll(fixtures("mass-outage-events", MassOutageJson.EVENT));

    @Provide
    Arbitrary<ServiceOrderHistory> histories() {
        return ServiceOrderGenerators.histories();
    }

    @Property(tries = 200)
    void a_generated_order_and_its_events_read_the_same_through_the_scanner_and_jackson(
            @ForAll("histories") ServiceOrderHistory history) {
        Document order = new Document(ServiceOrderJson.write(history.order()), ServiceOrderJson.ORDER);
        assertEquals(Either.right(history.order()), scannerAlone(order));
        variants(order).forEach(variant -> {
            assertEquals(Either.right(history.order()), scannerAlone(variant), variant.json());
            assertEquals(Either.right(history.order()), jackson(variant), variant.json());
        });
        history.events().forEach(event -> {
            Document written = new Document(ServiceOrderJson.writeEvent(event), ServiceOrderJson.EVENT);
            variants(written).forEach(variant -> {
                assertEquals(Either.right(event), scannerAlone(variant), variant.json());
                assertEquals(Either.right(event), jackson(variant), variant.json());
            });
        });
    }

    @Provide
    Arbitrary<String> mutated() {
        Arbitrary<Document> seed = Arbitraries.oneOf(Arbitraries.of(FIXTURES.toJavaList()),
                histories().map(h -> new Document(ServiceOrderJson.write(h.order()), ServiceOrderJson.ORDER)));
        Arbitrary<Character> character = Arbitraries.oneOf(
                Arbitraries.of('{', '}', '[', ']', ':', ',', '"', '\\', ' ', '\n', '\t', '0', '1', '9', '-', '+', '.',
                        'e', 'E', 't', 'n', 'f', 'u', 'x', '\u0000', '\u001f', '\u00e9', '\ufeff', '\ud800'),
                Arbitraries.chars());
        return Combinators.combine(seed, Arbitraries.integers().between(0, 4), Arbitraries.doubles().between(0, 1),
                        Arbitraries.integers().between(1, 40), character)
                .as((document, how, where, length, c) -> {
                    String json = document.json();
                    int at = (int) (where * json.length());
                    int to = Math.min(json.length(), at + length);
                    return switch (how) {
                        case 0 -> json.substring(0, at);                                          // truncated
                        case 1 -> json.substring(0, at) + json.substring(to);                     // cut
                        case 2 -> json.substring(0, at) + c + json.substring(at);                 // inserted
                        case 3 -> json.substring(0, at) + c + json.substring(Math.min(json.length(), at + 1));
                        default -> json.substring(0, at) + json.substring(at, to) + json.substring(at);   // repeated
                    } + "\u0001" + FIXTURES.indexOf(document);
                });
    }

    @Property(tries = 3000)
    void any_text_reads_through_the_scanner_as_through_jackson(@ForAll("mutated") String mutated) {
        int mark = mutated.lastIndexOf('\u0001');
        int fixture = Integer.parseInt(mutated.substring(mark + 1));
        Document document = new Document(mutated.substring(0, mark),
                fixture < 0 ? ServiceOrderJson.ORDER : FIXTURES.get(fixture).codec());
        Either<JsonError, ?> reference = jackson(document);
        Statistics.label("outcome").collect(reference.isLeft() ? reference.getLeft().getClass().getSimpleName() : "read");
        Statistics.label("outcome").coverage(c -> {
            c.check("Malformed").count(n -> n > 0);
            c.check("Invalid").count(n -> n > 0);
            c.check("read").count(n -> n > 0);
        });
        sameAsJackson(document);
    }

    @Test
    void edges_of_the_grammar_read_as_jackson_reads_them() {
        String paused = "{\"schemaVersion\":1,\"type\":\"ClockPaused\",\"order\":\"SO-1\","
                + "\"occurredAt\":\"2026-03-02T01:00:00Z\",\"reason\":\"SITE_NOT_READY\"}";
        List<String> texts = List.of(paused, " \r\n\t" + paused + " \n", "\ufeff" + paused, paused + "{}",
                paused + "x", paused + "]", paused + "\"", paused + " 1", "", " ", "[1]", "\"x\"", "1", "{", "{}",
                paused.replace("\"schemaVersion\":1", "\"schemaVersion\":-0"),
                paused.replace("\"schemaVersion\":1", "\"schemaVersion\":01"),
                paused.replace("\"schemaVersion\":1", "\"schemaVersion\":1.0"),
                paused.replace("\"schemaVersion\":1", "\"schemaVersion\":1e0"),
                paused.replace("\"schemaVersion\":1", "\"schemaVersion\":1."),
                paused.replace("\"schemaVersion\":1", "\"schemaVersion\":-"),
                paused.replace("\"schemaVersion\":1", "\"schemaVersion\":2147483648"),
                paused.replace("\"schemaVersion\":1", "\"schemaVersion\":9223372036854775807"),
                paused.replace("\"schemaVersion\":1", "\"schemaVersion\":9223372036854775808"),
                paused.replace("\"schemaVersion\":1", "\"schemaVersion\":123456789012345678901234567890"),
                paused.replace("\"schemaVersion\":1", "\"schemaVersion\":" + "1".repeat(1_001)),
                paused.replace("\"schemaVersion\":1", "\"schemaVersion\":true"),
                paused.replace("\"schemaVersion\":1", "\"schemaVersion\":truex"),
                paused.replace("\"schemaVersion\":1", "\"schemaVersion\":nul"),
                paused.replace("\"schemaVersion\":1", "\"schemaVersion\":null"),
                paused.replace("\"schemaVersion\":1,", "") + "",
                paused.replace("\"order\"", "\"\\u006frder\""),
                paused.replace("\"order\"", "\"\\u006Frder\""),
                paused.replace("\"SO-1\"", "\"SO-\\u0031\\n\\\"\\/\\\\\""),
                paused.replace("\"SO-1\"", "\"SO-\\x\""),
                paused.replace("\"SO-1\"", "\"SO-\\u12\""),
                paused.replace("\"SO-1\"", "\"SO-\t1\""),
                paused.replace("\"SO-1\"", "\"SO-\ud8001\""),
                paused.replace("}", ",\"later\":[{\"a\":[1,2.5e-3,{}],\"b\":null},true,false,\"\\u00e9\"]}"),
                paused.replace("}", ",\"later\":[1,]}"),
                paused.replace("}", ",\"later\":{\"a\":1,}}"),
                paused.replace("}", ",\"later\":" + "[".repeat(950) + "]".repeat(950) + "}"),
                paused.replace("}", ",\"later\":" + "[".repeat(1_200) + "]".repeat(1_200) + "}"),
                paused.replace("}", ",\"x\":1,\"x\":2}"),
                paused.replace("{\"schemaVersion\":1,\"type\":\"ClockPaused\",", "{").replace("}",
                        ",\"type\":\"ClockPaused\",\"schemaVersion\":1}"),
                paused.replace("{\"schemaVersion\":1,\"type\":\"ClockPaused\",", "{").replace("}",
                        ",\"type\":\"ClockPaused\",\"schemaVersion\":1,\"type\":\"ClockPaused\"}"),
                paused.replace(",\"reason\":\"SITE_NOT_READY\"", ",\"reason\":[\"SITE_NOT_READY\"]"),
                paused.replace(",\"reason\":\"SITE_NOT_READY\"", ",\"reason\":{\"x\":[1]}"));
        texts.forEach(text -> sameAsJackson(new Document(text, ServiceOrderJson.EVENT)));
        assertEquals(Either.right(Codecs.read(paused, v -> v == 1, 1, ServiceOrderJson.EVENT).get()),
                scannerAlone(new Document(paused.replace("\"order\"", "\"\\u006frder\""), ServiceOrderJson.EVENT)));
        JsonError cut = scannerAlone(new Document("{\n\"schemaVersion\":1,\n\"type\":", ServiceOrderJson.EVENT))
                .getLeft();
        assertInstanceOf(JsonError.Malformed.class, cut);
        assertTrue(cut.message().endsWith("at line 3, column 8"), cut.message());
        String deep = paused.replace("}", ",\"later\":" + "[".repeat(950) + "]".repeat(950) + "}");
        assertTrue(((JsonError.Malformed) scannerAlone(new Document(deep, ServiceOrderJson.EVENT)).getLeft()).detail()
                .startsWith(JsonScanner.LEFT_TO_JACKSON + "nested deeper"));
        assertTrue(Codecs.read(deep, v -> v == 1, 1, ServiceOrderJson.EVENT).isRight());
    }

    // ---- the reads compared ---------------------------------------------------------------------------------------

    private static void sameAsJackson(Document document) {
        Either<JsonError, ?> reference = jackson(document);
        assertEquals(reference, Codecs.read(document.json(), v -> v == 1, 1, document.codec()), document.json());
        Either<JsonError, ?> alone = scannerAlone(document);
        if (alone.isLeft() && alone.getLeft() instanceof JsonError.Malformed m
                && m.detail().startsWith(JsonScanner.LEFT_TO_JACKSON)) {
            return;   // a document past the scanner's limits, read through Jackson (checked above)
        }
        if (reference.isLeft() && reference.getLeft() instanceof JsonError.Malformed) {
            assertInstanceOf(JsonError.Malformed.class, alone.getLeft(), document.json());
        } else {
            assertEquals(reference, alone, document.json());
        }
    }

    private static Either<JsonError, ?> scannerAlone(Document document) {
        return Codecs.readWithScannerAlone(document.json(), v -> v == 1, 1, document.codec());
    }

    private static Either<JsonError, ?> jackson(Document document) {
        return Codecs.readWithJackson(document.json(), v -> v == 1, 1, document.codec());
    }

    /** The document as written, pretty-printed, with its schema version last, with its discriminator last. */
    private static List<Document> variants(Document written) {
        String json = written.json();
        String versionLast = "{" + json.substring("{\"schemaVersion\":1,".length(), json.length() - 1)
                + ",\"schemaVersion\":1}";
        List<Document> variants = List.of(written, new Document(pretty(json), written.codec()),
                new Document(versionLast, written.codec()),
                new Document(json.replace("\"schemaVersion\"", "\"schema\\u0056ersion\""), written.codec()));
        if (json.startsWith("{\"schemaVersion\":1,\"type\":\"")) {
            int typeEnd = json.indexOf("\",", "{\"schemaVersion\":1,\"type\":\"".length()) + 2;
            String type = json.substring("{\"schemaVersion\":1,".length(), typeEnd - 1);
            variants = variants.append(new Document("{\"schemaVersion\":1," + json.substring(typeEnd,
                    json.length() - 1) + "," + type + "}", written.codec()));
        }
        return variants;
    }

    private static String pretty(String json) {
        try {
            return PRETTY.writerWithDefaultPrettyPrinter().writeValueAsString(PRETTY.readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Document> fixtures(String folder, Codec.Fields<?> codec) {
        try {
            Path path = Paths.get(JsonScannerPropertiesTest.class.getClassLoader().getResource(Golden.ROOT + folder)
                    .toURI());
            try (Stream<Path> files = Files.list(path)) {
                return List.ofAll(files.sorted().map(file -> {
                    try {
                        return new Document(Files.readString(file, StandardCharsets.UTF_8), codec);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
