package org.telecrm.examples.settle;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The "Each November" procedure of docs/calendar.md, run as written: every {@code java -jar crm-examples/target/crm.jar ...}
 * line of its shell block, from the repository root, against the packaged jar, with the exit code its comment states.
 */
class EachNovemberDocIT {

    static final String HEADING = "## Each November: supplying next year's calendar";
    static final String JAR = "java -jar crm-examples/target/crm.jar ";
    static final Pattern LINE = Pattern.compile("^" + Pattern.quote(JAR) + "(.*?)(?:\\s+<\\s+(\\S+))?\\s+#\\s*exit\\s+(\\d+)\\s*$");

    record Step(List<String> args, String input, int exit) {
    }

    static List<Step> steps(Path page) throws Exception {
        String text = Files.readString(page);
        int section = text.indexOf(HEADING);
        assertTrue(section >= 0, "docs/calendar.md has the section " + HEADING);
        int start = text.indexOf("```sh\n", section) + "```sh\n".length();
        String block = text.substring(start, text.indexOf("```", start));
        List<Step> steps = new ArrayList<>();
        for (String line : block.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Matcher m = LINE.matcher(line);
            assertTrue(m.matches(), "a line of docs/calendar.md the test cannot run as written: " + line);
            steps.add(new Step(Arrays.asList(m.group(1).trim().split("\\s+")), m.group(2), Integer.parseInt(m.group(3))));
        }
        return steps;
    }

    @Test
    void theProcedureWorksAsWritten() throws Exception {
        Path root = Path.of("").toAbsolutePath().getParent();
        List<Step> steps = steps(root.resolve("docs/calendar.md"));
        assertEquals(3, steps.size());
        List<List<String>> outputs = new ArrayList<>();
        for (Step step : steps) {
            ProcessBuilder builder = CrmJar.command(List.of(), step.args().toArray(String[]::new)).directory(root.toFile());
            if (step.input() != null) {
                builder.redirectInput(root.resolve(step.input()).toFile());
            }
            Process crm = builder.start();
            List<String> out;
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(crm.getInputStream(), StandardCharsets.UTF_8))) {
                out = reader.lines().toList();
            }
            assertTrue(crm.waitFor(1, TimeUnit.MINUTES));
            String err = Files.readString(builder.redirectError().file().toPath());
            assertEquals(step.exit(), crm.exitValue(), step.args() + ": " + err);
            outputs.add(out);
        }
        // before: no money guessed, a not-yet-known record per order; after: both settled, the first as the rules give
        assertTrue(outputs.get(0).stream().allMatch(l -> l.contains("\"notYetKnown\":")), outputs.get(0).toString());
        assertTrue(outputs.get(2).get(0).startsWith("{\"orderId\":\"SO-1215\",\"dueOn\":\"2027-01-13\",\"workingDaysLate\":5,"),
                outputs.get(2).get(0));
        assertEquals(2, outputs.get(2).size());
    }
}
