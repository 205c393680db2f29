package org.telecrm.customer;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The customer packages are layered, so that they are free of cycles (CoreArchitectureTest checks cycles between
 * top-level packages only): the vocabulary depends on none of the others, the aggregate on all of them, and nothing
 * on the aggregate. Personal-data value objects keep their whole numbers behind accessors named {@code unmasked}.
 */
@AnalyzeClasses(packages = "org.telecrm", importOptions = ImportOption.DoNotIncludeTests.class)
class CustomerPackagesArchitectureTest {

    private static final String VOCABULARY = "org.telecrm.customer";
    private static final String AGGREGATE = "org.telecrm.customer.aggregate..";

    private static DescribedPredicate<JavaClass> inASubPackageOfCustomer() {
        return DescribedPredicate.describe("reside in a sub-package of " + VOCABULARY,
                c -> c.getPackageName().startsWith(VOCABULARY + "."));
    }

    @ArchTest
    static final ArchRule theSubPackagesAreFreeOfCycles = slices().matching("org.telecrm.customer.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule theVocabularyDependsOnNoSubPackage = noClasses().that().resideInAPackage(VOCABULARY)
            .should().dependOnClassesThat(inASubPackageOfCustomer())
            .because("the engines and value objects depend on the vocabulary, so it may not depend on them");

    @ArchTest
    static final ArchRule nothingDependsOnTheAggregate = noClasses().that().resideOutsideOfPackage(AGGREGATE)
            .should().dependOnClassesThat().resideInAPackage(AGGREGATE)
            .because("other aggregates refer to a customer by CustomerId only");

    @ArchTest
    static final ArchRule theAggregateIsTheOnlyAggregateRootInCustomer = classes().that().resideInAPackage("org.telecrm.customer..")
            .and().areAssignableTo(org.jmolecules.ddd.types.AggregateRoot.class)
            .should().resideInAPackage(AGGREGATE);
}
