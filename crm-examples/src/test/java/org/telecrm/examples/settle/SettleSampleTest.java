package org.telecrm.examples.settle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The worked example computed independently from rules.md section 5 (settle-sample*.jsonl, copied from the
 * project's shared examples), compared as its README says: field by field, amounts as decimals, {@code capped}
 * free where the compensation equals the charged fee exactly, and only line numbers for error records.
 */
class SettleSampleTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void settlingTheWorkedExampleGivesTheIndependentlyComputedResults() throws IOException {
        SettleRun run;
        try (InputStream sample = resource("settle-sample.jsonl")) {
            run = SettleRun.crm(sample, "settle", "--as-of", "2023-03-31");
        }
        List<JsonNode> expected = expected();

        assertEquals(2, run.exitCode(), "two sample lines are bad");
        assertEquals(expected.size(), run.lines().size(), "one output line per input line");
        for (int i = 0; i < expected.size(); i++) {
            JsonNode want = expected.get(i);
            JsonNode got = run.json(i);
            String where = "output line " + (i + 1) + ": " + got;
            if (want.has("error")) {
                assertTrue(got.has("error"), where);
                assertEquals(want.get("line").asLong(), got.get("line").asLong(), where);
                if (!want.get("orderId").isNull()) {
                    assertEquals(want.get("orderId").asText(), got.get("orderId").asText(), where);
                }
                continue;
            }
            assertEquals(want.get("orderId").asText(), got.get("orderId").asText(), where);
            assertEquals(want.get("dueOn").asText(), got.get("dueOn").asText(), where);
            assertEquals(want.get("workingDaysLate").asInt(), got.get("workingDaysLate").asInt(), where);
            BigDecimal charged = decimal(want, "chargedOneTimeFee");
            BigDecimal compensation = decimal(want, "compensation");
            assertEquals(0, charged.compareTo(decimal(got, "chargedOneTimeFee")), where);
            assertEquals(0, compensation.compareTo(decimal(got, "compensation")), where);
            if (compensation.compareTo(charged) != 0) {
                assertEquals(want.get("capped").asBoolean(), got.get("capped").asBoolean(), where);
            }
        }
    }

    private static BigDecimal decimal(JsonNode record, String field) {
        return new BigDecimal(record.get(field).asText());
    }

    private static List<JsonNode> expected() throws IOException {
        List<JsonNode> records = new ArrayList<>();
        try (InputStream in = resource("settle-sample.expected.jsonl")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                records.add(JSON.readTree(line));
            }
        }
        return records;
    }

    private static InputStream resource(String name) {
        InputStream in = SettleSampleTest.class.getResourceAsStream("/" + name);
        if (in == null) {
            throw new AssertionError("test resource " + name + " is missing");
        }
        return in;
    }
}
