package org.telecrm.examples.packaging;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every published library jar names its JPMS module in its manifest, each a name of its own (two jars with one module
 * name cannot share a module path), and so do the command's and the benchmarks' jars. Reads the jars the reactor built.
 */
class ModuleNamesIT {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "crm-core/target/crm-core-@.jar, org.telecrm.core",
            "crm-persistence-spi/target/crm-persistence-spi-@.jar, org.telecrm.persistence",
            "crm-persistence-spi/crm-persistence-tck/target/crm-persistence-tck-@.jar, org.telecrm.persistence.tck",
            "crm-persistence-spi/crm-persistence-jdbc/target/crm-persistence-jdbc-@.jar, org.telecrm.persistence.jdbc",
            "crm-examples/target/crm-examples-@.jar, org.telecrm.examples"})
    void theJarNamesItsModule(String jar, String moduleName) throws IOException {
        Path root = Path.of(System.getProperty("crm.jar")).toAbsolutePath().getParent().getParent().getParent();
        Path file = root.resolve(jar.replace("@", System.getProperty("crm.version")));
        assertTrue(Files.isRegularFile(file), file + " was not built (run the whole reactor: mvn verify)");
        try (JarFile jarFile = new JarFile(file.toFile())) {
            assertEquals(moduleName, jarFile.getManifest().getMainAttributes().getValue("Automatic-Module-Name"));
        }
    }
}
