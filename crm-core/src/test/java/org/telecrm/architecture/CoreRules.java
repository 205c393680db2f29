package org.telecrm.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.domain.JavaWildcardType;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.ArchRule;
import org.telecrm.calendar.OfficialHolidays;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The architecture of crm-core, as rules: a functional core that depends on the JDK, jMolecules and Vavr
 * only, does no I/O, logs nothing, reads no clock, and whose packages do not depend on each other in cycles.
 * {@link CoreArchitectureTest} applies them to the production classes; {@link PlantedViolationsTest} proves
 * each one fires.
 */
final class CoreRules {

    static final String CORE = "org.telecrm..";
    /** The one package of crm-core that reads files: a host's calendar schedules. */
    static final String CALENDAR_FILES = "org.telecrm.calendar.files";

    /** The calendar-files package reads files and nothing else: no network, databases or console. */
    static final ArchRule CALENDAR_FILES_ONLY_READ_FILES = noClasses().that().resideInAPackage(CALENDAR_FILES)
            .should().dependOnClassesThat(resideInAnyPackage("java.net..", "java.sql..", "javax.sql..",
                    "java.net.http.."))
            .orShould().accessField(System.class, "out")
            .orShould().accessField(System.class, "err")
            .orShould().accessField(System.class, "in")
            .orShould().callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                    com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching("(write|newOutputStream|newBufferedWriter|delete.*|move|copy|create.*)"))
                    .and(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                            com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner(
                                    JavaClass.Predicates.equivalentTo(java.nio.file.Files.class)))))
            .because("a host's calendar files are read, never written, and that is the only I/O crm-core does");

    private CoreRules() {
    }

    /** The design card: the JDK, jMolecules and Vavr only (Vavr's own nullness annotations come with it). */
    static final ArchRule ONLY_JDK_JMOLECULES_AND_VAVR = classes().that().resideInAPackage(CORE)
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "org.jmolecules..", "io.vavr..", "org.jspecify..", CORE)
            .because("crm-core is framework-free: the JDK, jMolecules and Vavr only (design card)");

    /**
     * No I/O in the domain: no files, sockets, JDBC, console or streams. The exceptions are the reader of
     * the library's own bundled calendar data, which reads class-path resources only, and the package that reads a
     * host's calendar files ({@link #CALENDAR_FILES}).
     */
    static final ArchRule NO_IO = noClasses().that().resideInAPackage(CORE)
            .and(DescribedPredicate.not(JavaClass.Predicates.equivalentTo(OfficialHolidays.class)))
            .and().resideOutsideOfPackage(CALENDAR_FILES)
            .should().dependOnClassesThat(resideInAnyPackage("java.io..", "java.nio.file..", "java.nio.channels..",
                    "java.net..", "java.sql..", "javax.sql..", "java.net.http.."))
            .orShould().accessField(System.class, "out")
            .orShould().accessField(System.class, "err")
            .orShould().accessField(System.class, "in")
            .because("the domain is a functional core; data comes in as arguments (docs/architecture.md)");

    static final ArchRule NO_JACKSON_JDBC_OR_LOGGING = noClasses().that().resideInAPackage(CORE)
            .should().dependOnClassesThat(resideInAnyPackage("com.fasterxml..", "java.sql..", "javax.sql..",
                    "java.util.logging..", "org.slf4j..", "org.apache.logging..", "org.apache.commons.logging..",
                    "ch.qos.logback.."))
            .orShould().dependOnClassesThat(JavaClass.Predicates.equivalentTo(System.Logger.class))
            .because("JSON mapping and storage live in crm-persistence-spi; the domain announces events instead of logging");

    /** Time is passed in: nothing in the domain reads the clock. */
    static final ArchRule NO_HIDDEN_CLOCK = noClasses().that().resideInAPackage(CORE)
            .should().callMethodWhere(readsTheClock())
            .orShould().dependOnClassesThat(JavaClass.Predicates.equivalentTo(java.time.Clock.class))
            .because("time comes in as an argument, so every result is reproducible (docs/architecture.md)");

    static final ArchRule NO_PACKAGE_CYCLES = slices().matching("org.telecrm.(*)..").should().beFreeOfCycles();

    /**
     * An aggregate refers to another aggregate by identifier only, in Vavr containers too. jMolecules' stock
     * rule looks into {@code java.util} collections but not into {@code Seq<Account>} or {@code Option<Customer>}.
     */
    static final ArchRule AGGREGATES_HOLD_NO_AGGREGATES_IN_VAVR_TYPES = fields()
            .that().areDeclaredInClassesThat(isAggregateRoot())
            .should(new ArchCondition<JavaField>("not hold another aggregate inside a Vavr collection or container") {
                @Override
                public void check(JavaField field, ConditionEvents events) {
                    if (field.getRawType().isAssignableTo(io.vavr.Value.class)) {
                        for (JavaClass held : typeArguments(field.getType())) {
                            if (isAggregateRoot().test(held)) {
                                events.add(SimpleConditionEvent.violated(field, field.getFullName() + " holds aggregate "
                                        + held.getName() + "; refer to it by its identifier"));
                            }
                        }
                    }
                }
            })
            .allowEmptyShould(true)
            .because("aggregates reference other aggregates by identifier only (docs/architecture.md)");

    /**
     * Issue 14: every domain event, of whichever aggregate, is an {@link org.telecrm.kernel.AggregateEvent}: it names
     * its aggregate under one name ({@code aggregateId()}) and the instant it happened, so a host routes and orders
     * any event alike.
     */
    static final ArchRule EVERY_DOMAIN_EVENT_IS_AN_AGGREGATE_EVENT = classes().that().resideInAPackage(CORE)
            .and(isDomainEvent())
            .should().beAssignableTo(org.telecrm.kernel.AggregateEvent.class)
            .allowEmptyShould(true)
            .because("events have one name for their aggregate's id and carry the instant (issue 14)");

    /**
     * Issue 14: the one restore rule. Every aggregate root rebuilds from stored state through a public static
     * {@code restore} that checks what it restores and answers {@code Either<RestoreError, TheAggregate>}: a typed
     * error naming every problem at its field, never an unchecked instance or an exception.
     */
    static final ArchRule EVERY_AGGREGATE_RESTORES_THROUGH_A_CHECKED_RESTORE = classes().that(isAggregateRoot())
            .should(new ArchCondition<JavaClass>("restore through public static restore(...) answering"
                    + " Either<RestoreError, the aggregate>") {
                @Override
                public void check(JavaClass aggregate, ConditionEvents events) {
                    java.util.List<com.tngtech.archunit.core.domain.JavaMethod> restores = aggregate.getMethods().stream()
                            .filter(m -> m.getName().equals("restore")
                                    && m.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.STATIC)
                                    && m.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC))
                            .toList();
                    if (restores.isEmpty()) {
                        events.add(SimpleConditionEvent.violated(aggregate, aggregate.getName()
                                + " has no public static restore"));
                    }
                    for (com.tngtech.archunit.core.domain.JavaMethod restore : restores) {
                        JavaType answer = restore.getReturnType();
                        boolean typed = answer instanceof JavaParameterizedType p
                                && p.toErasure().isEquivalentTo(io.vavr.control.Either.class)
                                && p.getActualTypeArguments().get(0).toErasure()
                                .isEquivalentTo(org.telecrm.kernel.RestoreError.class)
                                && p.getActualTypeArguments().get(1).toErasure().equals(aggregate);
                        if (!typed) {
                            events.add(SimpleConditionEvent.violated(restore, restore.getFullName() + " answers "
                                    + answer.getName() + ", not Either<RestoreError, " + aggregate.getSimpleName() + ">"));
                        }
                    }
                }
            })
            .allowEmptyShould(true)
            .because("all aggregates restore the same way: checked, with a typed error (issue 14)");

    private static DescribedPredicate<JavaClass> isDomainEvent() {
        return DescribedPredicate.describe("are domain events", c ->
                c.isAssignableTo(org.jmolecules.event.types.DomainEvent.class)
                        || c.isAnnotatedWith(org.jmolecules.event.annotation.DomainEvent.class));
    }

    private static DescribedPredicate<JavaClass> isAggregateRoot() {
        return DescribedPredicate.describe("are aggregate roots", c ->
                c.isAssignableTo(org.jmolecules.ddd.types.AggregateRoot.class)
                        || c.isAnnotatedWith(org.jmolecules.ddd.annotation.AggregateRoot.class));
    }

    /** Every class named in a type's arguments, however deeply nested ({@code Map<Id, Seq<Account>>}). */
    private static java.util.List<JavaClass> typeArguments(JavaType type) {
        java.util.List<JavaClass> found = new java.util.ArrayList<>();
        if (type instanceof JavaParameterizedType parameterized) {
            for (JavaType argument : parameterized.getActualTypeArguments()) {
                found.add(argument.toErasure());
                found.addAll(typeArguments(argument));
            }
        } else if (type instanceof JavaWildcardType wildcard) {
            for (JavaType bound : wildcard.getUpperBounds()) {
                found.add(bound.toErasure());
                found.addAll(typeArguments(bound));
            }
        }
        return found;
    }

    private static DescribedPredicate<JavaAccess<?>> readsTheClock() {
        return DescribedPredicate.describe("reads the clock (now(), currentTimeMillis(), nanoTime())", access ->
                (access.getTargetOwner().getPackageName().equals("java.time") && access.getName().equals("now"))
                        || (access.getTargetOwner().isEquivalentTo(System.class)
                        && (access.getName().equals("currentTimeMillis") || access.getName().equals("nanoTime"))));
    }
}
