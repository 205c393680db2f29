package org.telecrm.examples.bench;

import io.vavr.collection.Iterator;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.telecrm.calendar.WorkingDayCalendar;
import org.telecrm.examples.monthend.MonthEnd;
import org.telecrm.examples.monthend.Ports;
import org.telecrm.examples.monthend.SampleProvince;
import org.telecrm.examples.settle.SettleSummary;
import org.telecrm.examples.settle.Settlement;
import org.telecrm.order.clock.CalendarVersions;
import org.telecrm.persistence.memory.InMemoryStorage;
import org.telecrm.sla.provisioning.ProvisioningCompensation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.concurrent.TimeUnit;

/**
 * The month-end of a sample province in the embedded in-memory store (load, deadlines, claims, confirmations and
 * credits, arrears, churn: every stage, every save with its events), against {@code settle} of the same province's
 * provisioning orders as JSON Lines. One operation is one whole month (or one whole settle), so the ratio is the
 * month-end's cost against settle's on the same sample; per order, divide by the orders each handles (the month-end
 * handles every kind of order and every customer, account and contract; settle only the provisioning orders).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class MonthEndBenchmark {

    static final YearMonth MARCH = YearMonth.of(2026, 3);
    static final CalendarVersions CALENDARS = CalendarVersions.first(WorkingDayCalendar.official());

    @Param("2000")
    public int keyAccounts;

    private List<SampleProvince.Unit> units;
    private byte[] provisioningLines;
    private Settlement settlement;

    @Setup(Level.Trial)
    public void generate() {
        units = new SampleProvince(2026, MARCH, CALENDARS).units(keyAccounts).toList();
        StringBuilder lines = new StringBuilder();
        for (SampleProvince.Unit unit : units) {
            try {
                SettleLines.write(unit, lines);
            } catch (IOException impossible) {
                throw new IllegalStateException(impossible);       // a StringBuilder does not fail
            }
        }
        provisioningLines = lines.toString().getBytes(StandardCharsets.UTF_8);
        settlement = new Settlement(ProvisioningCompensation.rulesMdDefaults(), MARCH.atEndOfMonth());
    }

    @Benchmark
    public MonthEnd.Changes monthEnd() {
        return new MonthEnd(Ports.of(new InMemoryStorage()), MARCH, CALENDARS,
                new PrintStream(OutputStream.nullOutputStream())).run(Option.some(Iterator.ofAll(units)),
                new SampleProvince(2026, MARCH, CALENDARS)::unifiedPayments);
    }

    @Benchmark
    public SettleSummary settleSameProvisioningOrders() throws IOException {
        return settlement.settle(new ByteArrayInputStream(provisioningLines), OutputStream.nullOutputStream());
    }
}
