package org.telecrm.examples.bench;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The benchmarks are a module apart: JMH is theirs alone, and nothing else depends on them. */
class BenchArchitectureTest {

    /** Every module's production classes: crm-bench's class path holds them all. */
    private static final JavaClasses EVERYTHING = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.telecrm");

    @Test
    void only_the_benchmarks_use_jmh() {
        noClasses().that().resideOutsideOfPackage("org.telecrm.examples.bench..")
                .should().dependOnClassesThat().resideInAPackage("org.openjdk.jmh..")
                .check(EVERYTHING);
    }

    @Test
    void nothing_depends_on_the_benchmarks() {
        noClasses().that().resideOutsideOfPackage("org.telecrm.examples.bench..")
                .should().dependOnClassesThat().resideInAPackage("org.telecrm.examples.bench..")
                .check(EVERYTHING);
    }
}
