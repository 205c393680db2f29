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
    @ValueSource(strings = {"crm-examples/target/crm.jar", "crm-examples/target/crm-examples-@.jar",
            "crm-examples/target/crm-examples-@-sources.jar", "crm-examples/target/crm-examples-@-javadoc.jar",
            "crm-core/target/crm-core-@.jar", "crm-core/target/crm-core-@-sources.jar",
            "crm-core/target/crm-core-@-javadoc.jar",
            "crm-persistence-spi/target/crm-persistence-spi-@.jar",
            "crm-persistence-spi/target/crm-persistence-spi-@-sources.jar",
            "crm-persistence-spi/target/crm-persistence-spi-@-javadoc.jar",
            "crm-persistence-spi/crm-persistence-tck/target/crm-persistence-tck-@.jar",
            "crm-persistence-spi/crm-persistence-tck/target/crm-persistence-tck-@-sources.jar",
            "crm-persistence-spi/crm-persistence-tck/target/crm-persistence-tck-@-javadoc.jar",
            "crm-persistence-spi/crm-persistence-jdbc/target/crm-persistence-jdbc-@.jar",
            "crm-persistence-spi/crm-persistence-jdbc/target/crm-persistence-jdbc-@-sources.jar",
            "crm-persistence-spi/crm-persistence-jdbc/target/crm-persistence-jdbc-@-javadoc.jar"})
    void everyEntryOfOurOwnCarriesTheOutputTimestamp(String jar) throws IOException {
        Path root = Path.of(System.getProperty("crm.jar")).toAbsolutePath().getParent().getParent().getParent();
        Path file = root.resolve(jar.replace("@", System.getProperty("crm.version")));
        assertTrue(Files.isRegularFile(file), file + " was not built");
        try (ZipFile zip = new ZipFile(file.toFile())) {
            // the Javadoc jar lays its pages out by module (org.telecrm.examples/org/telecrm/...) since the jars have
            // module names; the class and source jars by package (org/telecrm/...)
            List<? extends ZipEntry> own = zip.stream().filter(e -> e.getName().startsWith("org/telecrm/")
                    || e.getName().matches("org\\.telecrm(\\.[a-z]+)+/org/telecrm/.*")).toList();
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
