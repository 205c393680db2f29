package org.telecrm.examples.settle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.telecrm.examples.Crm;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** One in-process run of {@code crm} for tests: its exit code, its output lines and its stderr. */
record SettleRun(int exitCode, List<String> lines, String stderr) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static SettleRun crm(InputStream in, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Crm.run(args, in, out, new PrintStream(err, true, StandardCharsets.UTF_8));
        return new SettleRun(exit, out.toString(StandardCharsets.UTF_8).lines().toList(), err.toString(StandardCharsets.UTF_8));
    }

    /** {@code crm settle --as-of asOf} on the given input text. */
    static SettleRun settle(String asOf, String input) {
        return crm(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), "settle", "--as-of", asOf);
    }

    /** {@code crm settle --as-of asOf} on the given lines, each followed by a newline. */
    static SettleRun settleLines(String asOf, String... lines) {
        return settle(asOf, String.join("\n", lines) + "\n");
    }

    JsonNode json(int index) {
        try {
            return JSON.readTree(lines.get(index));
        } catch (JsonProcessingException e) {
            throw new AssertionError("output line " + (index + 1) + " is not JSON: " + lines.get(index), e);
        }
    }

    /** The error message of the only output line, which must be an error record. */
    String onlyError() {
        if (lines.size() != 1 || !json(0).has("error")) {
            throw new AssertionError("expected exactly one error record, got " + lines);
        }
        return json(0).get("error").asText();
    }
}
