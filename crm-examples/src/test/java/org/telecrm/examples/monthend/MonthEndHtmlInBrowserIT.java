package org.telecrm.examples.monthend;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telecrm.examples.Crm;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The month-end's HTML report opened in a real headless browser (Chromium, Debian's package, which {@code .ci/run}
 * installs): a screenshot is taken and its pixels must show a page with content (not blank, several colours: the
 * charts' bars), and the page's text as the browser parsed it must hold the summary's figures. Where Chromium is not
 * installed the test says so on stderr and is reported skipped; {@code -Dcrm.browser=required} (which
 * {@code .ci/run} passes) makes that a failure.
 */
class MonthEndHtmlInBrowserIT {

    @TempDir
    Path dir;

    static Optional<Path> chromium() {
        for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
            for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
                Path candidate = Path.of(folder, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    @Test
    void theReportRendersWithChartsAndItsSummaryInHeadlessChromium() throws Exception {
        Optional<Path> browser = chromium();
        if (browser.isEmpty()) {
            String why = "no Chromium on the PATH (apt-get install chromium; .ci/run does)";
            if ("required".equals(System.getProperty("crm.browser"))) {
                fail("the browser check is required here (-Dcrm.browser=required) but there is " + why);
            }
            System.err.printf("%n*** the HTML report's browser check did not run: %s ***%n%n", why);
            Assumptions.abort("the browser check did not run: " + why);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(0, Crm.run(new String[]{"month-end", "--month", "2026-03", "--dir", dir.toString(), "--in-memory",
                        "--key-accounts", "12"}, new ByteArrayInputStream(new byte[0]), out,
                new PrintStream(OutputStreamSink.INSTANCE, true, StandardCharsets.UTF_8)));
        Path html = dir.resolve("reports/month-end-2026-03.html");

        Path png = dir.resolve("page.png");
        run(browser.get(), "--screenshot=" + png, "--window-size=1280,1600", html.toUri().toString());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1280, image.getWidth());
        Set<Integer> colours = new HashSet<>();
        long notWhite = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                colours.add(rgb);
                if (rgb != 0xFFFFFF) {
                    notWhite++;
                }
            }
        }
        long sampled = (long) ((image.getHeight() + 1) / 2) * ((image.getWidth() + 1) / 2);
        assertTrue(notWhite > sampled / 50, "the page shows content: " + notWhite + " of " + sampled + " pixels not white");
        assertTrue(colours.contains(0x3366AA) || colours.stream().anyMatch(MonthEndHtmlInBrowserIT::blueish),
                "the fault chart's blue bars are drawn");
        assertTrue(colours.size() > 20, "text and charts give many colours, saw " + colours.size());

        String dom = run(browser.get(), "--dump-dom", html.toUri().toString());
        String summary = out.toString(StandardCharsets.UTF_8);
        for (String line : summary.split("\n")) {
            if (line.startsWith("  claims raised: ") || line.startsWith("  amount credited: ")
                    || line.startsWith("  return-visit coverage: ")) {
                String value = line.substring(line.indexOf(": ") + 2);
                assertTrue(dom.contains("<td class=\"n\">" + value + "</td>"), "the page shows " + line.trim());
            }
        }
        assertTrue(dom.contains("Key-account service, month-end 2026-03"));
        assertTrue(dom.contains("<svg id=\"fault-chart\""));
        // the weekly fault table's headers whole, as the browser parsed them (one read "key accounts'" before)
        assertTrue(dom.contains("<th>week from</th><th>faults reported</th><th>key-account faults</th><th>restored</th>"
                + "<th>restored within limit</th><th>rate</th>"), "the weekly fault table's headers");
    }

    private static boolean blueish(int rgb) {
        int r = rgb >> 16 & 0xFF;
        int g = rgb >> 8 & 0xFF;
        int b = rgb & 0xFF;
        return b > 150 && r < 90 && g < 130;
    }

    /** Runs headless Chromium with {@code args}; its standard output. */
    private String run(Path browser, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(browser.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--hide-scrollbars", "--user-data-dir=" + dir.resolve("profile")));
        command.addAll(List.of(args));
        Path stdout = dir.resolve("chromium.out");
        Process p = new ProcessBuilder(command).redirectOutput(stdout.toFile())
                .redirectError(dir.resolve("chromium.err").toFile()).start();
        assertTrue(p.waitFor(2, TimeUnit.MINUTES), "Chromium did not finish in 2 minutes");
        assertEquals(0, p.exitValue(), Files.readString(dir.resolve("chromium.err")));
        return Files.readString(stdout);
    }

    /** Standard error of the in-process command, not needed here. */
    private static final class OutputStreamSink extends java.io.OutputStream {
        static final OutputStreamSink INSTANCE = new OutputStreamSink();

        @Override
        public void write(int b) {
        }
    }
}
