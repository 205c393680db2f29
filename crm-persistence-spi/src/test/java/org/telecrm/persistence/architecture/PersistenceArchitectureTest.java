package org.telecrm.persistence.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The shape of crm-persistence-spi's production code. */
class PersistenceArchitectureTest {

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.telecrm.persistence");

    @Test
    void only_the_json_mapping_knows_jackson() {
        noClasses().that().resideOutsideOfPackage("org.telecrm.persistence.json..")
                .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
                .check(PRODUCTION);
    }

    @Test
    void the_ports_know_no_implementation() {
        noClasses().that().resideInAnyPackage("org.telecrm.persistence.accounts..",
                        "org.telecrm.persistence.customers..", "org.telecrm.persistence.contracts..",
                        "org.telecrm.persistence.outbox..", "org.telecrm.persistence.audit..",
                        "org.telecrm.persistence.access..", "org.telecrm.persistence.purposes..",
                        "org.telecrm.persistence.outages..", "org.telecrm.persistence.groups..")
                .should().dependOnClassesThat().resideInAPackage("org.telecrm.persistence.memory..")
                .check(PRODUCTION);
    }

    @Test
    void the_ports_know_no_json() {
        noClasses().that().resideInAnyPackage("org.telecrm.persistence.accounts..",
                        "org.telecrm.persistence.customers..", "org.telecrm.persistence.contracts..",
                        "org.telecrm.persistence.outbox..", "org.telecrm.persistence.audit..",
                        "org.telecrm.persistence.access..", "org.telecrm.persistence.purposes..",
                        "org.telecrm.persistence.outages..", "org.telecrm.persistence.groups..")
                .should().dependOnClassesThat().resideInAPackage("org.telecrm.persistence.json..")
                .check(PRODUCTION);
    }

    @Test
    void no_hidden_clock_or_randomness() {
        noClasses().should().callMethod(java.time.Instant.class, "now")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.time.Clock")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.UUID")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.Random")
                .check(PRODUCTION);
    }

    @Test
    void only_the_protection_package_knows_cryptography() {
        // the mapping and the stores seal and open through PersonalDataCipher; keys and IVs stay in one place
        noClasses().that().resideOutsideOfPackage("org.telecrm.persistence.protection..")
                .should().dependOnClassesThat().resideInAPackage("javax.crypto..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.security.SecureRandom")
                .check(PRODUCTION);
    }

    @Test
    void no_cycles_between_the_packages() {
        slices().matching("org.telecrm.persistence.(*)..").should().beFreeOfCycles().check(PRODUCTION);
    }

    @Test
    void only_the_sealing_mapping_the_keyed_lookup_and_the_audited_reveal_read_a_full_personal_value() {
        // issue 13: an explicit, audited call is the only way to see a full number; the mapping reads one to seal it
        noClasses().that().doNotHaveFullyQualifiedName("org.telecrm.persistence.json.CustomerJson")
                .and().doNotHaveFullyQualifiedName("org.telecrm.persistence.protection.PersonalDataCipher")
                .and().doNotHaveFullyQualifiedName("org.telecrm.persistence.access.ScopedCustomers")
                .should().callMethodWhere(READS_A_FULL_PERSONAL_VALUE)
                .check(PRODUCTION);
    }

    /**
     * The kit's {@code FullPersonalValues.READ}, which this module cannot use: the kit (crm-persistence-tck) depends on
     * it, not the other way round.
     */
    private static final DescribedPredicate<JavaMethodCall> READS_A_FULL_PERSONAL_VALUE =
            DescribedPredicate.describe("reads a full personal value (unmasked...)", call -> {
                String owner = call.getTarget().getOwner().getPackageName();
                return call.getTarget().getName().startsWith("unmasked")
                        && (owner.equals("org.telecrm.customer.identity") || owner.equals("org.telecrm.customer.contact"));
            });
}
