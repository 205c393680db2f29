package org.telecrm.examples.settle;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.telecrm.examples.settle.Orders.order;

/**
 * Lines an integrator's worst input holds, each of which settle must reject as a line (never stop the run), in
 * classes: Jackson's size limits, bytes that are not UTF-8, other encodings, unpaired surrogates, binary
 * garbage, JSON that is not one object, and values no order can have. Every line here must be rejected.
 */
final class HostileCorpus {

    /** One hostile line: its class (for messages) and its bytes, without the newline. */
    record Line(String kind, byte[] bytes) {
    }

    private HostileCorpus() {
    }

    static List<Line> lines() {
        List<Line> lines = new ArrayList<>();
        String good = order();
        // Jackson's limits, also in fields settle ignores.
        for (int digits : new int[] {1001, 5000, 100_000}) {
            add(lines, "long number in an ignored field", order("x", "1" + "0".repeat(digits - 1)));
            add(lines, "long number as the fee", order("standardOneTimeFee", "1" + "0".repeat(digits - 1)));
            add(lines, "long fraction as the fee", order("standardOneTimeFee", "0." + "0".repeat(digits)));
        }
        for (int depth : new int[] {1001, 5000, 200_000}) {
            add(lines, "deep array nesting", order("x", "[".repeat(depth) + "]".repeat(depth)));
            add(lines, "deep object nesting", order("x", "{\"a\":".repeat(depth) + "1" + "}".repeat(depth)));
            add(lines, "deep unclosed nesting", "[".repeat(depth));
        }
        add(lines, "long field name", "{\"" + "n".repeat(50_001) + "\":1," + good.substring(1));
        add(lines, "long field name after the order", good.substring(0, good.length() - 1) + ",\"" + "n".repeat(60_000) + "\":1}");
        // Not UTF-8 (the line is otherwise a good order).
        String[] badSequences = {"C0AF", "C1BF", "E080AF", "F08080AF", "EDA080", "EDBFBF", "F4908080", "F5", "FF", "FE", "80",
            "BF", "E4B8", "F09F98", "C3", "E0A0", "F8888080", "FC8480808080"};
        for (String hex : badSequences) {
            byte[] bad = hex(hex);
            add(lines, "not UTF-8 in a value (" + hex + ")", splice(good, good.indexOf("SO-1") + 3, bad));
            add(lines, "not UTF-8 in an ignored field (" + hex + ")", splice(good, good.indexOf("C-1") + 1, bad));
            add(lines, "not UTF-8 at the start (" + hex + ")", splice(good, 0, bad));
            add(lines, "not UTF-8 at the end (" + hex + ")", splice(good, good.length(), bad));
        }
        // NUL bytes and other encodings: never guessed.
        add(lines, "NUL bytes before the order", concat(new byte[4], good.getBytes(StandardCharsets.UTF_8)));
        add(lines, "NUL byte inside the order", splice(good, 10, new byte[1]));
        add(lines, "NUL bytes only", new byte[16]);
        for (String charset : new String[] {"UTF-16BE", "UTF-16LE", "UTF-32BE", "UTF-32LE", "UTF-16"}) {
            add(lines, "order in " + charset, withoutNewlines(good.getBytes(Charset.forName(charset))));
        }
        add(lines, "byte order mark", concat(hex("EFBBBF"), good.getBytes(StandardCharsets.UTF_8)));
        // Unpaired surrogates, as escapes (valid JSON, not text) and around the abbreviation cut.
        for (String escape : new String[] {"\\ud800", "\\udfff", "\\udc00\\ud800", "x\\ud83d"}) {
            add(lines, "unpaired surrogate in the order id", order("orderId", "\"SO-" + escape + "\""));
            add(lines, "unpaired surrogate in the product", order("product", "\"" + escape + "\""));
            add(lines, "unpaired surrogate in a date", order("acceptedOn", "\"" + escape + "\""));
        }
        String emoji = "\uD83D\uDE00";
        for (int before = 55; before <= 62; before++) {
            add(lines, "emoji across the quoting cut", order("product", "\"" + "P".repeat(before) + emoji.repeat(5) + "\""));
        }
        // JSON that is not one object.
        String[] notOneObject = {"{", "}", "[", "]", "{}{}", good + good, good + " x", good + ",", "{\"orderId\":\"SO-1\"," + good.substring(1),
            "{'orderId':'SO-1'}", "{orderId:\"SO-1\"}", "/* c */" + good, good + "//c", "NaN", "Infinity", "-", "\"", "\\u0000",
            "{\"orderId\":\"SO-1\"\u0000}", "\u0001\u0002\u0003", "{\"a\":01}", "{\"a\":1.}", "{\"a\":.5}", "{\"a\":+1}", "{\"a\":tru}",
            "{\"a\":\"\\x41\"}", "{\"a\":\"\t\"}", good.substring(0, good.length() - 1), "{\r", "\u000B" + good, "\u00A0" + good,
            "\u2028" + good};
        for (String text : notOneObject) {
            add(lines, "not one JSON object", text);
        }
        // Values no order can have.
        String[][] badValues = {
            {"standardOneTimeFee", "\"1e999999999\""}, {"standardOneTimeFee", "1E+999999999"}, {"standardOneTimeFee", "-0.01"},
            {"standardOneTimeFee", "\"92233720368547758.08\""}, {"standardOneTimeFee", "\"-92233720368547758.08\""},
            {"standardOneTimeFee", "NaN"}, {"standardOneTimeFee", "\"Infinity\""}, {"standardOneTimeFee", "1e-999999999"},
            {"acceptedOn", "\"+999999999-12-31\""}, {"acceptedOn", "\"-999999999-01-01\""}, {"acceptedOn", "\"0000-01-01\""},
            {"acceptedOn", "\"9999-12-31\""}, {"completedOn", "\"2026-09-24\""}, {"acceptedOn", "\"2026-02-29\""},
            {"orderId", "\"\""}, {"orderId", "null"}, {"orderId", "[\"SO-1\"]"}, {"product", "\"ddn\""}, {"provisioningClass", "0"}};
        for (String[] value : badValues) {
            add(lines, "bad " + value[0], order(value));
        }
        // Binary garbage, seeded: the same corpus on every run.
        Random random = new Random(17);
        for (int i = 0; i < 60; i++) {
            byte[] garbage = new byte[1 + random.nextInt(300)];
            random.nextBytes(garbage);
            garbage[0] = (byte) (0x80 | garbage[0]); // never valid JSON: starts with a byte no JSON text starts with
            lines.add(new Line("binary garbage " + i, withoutNewlines(garbage)));
        }
        // A good order with one byte changed to each class of hostile byte, at several places.
        for (int at = 0; at < good.length(); at += 7) {
            for (String hex : new String[] {"00", "C0", "FF", "80", "ED"}) {
                byte[] bytes = good.getBytes(StandardCharsets.UTF_8);
                bytes[at] = hex(hex)[0];
                lines.add(new Line("byte " + hex + " at " + at, bytes));
            }
        }
        return lines;
    }

    private static void add(List<Line> lines, String kind, String text) {
        lines.add(new Line(kind, text.getBytes(StandardCharsets.UTF_8)));
    }

    private static void add(List<Line> lines, String kind, byte[] bytes) {
        lines.add(new Line(kind, bytes));
    }

    private static byte[] splice(String text, int at, byte[] inserted) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes, 0, at);
        out.writeBytes(inserted);
        out.write(bytes, at, bytes.length - at);
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    /** A hostile line must stay one line: its newline bytes become spaces. */
    static byte[] withoutNewlines(byte[] bytes) {
        byte[] copy = bytes.clone();
        for (int i = 0; i < copy.length; i++) {
            if (copy[i] == '\n') {
                copy[i] = ' ';
            }
        }
        return copy;
    }

    static byte[] hex(String hex) {
        byte[] bytes = new byte[hex.length() / 2];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
        }
        return bytes;
    }
}
