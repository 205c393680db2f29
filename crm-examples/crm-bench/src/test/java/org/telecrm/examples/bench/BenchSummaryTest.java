package org.telecrm.examples.bench;

import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bench table shows every score and the ratios of settle to its baselines and engine to naive. */
class BenchSummaryTest {

    @Test
    void theTableShowsEachScoreAndTheRatios() {
        String table = new BenchSummary(List.of(
                new BenchSummary.Score("SettleBenchmark.settle", "orders=1000000", "ss", 1500, 20, "ms/op"),
                new BenchSummary.Score("SettleBenchmark.jacksonStreamingBaseline", "orders=1000000", "ss", 1000, 10, "ms/op"),
                new BenchSummary.Score("SettleBenchmark.jacksonDatabindBaseline", "orders=1000000", "ss", 2000, 10, "ms/op"),
                new BenchSummary.Score("CompensationEngineBenchmark.engine", "", "avgt", 100, 1, "ns/op"),
                new BenchSummary.Score("CompensationEngineBenchmark.naiveDayByDay", "", "avgt", 1000, 1, "ns/op"))).format();

        assertTrue(table.contains("1500.000"), table);
        assertTrue(table.matches("(?s).*SettleBenchmark.settle +/ SettleBenchmark.jacksonStreamingBaseline +1\\.50.*"), table);
        assertTrue(table.matches("(?s).*SettleBenchmark.settle +/ SettleBenchmark.jacksonDatabindBaseline +0\\.75.*"), table);
        assertTrue(table.matches("(?s).*CompensationEngineBenchmark.engine +/ CompensationEngineBenchmark.naiveDayByDay +0\\.10.*"), table);
    }

    @Test
    void aMissingScoreGivesNoRatio() {
        String table = new BenchSummary(List.of(
                new BenchSummary.Score("SettleBenchmark.settle", "", "ss", 1500, Double.NaN, "ms/op"))).format();
        assertTrue(table.contains("n/a"), table);
    }

    @Test
    void theStorageRatiosAreTakenOnEachDatabaseTheBenchmarkRanOn() {
        String table = new BenchSummary(List.of(
                new BenchSummary.Score("StorageBenchmark.adapterSave", "database=POSTGRESQL", "ss", 300, 5, "us/op"),
                new BenchSummary.Score("StorageBenchmark.rawInsert", "database=POSTGRESQL", "ss", 200, 5, "us/op"),
                new BenchSummary.Score("StorageBenchmark.adapterLoad", "database=POSTGRESQL", "ss", 150, 5, "us/op"),
                new BenchSummary.Score("StorageBenchmark.rawSelect", "database=POSTGRESQL", "ss", 100, 5, "us/op"),
                new BenchSummary.Score("InMemoryStorageBenchmark.memorySave", "", "ss", 2, 1, "us/op"),
                new BenchSummary.Score("InMemoryStorageBenchmark.memoryLoad", "", "ss", 1, 1, "us/op"))).format();

        assertTrue(table.matches("(?s).*StorageBenchmark.adapterSave database=POSTGRESQL +/ "
                + "StorageBenchmark.rawInsert database=POSTGRESQL +1\\.50.*"), table);
        assertTrue(table.matches("(?s).*StorageBenchmark.adapterLoad database=POSTGRESQL +/ "
                + "StorageBenchmark.rawSelect database=POSTGRESQL +1\\.50.*"), table);
        assertTrue(table.matches("(?s).*InMemoryStorageBenchmark.memorySave +/ "
                + "StorageBenchmark.rawInsert database=POSTGRESQL +0\\.01.*"), table);
        assertTrue(table.matches("(?s).*InMemoryStorageBenchmark.memoryLoad +/ "
                + "StorageBenchmark.rawSelect database=POSTGRESQL +0\\.01.*"), table);
        assertTrue(!table.contains("database=MARIADB"), "no ratio for a database the benchmark did not run on");
        assertTrue(!table.contains("SettleBenchmark"), "no ratio for benchmarks of another group");
    }

    @Test
    void theCalendarRatiosCompareDistancesAndWorkingTimeWithDays() {
        String table = new BenchSummary(List.of(
                new BenchSummary.Score("CalendarQueriesBenchmark.workingDaysBetween", "daysApart=1", "avgt", 10, 1, "ns/op"),
                new BenchSummary.Score("CalendarQueriesBenchmark.workingDaysBetween", "daysApart=1000", "avgt", 11, 1, "ns/op"),
                new BenchSummary.Score("CalendarQueriesBenchmark.workingTimeBetween", "daysApart=1", "avgt", 40, 1, "ns/op"),
                new BenchSummary.Score("CalendarQueriesBenchmark.workingTimeBetween", "daysApart=1000", "avgt", 44, 1, "ns/op"))).format();
        assertTrue(table.matches("(?s).*CalendarQueriesBenchmark.workingTimeBetween daysApart=1000 +/ "
                + "CalendarQueriesBenchmark.workingTimeBetween daysApart=1 +1\\.10.*"), table);
        assertTrue(table.matches("(?s).*CalendarQueriesBenchmark.workingTimeBetween daysApart=1000 +/ "
                + "CalendarQueriesBenchmark.workingDaysBetween daysApart=1000 +4\\.00.*"), table);
        assertTrue(!table.contains("workingTimeAfter"), "no ratio for queries that did not run");
    }

    @Test
    void theProtectionRatiosAreTheLoadOverTheClearLoadAndTheSaveOverTheSaveLessTheSealing() {
        String table = new BenchSummary(List.of(
                new BenchSummary.Score("PersonalDataProtectionBenchmark.sealedSave", "", "avgt", 30, 1, "us/op"),
                new BenchSummary.Score("PersonalDataProtectionBenchmark.sealValues", "", "avgt", 10, 1, "us/op"),
                new BenchSummary.Score("PersonalDataProtectionBenchmark.sealedLoad", "", "avgt", 36, 1, "us/op"),
                new BenchSummary.Score("PersonalDataProtectionBenchmark.clearLoad", "", "avgt", 24, 1, "us/op"))).format();
        assertTrue(table.matches("(?s).*PersonalDataProtectionBenchmark.sealedLoad +/ "
                + "PersonalDataProtectionBenchmark.clearLoad +1\\.50.*"), table);
        assertTrue(table.matches("(?s).*PersonalDataProtectionBenchmark.sealedSave +/ "
                + "PersonalDataProtectionBenchmark.sealedSave less sealValues +1\\.50.*"), table);
    }

    @Test
    void aSealingMeasuredLongerThanTheSaveGivesNoSaveRatio() {
        String table = new BenchSummary(List.of(
                new BenchSummary.Score("PersonalDataProtectionBenchmark.sealedSave", "", "avgt", 30, 1, "us/op"),
                new BenchSummary.Score("PersonalDataProtectionBenchmark.sealValues", "", "avgt", 31, 9, "us/op"))).format();
        assertTrue(table.matches("(?s).*PersonalDataProtectionBenchmark.sealedSave +/ "
                + "PersonalDataProtectionBenchmark.sealedSave less sealValues +n/a.*"), table);
    }

    @Test
    void theProtectionBenchmarksDocumentIsTheSameCustomerSealedAndInClear() {
        PersonalDataProtectionBenchmark benchmark = new PersonalDataProtectionBenchmark();
        benchmark.prepare();   // refuses a clear form that is not the same customer, or a count of values not 17
        assertTrue(benchmark.clearLoad().toString().equals(benchmark.sealedLoad().toString()));
        assertTrue(benchmark.sealedSave().contains("\"sealed\""));
    }
}
