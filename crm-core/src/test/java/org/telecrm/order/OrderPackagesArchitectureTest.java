package org.telecrm.order;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The order packages are layered (CoreArchitectureTest checks cycles between top-level packages only): the
 * vocabulary ({@code OrderKind}) depends on no sub-package; the clock on neither the aggregate nor what uses it; the
 * aggregate on neither jeopardy nor the compensation link nor the mass outage; nothing outside the order packages on
 * the aggregate; the order aggregate and the mass outage are the only aggregate roots.
 */
@AnalyzeClasses(packages = "org.telecrm", importOptions = ImportOption.DoNotIncludeTests.class)
class OrderPackagesArchitectureTest {

    @ArchTest
    static final ArchRule theSubPackagesAreFreeOfCycles = slices().matching("org.telecrm.order.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule theVocabularyDependsOnNoSubPackage = noClasses().that().resideInAPackage("org.telecrm.order")
            .should().dependOnClassesThat().resideInAnyPackage("org.telecrm.order.*..");

    @ArchTest
    static final ArchRule theClockKnowsNoOrder = noClasses().that().resideInAPackage("org.telecrm.order.clock..")
            .should().dependOnClassesThat().resideInAnyPackage("org.telecrm.order.aggregate..",
                    "org.telecrm.order.jeopardy..", "org.telecrm.order.compensation..", "org.telecrm.order.dispatch..");

    @ArchTest
    static final ArchRule theAggregateKnowsNeitherJeopardyNorCompensation = noClasses()
            .that().resideInAPackage("org.telecrm.order.aggregate..")
            .should().dependOnClassesThat().resideInAnyPackage("org.telecrm.order.jeopardy..", "org.telecrm.order.compensation..");

    @ArchTest
    static final ArchRule onlyOrderPackagesUseTheAggregate = noClasses().that().resideOutsideOfPackage("org.telecrm.order..")
            .should().dependOnClassesThat().resideInAPackage("org.telecrm.order.aggregate..");

    @ArchTest
    static final ArchRule theAggregatesAreTheOrderAndTheMassOutage = classes().that().resideInAPackage("org.telecrm.order..")
            .and().areAssignableTo(org.jmolecules.ddd.types.AggregateRoot.class)
            .should().resideInAnyPackage("org.telecrm.order.aggregate..", "org.telecrm.order.outage..");

    @ArchTest
    static final ArchRule theAggregateKnowsNoMassOutage = noClasses().that().resideInAPackage("org.telecrm.order.aggregate..")
            .should().dependOnClassesThat().resideInAPackage("org.telecrm.order.outage..");
}
