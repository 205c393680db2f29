package org.telecrm.persistence.jdbc;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.telecrm.persistence.tck.FullPersonalValues;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The JDBC adapter is a library of its own (crm-persistence-jdbc): an adapter of the SPI's ports like any host's would
 * be, which leaves the driver and the logging to the host and knows nothing of the crm command or the benchmarks.
 */
class JdbcArchitectureTest {

    private static final JavaClasses ADAPTER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.telecrm.persistence.jdbc");

    @Test
    void the_jdbc_adapter_stores_json_only_through_the_spi_mapping() {
        // the stored format is the SPI's documented, versioned one, never one of the adapter's own
        noClasses().should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..").check(ADAPTER);
    }

    @Test
    void the_jdbc_adapter_knows_nothing_of_the_in_memory_default() {
        noClasses().should().dependOnClassesThat().resideInAPackage("org.telecrm.persistence.memory..").check(ADAPTER);
    }

    @Test
    void the_adapter_knows_no_command_and_no_benchmark() {
        noClasses().should().dependOnClassesThat(resideInAPackage("org.telecrm.examples..")
                        .and(not(resideInAPackage("org.telecrm.persistence.jdbc.."))))
                .orShould().dependOnClassesThat().resideInAPackage("org.openjdk.jmh..")
                .check(ADAPTER);
    }

    @Test
    void the_driver_and_the_logging_are_the_hosts() {
        // drivers are test-scoped here and the host's choice; logging (and so its binding) is left to the host
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.h2..", "org.postgresql..", "org.mariadb..",
                        "org.slf4j..", "java.util.logging..", "org.apache.logging..")
                .check(ADAPTER);
    }

    @Test
    void the_adapter_reads_no_full_personal_value() {
        // it seals and opens through the SPI's mapping (issue 13)
        noClasses().should().callMethodWhere(FullPersonalValues.READ).check(ADAPTER);
    }
}
