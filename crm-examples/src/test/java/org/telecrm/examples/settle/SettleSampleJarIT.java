package org.telecrm.examples.settle;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The packaged jar on the shipped samples, run as a user would: {@code java -jar crm.jar settle ... < file}. */
class SettleSampleJarIT {

    private record Result(int exitCode, List<String> lines, String stderr) {
    }

    private static Result settle(Path input) throws IOException, InterruptedException {
        ProcessBuilder builder = CrmJar.command(List.of(), "settle", "--as-of", "2023-03-31").redirectInput(input.toFile());
        Process crm = builder.start();
        List<String> lines;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(crm.getInputStream(), StandardCharsets.UTF_8))) {
            lines = out.lines().toList();
        }
        assertTrue(crm.waitFor(1, TimeUnit.MINUTES), "crm settle did not finish");
        return new Result(crm.exitValue(), lines, Files.readString(builder.redirectError().file().toPath()));
    }

    @Test
    void theSampleWithTwoBadLinesExitsWith2AndAnswersEveryLine() throws Exception {
        Result result = settle(Path.of(SettleSampleJarIT.class.getResource("/settle-sample.jsonl").toURI()));
        assertEquals(2, result.exitCode(), result.stderr());
        assertEquals(19, result.lines().size());
        assertTrue(result.lines().get(18).startsWith("{\"line\":19,\"orderId\":null,\"error\":"), result.lines().get(18));
        assertTrue(result.stderr().contains("17 settled, 2 rejected"), result.stderr());
    }

    @Test
    void theValidSampleExitsWith0() throws IOException, InterruptedException, URISyntaxException {
        Result result = settle(Path.of("samples", "orders.jsonl"));
        assertEquals(0, result.exitCode(), result.stderr());
        assertEquals(17, result.lines().size());
    }
}
