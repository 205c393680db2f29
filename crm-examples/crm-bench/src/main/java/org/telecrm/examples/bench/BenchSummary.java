package org.telecrm.examples.bench;

import io.vavr.Tuple;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.TreeMap;
import io.vavr.control.Option;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

import java.util.Collection;
import java.util.Locale;

/**
 * The table {@code crm-bench} prints: each benchmark's score, then the ratios the benchmarks exist for (settle
 * over each baseline, engine over the naive walk, and, on each database the storage benchmark ran on, the JDBC
 * adapter's and the in-memory store's save and load over raw JDBC's insert and select of the same rows). A ratio
 * below 1 means the first is faster.
 */
public final class BenchSummary {

    /** One benchmark's result. */
    public record Score(String benchmark, String params, String mode, double score, double error, String unit) {
    }

    private final List<Score> scores;

    public BenchSummary(List<Score> scores) {
        this.scores = scores;
    }

    static BenchSummary of(Collection<RunResult> results) {
        return new BenchSummary(List.ofAll(results).map(run -> {
            Result<?> primary = run.getPrimaryResult();
            String benchmark = run.getParams().getBenchmark();
            String shortName = benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1);
            String params = List.ofAll(run.getParams().getParamsKeys())
                    .map(key -> key + "=" + run.getParams().getParam(key)).mkString(",");
            return new Score(shortName, params, run.getParams().getMode().shortLabel(),
                    primary.getScore(), primary.getScoreError(), primary.getScoreUnit());
        }));
    }

    public String format() {
        StringBuilder table = new StringBuilder();
        table.append(String.format(Locale.ROOT, "%-50s %-19s %-4s %14s %12s  %s%n", "benchmark", "params", "mode", "score", "error", "unit"));
        for (Score s : scores) {
            table.append(String.format(Locale.ROOT, "%-50s %-19s %-4s %14.3f %12s  %s%n", s.benchmark(), s.params(),
                    s.mode(), s.score(), Double.isNaN(s.error()) ? "" : String.format(Locale.ROOT, "± %.3f", s.error()), s.unit()));
        }
        Map<String, Double> byName = TreeMap.ofEntries(scores.map(s -> Tuple.of(key(s), s.score())));
        table.append(System.lineSeparator()).append("ratios (below 1: the first is faster)").append(System.lineSeparator());
        ratio(table, byName, "SettleBenchmark.settle", "SettleBenchmark.jacksonStreamingBaseline");
        ratio(table, byName, "SettleBenchmark.settle", "SettleBenchmark.jacksonDatabindBaseline");
        ratio(table, byName, "CompensationEngineBenchmark.engine", "CompensationEngineBenchmark.naiveDayByDay");
        for (String query : CALENDAR_QUERIES) {
            // no growth with distance: the same query 1000 days apart over 1 day apart
            ratio(table, byName, "CalendarQueriesBenchmark." + query + " daysApart=1000",
                    "CalendarQueriesBenchmark." + query + " daysApart=1");
        }
        for (String apart : List.of("1", "1000")) {
            // working time by time of day beside the day queries
            ratio(table, byName, "CalendarQueriesBenchmark.workingTimeBetween daysApart=" + apart,
                    "CalendarQueriesBenchmark.workingDaysBetween daysApart=" + apart);
            ratio(table, byName, "CalendarQueriesBenchmark.workingTimeAfter daysApart=" + apart,
                    "CalendarQueriesBenchmark.workingDayAfter daysApart=" + apart);
        }
        ratio(table, byName, "MonthEndBenchmark.monthEnd", "MonthEndBenchmark.settleSameProvisioningOrders");
        // issue 14: reading a stored service order through the codec, against the tree reader it replaced
        ratio(table, byName, "JsonMappingBenchmark.treeRead", "JsonMappingBenchmark.codecRead");
        ratio(table, byName, "JsonMappingBenchmark.treeRead", "JsonMappingBenchmark.scannerRead");
        // the most any reader through Jackson's tokenizer can reach: the tree reader over the tokens alone plus restore
        Option<Double> floor = byName.get("JsonMappingBenchmark.tokensOnly")
                .flatMap(tokens -> byName.get("JsonMappingBenchmark.restoreOnly").map(restore -> tokens + restore));
        ratio(table, floor.map(f -> byName.put("JsonMappingBenchmark.tokensOnly plus restoreOnly", f)).getOrElse(byName),
                "JsonMappingBenchmark.treeRead", "JsonMappingBenchmark.tokensOnly plus restoreOnly");
        ratio(table, byName, "PersonalDataProtectionBenchmark.sealedLoad", "PersonalDataProtectionBenchmark.clearLoad");
        // the save without the cipher's work is not a separate path: the save less the sealing of the same values
        Option<Double> clearSave = byName.get("PersonalDataProtectionBenchmark.sealedSave")
                .flatMap(save -> byName.get("PersonalDataProtectionBenchmark.sealValues").map(seal -> save - seal))
                .filter(difference -> difference > 0);   // a sealing measured as long as the save: too noisy, n/a
        ratio(table, clearSave.map(c -> byName.put("PersonalDataProtectionBenchmark.sealedSave less sealValues", c))
                        .getOrElse(byName), "PersonalDataProtectionBenchmark.sealedSave",
                "PersonalDataProtectionBenchmark.sealedSave less sealValues");
        for (String size : List.of("10000", "100000")) {
            ratio(table, byName, "QualityAssessmentCostBenchmark.assess size=" + size,
                    "QualityAssessmentCostBenchmark.assess size=1000");
        }
        for (String size : List.of("10000", "20000")) {
            ratio(table, byName, "ContactsCostBenchmark.addEveryContact size=" + size,
                    "ContactsCostBenchmark.addEveryContact size=1000");
        }
        for (String size : List.of("60", "240")) {
            ratio(table, byName, "IrrCostBenchmark.irr size=" + size, "IrrCostBenchmark.irr size=12");
        }
        for (String database : DATABASES) {
            String raw = "StorageBenchmark.%s database=" + database;
            if (byName.containsKey(String.format(raw, "rawInsert"))) {
                ratio(table, byName, String.format(raw, "adapterSave"), String.format(raw, "rawInsert"));
                ratio(table, byName, String.format(raw, "adapterLoad"), String.format(raw, "rawSelect"));
                ratio(table, byName, "InMemoryStorageBenchmark.memorySave", String.format(raw, "rawInsert"));
                ratio(table, byName, "InMemoryStorageBenchmark.memoryLoad", String.format(raw, "rawSelect"));
            }
        }
        return table.toString();
    }

    /** The databases the storage benchmark may have run on, in the order the table shows them. */
    private static final List<String> DATABASES = List.of("H2", "POSTGRESQL", "MARIADB");

    /** The calendar queries measured 1 day and 1000 days apart. */
    private static final List<String> CALENDAR_QUERIES = List.of("workingDaysBetween", "workingDayAfter",
            "workingTimeBetween", "workingTimeAfter");

    /**
     * A score's name in the ratios: the benchmark, and the database it ran on or the distance of its queries (other
     * parameters are one each).
     */
    private static String key(Score score) {
        return List.of(score.params().split(",")).find(p -> p.startsWith("database=") || p.startsWith("daysApart=")
                || p.startsWith("size="))
                .map(param -> score.benchmark() + " " + param).getOrElse(score.benchmark());
    }

    /** The ratio of two scores; n/a when one of them is missing, no line when neither ran (another group). */
    private static void ratio(StringBuilder table, Map<String, Double> scores, String over, String under) {
        if (!scores.containsKey(over) && !scores.containsKey(under)) {
            return;
        }
        Option<Double> ratio = scores.get(over).flatMap(a -> scores.get(under).map(b -> a / b));
        table.append(String.format(Locale.ROOT, "  %-50s / %-50s %s%n", over, under,
                ratio.map(r -> String.format(Locale.ROOT, r < 0.1 ? "%.4f" : "%.2f", r)).getOrElse("n/a")));
    }
}
