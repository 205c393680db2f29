package org.telecrm.examples.settle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.telecrm.examples.Crm;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.telecrm.examples.settle.Orders.order;

/**
 * No input line stops {@code crm settle}: a hostile corpus (see {@link HostileCorpus}) interleaved with good
 * orders gives exit 2, one record per non-blank line, an error record with the right line number for every
 * hostile line, and for every good line exactly what a clean run gives; random and mutated bytes likewise.
 */
class HostileInputTest {

    private static final String AS_OF = "2026-12-31";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aHostileCorpusInterleavedWithGoodOrdersRejectsEachHostileLineAndSettlesTheGoodOnesAsACleanRunDoes() {
        List<HostileCorpus.Line> hostile = HostileCorpus.lines();
        List<String> good = new ArrayList<>();
        ByteArrayOutputStream mixed = new ByteArrayOutputStream();
        for (int i = 0; i < hostile.size(); i++) {
            String order = goodOrder(i);
            good.add(order);
            mixed.writeBytes((order + "\n").getBytes(StandardCharsets.UTF_8));
            mixed.writeBytes(hostile.get(i).bytes());
            mixed.write('\n');
        }
        SettleRun clean = SettleRun.settle(AS_OF, String.join("\n", good) + "\n");
        assertEquals(0, clean.exitCode(), clean.stderr());

        SettleRun run = SettleRun.crm(new ByteArrayInputStream(mixed.toByteArray()), "settle", "--as-of", AS_OF);

        assertEquals(SettleCommand.SOME_REJECTED, run.exitCode(), run.stderr());
        assertEquals(2 * hostile.size(), run.lines().size(), "one record per non-blank line");
        for (int i = 0; i < hostile.size(); i++) {
            assertEquals(clean.lines().get(i), run.lines().get(2 * i), "good line " + (2 * i + 1));
            JsonNode rejected = run.json(2 * i + 1);
            String kind = hostile.get(i).kind();
            assertTrue(rejected.has("error"), () -> kind + " was not rejected: " + rejected);
            assertEquals(2 * i + 2, rejected.get("line").asInt(), kind);
            String error = rejected.get("error").asText();
            assertFalse(error.isBlank(), kind);
            assertFalse(error.contains("Source") || error.contains("StreamReadConstraints") || error.contains("\n"),
                    () -> kind + ": Jackson's internals leak into '" + error + "'");
        }
        assertTrue(run.stderr().contains(hostile.size() + " rejected"), run.stderr());
        assertTrue(hostile.size() >= 300, "the corpus has " + hostile.size() + " lines");
    }

    /**
     * Every error text is settle's own wording: none of Jackson's phrases (any three words in a row of the message
     * Jackson gives for the same line, its quoted input left out) nor its markers appear in it.
     */
    @Test
    void everyErrorOfTheCorpusIsInSettlesOwnWordsNotJacksons() {
        List<HostileCorpus.Line> hostile = HostileCorpus.lines();
        ByteArrayOutputStream input = new ByteArrayOutputStream();
        for (HostileCorpus.Line line : hostile) {
            input.writeBytes(line.bytes());
            input.write('\n');
        }
        SettleRun run = SettleRun.crm(new ByteArrayInputStream(input.toByteArray()), "settle", "--as-of", AS_OF);
        assertEquals(hostile.size(), run.lines().size(), run.stderr());
        int jacksonRefused = 0;
        for (int i = 0; i < hostile.size(); i++) {
            String kind = hostile.get(i).kind();
            String error = run.json(i).get("error").asText();
            for (String marker : JACKSON_MARKERS) {
                assertFalse(error.toLowerCase(java.util.Locale.ROOT).contains(marker),
                        () -> kind + ": Jackson's '" + marker + "' in '" + error + "'");
            }
            java.util.Optional<String> jackson = jacksonsMessage(hostile.get(i).bytes());
            if (jackson.isPresent()) {
                jacksonRefused++;
                List<String> ours = words(error);
                for (List<String> phrase : phrases(jackson.get())) {
                    assertEquals(-1, java.util.Collections.indexOfSubList(ours, phrase),
                            () -> kind + ": Jackson's phrase " + phrase + " in '" + error + "' (Jackson: '"
                                    + jackson.get() + "')");
                }
            }
        }
        assertTrue(jacksonRefused >= 80, "lines Jackson itself refuses: " + jacksonRefused);
    }

    /** Words of Jackson's messages that no error of settle's may hold. */
    private static final List<String> JACKSON_MARKERS = List.of("ctrl-char", "(code ", "end-of-input", "was expecting",
            "unrecognized token", "marker", "jsonreadfeature", "streamreadconstraints", "source", "non-standard",
            "root-level", "enable `", "feature", "illegal");

    /** The message Jackson gives for the line (read strictly as UTF-8, as settle does), if it refuses it. */
    private static java.util.Optional<String> jacksonsMessage(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return java.util.Optional.empty();
        }
        try (com.fasterxml.jackson.core.JsonParser p = Settlement.jsonFactory().createParser(text.toCharArray())) {
            while (p.nextToken() != null) {
                // every token, as settle reads them
            }
            return java.util.Optional.empty();
        } catch (com.fasterxml.jackson.core.JsonProcessingException refused) {
            return java.util.Optional.of(refused.getOriginalMessage());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Every three words in a row of Jackson's message, its quoted input and numbers left out. */
    private static List<List<String>> phrases(String jackson) {
        List<String> words = words(jackson.replaceAll("'[^']*'", " ").replaceAll("\"[^\"]*\"", " "));
        List<List<String>> phrases = new ArrayList<>();
        for (int i = 0; i + 3 <= words.size(); i++) {
            phrases.add(words.subList(i, i + 3));
        }
        return phrases;
    }

    private static List<String> words(String text) {
        return java.util.Arrays.stream(text.toLowerCase(java.util.Locale.ROOT).split("[^a-z]+"))
                .filter(w -> !w.isEmpty()).toList();
    }

    @Test
    void theOutputIsStrictUtf8WhateverTheInputHeld() throws CharacterCodingException {
        ByteArrayOutputStream input = new ByteArrayOutputStream();
        for (HostileCorpus.Line line : HostileCorpus.lines()) {
            input.writeBytes(line.bytes());
            input.write('\n');
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Crm.run(new String[] {"settle", "--as-of", AS_OF}, new ByteArrayInputStream(input.toByteArray()), out,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(out.toByteArray()));
    }

    @Test
    void limitRefusalsNameTheLimitAndTheColumn() {
        String message = SettleRun.settleLines(AS_OF, order("x", "[".repeat(1001) + "]".repeat(1001))).onlyError();
        // The 1001st bracket is refused: its column is the characters before it plus one.
        assertEquals("malformed JSON at column " + (order().length() - 1 + ",\"x\":".length() + 1001)
                + ": nested deeper than 1000 levels", message);
        assertTrue(SettleRun.settleLines(AS_OF, order("x", "9".repeat(1001))).onlyError()
                .endsWith(": a number longer than 1000 characters"));
        assertTrue(SettleRun.settleLines(AS_OF, "{\"" + "n".repeat(50_001) + "\":1}").onlyError()
                .endsWith(": a field name longer than 50000 characters"));
    }

    @Test
    void bytesThatAreNotUtf8AreNamedWithTheirByteAndColumn() {
        // {"orderId":"é then C0 AF (an overlong '/'): é is two bytes and one column.
        byte[] line = HostileCorpus.hex("7B226F726465724964223A22" + "C3A9" + "C0AF" + "227D");
        SettleRun run = SettleRun.crm(new ByteArrayInputStream(concat(line, "\n")), "settle", "--as-of", AS_OF);
        assertTrue(run.onlyError().startsWith("not UTF-8: byte 15 (column 14) is 0xC0"), run.onlyError());
    }

    @Test
    void linesInOtherEncodingsAreRejectedNotGuessed() {
        for (String charset : List.of("UTF-16BE", "UTF-16LE", "UTF-32BE", "UTF-32LE")) {
            byte[] line = order().getBytes(java.nio.charset.Charset.forName(charset));
            SettleRun run = SettleRun.crm(new ByteArrayInputStream(concat(line, "\n")), "settle", "--as-of", AS_OF);
            assertEquals(SettleCommand.SOME_REJECTED, run.exitCode(), charset);
            assertTrue(run.json(run.lines().size() - 1).has("error"), charset);
        }
    }

    @Test
    void anUnpairedSurrogateInTheOrderIdIsRejectedAndNeverWrittenBack() {
        SettleRun run = SettleRun.settleLines(AS_OF, order("orderId", "\"SO-\\ud800\""));
        assertTrue(run.onlyError().startsWith("orderId: holds an unpaired surrogate"), run.onlyError());
        assertTrue(run.json(0).get("orderId").isNull());
    }

    @Test
    void quotedInputIsNeverCutInsideACodePoint() {
        String value = "P".repeat(59) + "\uD83D\uDE00" + "tail";
        String message = SettleRun.settleLines(AS_OF, order("product", "\"" + value + "\"")).onlyError();
        assertTrue(message.contains("'" + "P".repeat(59) + "...'"), message);
        assertEquals("\uFFFD", Texts.abbreviate("\uDC00"));
        assertEquals("a\uD83D\uDE00", Texts.abbreviate("a\uD83D\uDE00"));
    }

    @Property(tries = 300)
    void randomBytesGiveOneRecordPerNonBlankLineAndNeverStopTheRun(@ForAll("hostileInputs") byte[] input) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Crm.run(new String[] {"settle", "--as-of", AS_OF}, new ByteArrayInputStream(input), out,
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertTrue(exit == 0 || exit == SettleCommand.SOME_REJECTED, () -> "exit " + exit + ": " + err);
        List<String> records = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(nonBlankLines(input), records.size());
        for (String record : records) {
            try {
                JsonNode node = JSON.readTree(record);
                assertTrue(node.has("error") || node.has("compensation"), record);
            } catch (Exception notJson) {
                fail("not a JSON record: " + record);
            }
        }
    }

    @Provide
    Arbitrary<byte[]> hostileInputs() {
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(400);
        Arbitrary<byte[]> mutated = Combinators.combine(
                        Arbitraries.integers().between(0, 1 << 16), Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(8))
                .as((at, bytes) -> {
                    byte[] good = (order() + "\n" + order("orderId", "\"SO-2\"") + "\n").getBytes(StandardCharsets.UTF_8);
                    int from = at % good.length;
                    for (int i = 0; i < bytes.length && from + i < good.length; i++) {
                        good[from + i] = bytes[i];
                    }
                    return good;
                });
        Arbitrary<byte[]> corpus = Arbitraries.of(HostileCorpus.lines()).map(HostileCorpus.Line::bytes);
        return Arbitraries.oneOf(random, mutated, corpus);
    }

    private static long nonBlankLines(byte[] input) {
        long lines = 0;
        boolean blank = true;
        boolean any = false;
        for (byte b : input) {
            if (b == '\n') {
                lines += blank ? 0 : 1;
                blank = true;
                any = false;
            } else {
                any = true;
                if (b != ' ' && b != '\t' && b != '\r') {
                    blank = false;
                }
            }
        }
        return lines + (any && !blank ? 1 : 0);
    }

    private static String goodOrder(int i) {
        String[] classes = {"EXPRESS", "URGENT", "NORMAL"};
        return order("orderId", "\"SO-" + i + "\"", "provisioningClass", "\"" + classes[i % 3] + "\"",
                "standardOneTimeFee", "\"" + (1000 + i) + "." + (i % 100 < 10 ? "0" : "") + (i % 100) + "\"");
    }

    private static byte[] concat(byte[] line, String end) {
        byte[] both = new byte[line.length + end.length()];
        System.arraycopy(line, 0, both, 0, line.length);
        System.arraycopy(end.getBytes(StandardCharsets.US_ASCII), 0, both, line.length, end.length());
        return both;
    }
}
