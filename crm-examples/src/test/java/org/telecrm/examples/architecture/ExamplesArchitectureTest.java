package org.telecrm.examples.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.telecrm.persistence.tck.FullPersonalValues;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** How the JDBC adapter sits in crm-examples: an adapter of the SPI's ports, like any host's would be. */
class ExamplesArchitectureTest {

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.telecrm.examples");

    @Test
    void the_jdbc_adapter_stores_json_only_through_the_spi_mapping() {
        // the stored format is the SPI's documented, versioned one, never one of the adapter's own
        noClasses().that().resideInAPackage("org.telecrm.examples.jdbc..")
                .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
                .check(PRODUCTION);
    }

    @Test
    void the_jdbc_adapter_knows_nothing_of_the_in_memory_default() {
        noClasses().that().resideInAPackage("org.telecrm.examples.jdbc..")
                .should().dependOnClassesThat().resideInAPackage("org.telecrm.persistence.memory..")
                .check(PRODUCTION);
    }

    @Test
    void only_the_adapter_and_the_benchmarks_talk_to_a_database() {
        noClasses().that().resideOutsideOfPackages("org.telecrm.examples.jdbc..", "org.telecrm.examples.bench..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.flywaydb..",
                        "com.zaxxer.hikari..")
                .check(PRODUCTION);
    }

    @Test
    void the_domain_core_knows_no_adapter() {
        noClasses().that().resideInAPackage("org.telecrm..").and().resideOutsideOfPackage("org.telecrm.examples..")
                .should().dependOnClassesThat().resideInAPackage("org.telecrm.examples..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.telecrm"));
    }

    @Test
    void nothing_here_reads_a_full_personal_value() {
        // the adapter seals and opens through the SPI's mapping; the CLI and the reports render masked (issue 13)
        noClasses().should().callMethodWhere(FullPersonalValues.READ).check(PRODUCTION);
    }
}
