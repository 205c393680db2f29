package org.telecrm.examples.settle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.telecrm.examples.generate.GenerateCommand;
import org.telecrm.examples.generate.OrderGenerator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Settle streams: a million orders pass through the packaged jar in a 64 MB heap (the input alone is about
 * 180 MB), fed and read concurrently, so neither side ever holds the whole batch.
 */
class SettleMemoryIT {

    private static final int ORDERS = 1_000_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aMillionOrdersSettleInA64MegabyteHeap() throws Exception {
        ProcessBuilder builder = CrmJar.command(List.of("-Xmx64m"), "settle", "--as-of", "2026-12-31");
        Process crm = builder.start();
        AtomicReference<IOException> feedFailure = new AtomicReference<>();
        Thread feeder = new Thread(() -> {
            try (OutputStream stdin = crm.getOutputStream()) {
                GenerateCommand.write(new OrderGenerator(11, 0), ORDERS, stdin);
            } catch (IOException e) {
                feedFailure.set(e);
            }
        }, "feed-orders");
        feeder.start();

        long lines = 0;
        try (BufferedReader results = new BufferedReader(new InputStreamReader(crm.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = results.readLine()) != null) {
                lines++;
                if (lines == 1 || lines % 250_000 == 0) {
                    JsonNode result = JSON.readTree(line);
                    assertEquals("SO-" + lines, result.get("orderId").asText(), line);
                    assertTrue(result.has("dueOn") && result.has("compensation") && !result.has("error"), line);
                }
            }
        } finally {
            feeder.join(TimeUnit.MINUTES.toMillis(5));
            if (!crm.waitFor(1, TimeUnit.MINUTES)) {
                crm.destroyForcibly();
            }
        }

        String stderr = Files.readString(builder.redirectError().file().toPath());
        assertNull(feedFailure.get(), "feeding stdin failed; crm's stderr: " + stderr);
        assertEquals(0, crm.exitValue(), stderr);
        assertEquals(ORDERS, lines, stderr);
    }
}
