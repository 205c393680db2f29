package org.telecrm.examples.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.telecrm.persistence.tck.FullPersonalValues;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * How the crm command sits on the library: it uses the JDBC adapter (crm-persistence-jdbc) as any host would, talks to
 * a database only through it, and nothing of the library knows the command. The adapter's own rules are in its module
 * ({@code JdbcArchitectureTest}); which module may use JMH is stated in crm-bench.
 */
class ExamplesArchitectureTest {

    /** No test class, this module's or the adapter's test-jar's (on this class path for the database tests). */
    private static final ImportOption NO_TESTS = location ->
            ImportOption.Predefined.DO_NOT_INCLUDE_TESTS.includes(location) && !location.contains("-tests.jar");

    /** The command's classes and every library class on its class path. */
    private static final JavaClasses PRODUCTION = new ClassFileImporter().withImportOption(NO_TESTS)
            .importPackages("org.telecrm");

    @Test
    void only_the_adapter_talks_to_a_database() {
        noClasses().that().resideInAPackage("org.telecrm.examples..")
                .and().resideOutsideOfPackages("org.telecrm.persistence.jdbc..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.flywaydb..",
                        "com.zaxxer.hikari..")
                .check(PRODUCTION);
    }

    @Test
    void no_library_module_knows_the_command() {
        // crm-core, crm-persistence-spi and the adapter (org.telecrm.persistence.jdbc, in crm-persistence-jdbc)
        noClasses().that().resideOutsideOfPackage("org.telecrm.examples..")
                .or().resideInAPackage("org.telecrm.persistence.jdbc..")
                .should().dependOnClassesThat().resideInAnyPackage("org.telecrm.examples",
                        "org.telecrm.examples.settle..", "org.telecrm.examples.monthend..",
                        "org.telecrm.examples.generate..", "org.telecrm.examples.calendar..",
                        "org.telecrm.examples.bench..")
                .check(PRODUCTION);
    }

    @Test
    void nothing_here_reads_a_full_personal_value() {
        // the adapter seals and opens through the SPI's mapping; the CLI and the reports render masked (issue 13)
        // the command's classes and the adapter's (crm-persistence-jdbc is on this class path; its module states it too)
        noClasses().should().callMethodWhere(FullPersonalValues.READ)
                .check(new ClassFileImporter().withImportOption(NO_TESTS).importPackages("org.telecrm.examples"));
    }
}
