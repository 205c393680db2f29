package org.telecrm.examples.packaging;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reproducible builds: every entry the build itself writes into a jar carries {@code project.build.outputTimestamp}
 * rather than the time of the build, so two builds of the same sources give byte-identical jars (entries copied from
 * dependencies into the shaded jar keep their own, equally fixed, times).
 */
class ReproducibleJarsIT {

    private static final Instant OUTPUT_TIMESTAMP = Instant.parse(System.getProperty("crm.outputTimestamp"));

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"crm.jar", "crm-sources.jar", "crm-javadoc.jar"})
    void everyEntryOfOurOwnCarriesTheOutputTimestamp(String jar) throws IOException {
        Path file = Path.of(System.getProperty("crm.jar")).resolveSibling(jar);
        assertTrue(Files.isRegularFile(file), file + " was not built");
        try (ZipFile zip = new ZipFile(file.toFile())) {
            // the Javadoc jar lays its pages out by module (org.telecrm.examples/org/telecrm/...) since the jars have
            // module names; the class and source jars by package (org/telecrm/...)
            List<? extends ZipEntry> own = zip.stream().filter(e -> e.getName().startsWith("org/telecrm/")
                    || e.getName().matches("org\\.telecrm\\.[a-z]+/org/telecrm/.*")).toList();
            assertFalse(own.isEmpty(), jar + " holds none of the project's own entries");
            List<String> stamped = own.stream()
                    .filter(e -> !e.getLastModifiedTime().equals(FileTime.from(OUTPUT_TIMESTAMP)))
                    .map(e -> e.getName() + " at " + e.getLastModifiedTime())
                    .limit(5)
                    .toList();
            assertEquals(List.of(), stamped, jar + ": entries stamped with the build's own time");
        }
    }
}
