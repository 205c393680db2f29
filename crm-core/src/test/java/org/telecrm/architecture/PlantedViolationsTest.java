package org.telecrm.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;
import org.telecrm.plantedcyclea.CycleA;
import org.telecrm.architecture.planted.PlantedAggregates;
import org.telecrm.architecture.planted.PlantedClock;
import org.telecrm.architecture.planted.PlantedConsoleOutput;
import org.telecrm.architecture.planted.PlantedEvent;
import org.telecrm.architecture.planted.PlantedFileAccess;
import org.telecrm.architecture.planted.PlantedForeignLibrary;
import org.telecrm.architecture.planted.PlantedJdbc;
import org.telecrm.architecture.planted.PlantedLogging;
import org.telecrm.architecture.planted.PlantedRestore;
import org.telecrm.plantedcycleb.CycleB;
import org.telecrm.money.Money;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Proves each architecture rule fires: a rule that never fails protects nothing. Each planted class (test
 * sources only) breaks one rule, which must report it by name; a clean domain class must pass.
 */
class PlantedViolationsTest {

    private static void assertFlags(ArchRule rule, Class<?> planted) {
        EvaluationResult result = rule.evaluate(new ClassFileImporter().importClasses(planted));
        assertTrue(result.hasViolation(), "rule did not fire on " + planted.getSimpleName());
        assertTrue(result.getFailureReport().toString().contains(planted.getName()), result.getFailureReport().toString());
    }

    @Test
    void fileAccessIsCaught() {
        assertFlags(CoreRules.NO_IO, PlantedFileAccess.class);
    }

    @Test
    void consoleOutputIsCaught() {
        assertFlags(CoreRules.NO_IO, PlantedConsoleOutput.class);
    }

    @Test
    void jdbcIsCaught() {
        assertFlags(CoreRules.NO_JACKSON_JDBC_OR_LOGGING, PlantedJdbc.class);
        assertFlags(CoreRules.NO_IO, PlantedJdbc.class);
    }

    @Test
    void loggingIsCaught() {
        assertFlags(CoreRules.NO_JACKSON_JDBC_OR_LOGGING, PlantedLogging.class);
    }

    @Test
    void aForeignLibraryIsCaught() {
        assertFlags(CoreRules.ONLY_JDK_JMOLECULES_AND_VAVR, PlantedForeignLibrary.class);
    }

    @Test
    void readingTheClockIsCaught() {
        assertFlags(CoreRules.NO_HIDDEN_CLOCK, PlantedClock.class);
    }

    @Test
    void aPackageCycleIsCaught() {
        JavaClasses cycle = new ClassFileImporter().importClasses(CycleA.class, CycleB.class);
        assertTrue(CoreRules.NO_PACKAGE_CYCLES.evaluate(cycle).hasViolation());
    }

    @Test
    void anAggregateHoldingAnotherInAVavrCollectionIsCaught() {
        JavaClasses planted = new ClassFileImporter().importClasses(PlantedAggregates.Holder.class,
                PlantedAggregates.Held.class, PlantedAggregates.HeldId.class, PlantedAggregates.ByIdentifier.class);
        EvaluationResult result = CoreRules.AGGREGATES_HOLD_NO_AGGREGATES_IN_VAVR_TYPES.evaluate(planted);
        String report = result.getFailureReport().toString();
        assertTrue(report.contains("Holder.inSeq") && report.contains("Holder.inOption") && report.contains("Holder.nested"), report);
        assertFalse(report.contains("ByIdentifier"), "holding identifiers is the right way: " + report);
    }

    @Test
    void aDomainEventThatIsNoAggregateEventIsCaught() {
        assertFlags(CoreRules.EVERY_DOMAIN_EVENT_IS_AN_AGGREGATE_EVENT, PlantedEvent.Unnamed.class);
        assertFlags(CoreRules.EVERY_DOMAIN_EVENT_IS_AN_AGGREGATE_EVENT, PlantedEvent.Annotated.class);
        assertFalse(CoreRules.EVERY_DOMAIN_EVENT_IS_AN_AGGREGATE_EVENT.evaluate(new ClassFileImporter()
                .importClasses(PlantedEvent.Named.class)).hasViolation(), "an aggregate event is the right way");
    }

    @Test
    void anAggregateRestoringWithoutATypedErrorIsCaught() {
        assertFlags(CoreRules.EVERY_AGGREGATE_RESTORES_THROUGH_A_CHECKED_RESTORE, PlantedRestore.Unchecked.class);
        assertFlags(CoreRules.EVERY_AGGREGATE_RESTORES_THROUGH_A_CHECKED_RESTORE, PlantedRestore.NoRestore.class);
        assertFalse(CoreRules.EVERY_AGGREGATE_RESTORES_THROUGH_A_CHECKED_RESTORE.evaluate(new ClassFileImporter()
                .importClasses(PlantedRestore.Checked.class)).hasViolation(), "Either<RestoreError, Checked> is the rule");
    }

    @Test
    void aCleanDomainClassPassesEveryRule() {
        JavaClasses clean = new ClassFileImporter().importClasses(Money.class);
        for (ArchRule rule : new ArchRule[]{CoreRules.ONLY_JDK_JMOLECULES_AND_VAVR, CoreRules.NO_IO,
                CoreRules.NO_JACKSON_JDBC_OR_LOGGING, CoreRules.NO_HIDDEN_CLOCK}) {
            assertFalse(rule.evaluate(clean).hasViolation(), rule.getDescription());
        }
    }
}
