package org.telecrm.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.jmolecules.archunit.JMoleculesDddRules;

/** The architecture of crm-core, checked on its production classes. */
@AnalyzeClasses(packages = "org.telecrm", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreArchitectureTest {

    @ArchTest
    static final ArchRule onlyJdkJMoleculesAndVavr = CoreRules.ONLY_JDK_JMOLECULES_AND_VAVR;

    @ArchTest
    static final ArchRule noIo = CoreRules.NO_IO;

    @ArchTest
    static final ArchRule calendarFilesOnlyReadFiles = CoreRules.CALENDAR_FILES_ONLY_READ_FILES;

    @ArchTest
    static final ArchRule noJacksonJdbcOrLogging = CoreRules.NO_JACKSON_JDBC_OR_LOGGING;

    @ArchTest
    static final ArchRule noHiddenClock = CoreRules.NO_HIDDEN_CLOCK;

    @ArchTest
    static final ArchRule noPackageCycles = CoreRules.NO_PACKAGE_CYCLES;

    @ArchTest
    static final ArchRule aggregatesHoldNoAggregatesInVavrTypes = CoreRules.AGGREGATES_HOLD_NO_AGGREGATES_IN_VAVR_TYPES;

    @ArchTest
    static final ArchRule everyDomainEventIsAnAggregateEvent = CoreRules.EVERY_DOMAIN_EVENT_IS_AN_AGGREGATE_EVENT;

    @ArchTest
    static final ArchRule everyAggregateRestoresThroughACheckedRestore =
            CoreRules.EVERY_AGGREGATE_RESTORES_THROUGH_A_CHECKED_RESTORE;

    /**
     * Issue 13: nothing in the core outside the identity and contact values reads a full number or address (their
     * {@code unmasked...} accessors); the aggregates, engines and events hold and render them masked.
     */
    @ArchTest
    static final ArchRule onlyThePersonalValuesReadTheirFullText = com.tngtech.archunit.lang.syntax.ArchRuleDefinition
            .noClasses().that().resideOutsideOfPackages("org.telecrm.customer.identity..", "org.telecrm.customer.contact..")
            .should().callMethodWhere(com.tngtech.archunit.base.DescribedPredicate.describe(
                    "reads a full personal value (unmasked...)",
                    (com.tngtech.archunit.core.domain.JavaMethodCall call) -> call.getTarget().getName().startsWith("unmasked")
                            && call.getTarget().getOwner().getPackageName().startsWith("org.telecrm.customer.")));

    /** jMolecules' DDD rules: aggregates referenced by identifier, value objects and entities kept apart. */
    @ArchTest
    static final ArchRule jMoleculesDdd = JMoleculesDddRules.all();
}
