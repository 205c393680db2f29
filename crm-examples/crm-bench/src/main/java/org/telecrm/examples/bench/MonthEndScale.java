package org.telecrm.examples.bench;

import io.vavr.collection.List;
import org.telecrm.calendar.WorkingDayCalendar;
import org.telecrm.examples.monthend.MonthEndCommand;
import org.telecrm.examples.monthend.SampleProvince;
import org.telecrm.examples.settle.SettleSummary;
import org.telecrm.examples.settle.Settlement;
import org.telecrm.order.clock.CalendarVersions;
import org.telecrm.sla.provisioning.ProvisioningCompensation;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code crm-bench --only month-end-scale}: the month-end of a large sample province, as a user runs it (the command,
 * on its embedded on-disk H2, reports included), against {@code settle} of the same province's provisioning orders,
 * in the same JVM and the same run; the cost per order of each and their ratio. One run of each, not JMH: at a
 * million orders a single month-end takes long enough that warm-up is a small part of it, and repeating it is not
 * affordable. Settle runs first, from a file of the provisioning orders written beforehand (not timed). The heap
 * after each garbage collection is sampled every second, so a run under a small {@code -Xmx} also says how much
 * of it the month-end kept alive.
 */
final class MonthEndScale {

    static final YearMonth MARCH = YearMonth.of(2026, 3);

    private MonthEndScale() {
    }

    /** Runs both on a province of {@code keyAccounts} contracts with {@code ordersPerContract} orders each. */
    static int run(int keyAccounts, int ordersPerContract, Path dir, PrintStream out, PrintStream err)
            throws IOException {
        CalendarVersions calendars = CalendarVersions.first(WorkingDayCalendar.official());
        Files.createDirectories(dir);
        HeapWatch heap = HeapWatch.start();
        Path lines = dir.resolve("provisioning-orders.jsonl");
        long contracts = 0;
        long orders = 0;
        long provisioning = 0;
        err.println("month-end-scale: writing the provisioning orders of " + keyAccounts + " contracts to " + lines);
        try (Writer w = Files.newBufferedWriter(lines, StandardCharsets.UTF_8)) {
            for (SampleProvince.Unit unit : new SampleProvince(MonthEndCommand.DEFAULT_SEED, MARCH, calendars)
                    .units(keyAccounts, ordersPerContract)) {
                contracts += unit.contracts().size();
                orders += unit.orders().size();
                provisioning += SettleLines.write(unit, w);
            }
        }

        err.println("month-end-scale: settle of " + provisioning + " provisioning orders ...");
        Settlement settlement = new Settlement(ProvisioningCompensation.rulesMdDefaults(), MARCH.atEndOfMonth());
        long started = System.nanoTime();
        SettleSummary settled;
        try (InputStream in = Files.newInputStream(lines)) {
            settled = settlement.settle(in, OutputStream.nullOutputStream());
        }
        long settleNanos = System.nanoTime() - started;

        err.println("month-end-scale: month-end of " + contracts + " contracts, " + orders + " orders ...");
        Path store = dir.resolve("month-end");
        started = System.nanoTime();
        List<String> args = List.of("--month", MARCH.toString(), "--dir", store.toString(), "--key-accounts",
                Integer.toString(keyAccounts));
        int code = MonthEndCommand.run(ordersPerContract == 0 ? args
                : args.appendAll(List.of("--orders-per-contract", Integer.toString(ordersPerContract))), out, err);
        long monthEndNanos = System.nanoTime() - started;
        heap.stop();
        if (code != 0) {
            err.println("crm-bench: the month-end failed with exit code " + code);
            return code;
        }
        double settlePerOrder = settleNanos / 1e3 / Math.max(1, settled.settled());
        double monthEndPerOrder = monthEndNanos / 1e3 / orders;
        PrintStream table = new PrintStream(out, true, StandardCharsets.UTF_8);
        table.printf(Locale.ROOT, "%nMonth-end at scale (one run each, same JVM): %d contracts, %d orders%n", contracts,
                orders);
        table.printf(Locale.ROOT, "  %-52s %10.1f s %10.1f us per order%n", "settle, " + settled.settled()
                + " provisioning orders", settleNanos / 1e9, settlePerOrder);
        table.printf(Locale.ROOT, "  %-52s %10.1f s %10.1f us per order%n", "month-end (on-disk H2, reports), "
                + orders + " orders", monthEndNanos / 1e9, monthEndPerOrder);
        table.printf(Locale.ROOT, "  cost per order, month-end / settle: %.1f%n", monthEndPerOrder / settlePerOrder);
        table.printf(Locale.ROOT, "  heap: at most %d MB live after a collection, of a maximum of %d MB (-Xmx)%n",
                heap.maxAfterCollection() >> 20, Runtime.getRuntime().maxMemory() >> 20);
        table.flush();
        return 0;
    }

    /** Samples, every second, the heap left after the latest collection; the largest seen. */
    static final class HeapWatch {
        private final AtomicLong max = new AtomicLong();
        private final Thread thread;

        private HeapWatch() {
            thread = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    sample();
                    try {
                        Thread.sleep(1000);
                    } catch (InterruptedException stop) {
                        return;
                    }
                }
            }, "heap-watch");
            thread.setDaemon(true);
        }

        static HeapWatch start() {
            HeapWatch watch = new HeapWatch();
            watch.thread.start();
            return watch;
        }

        private void sample() {
            long used = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
                    used += pool.getCollectionUsage().getUsed();
                }
            }
            max.accumulateAndGet(used, Math::max);
        }

        void stop() {
            sample();
            thread.interrupt();
        }

        long maxAfterCollection() {
            return max.get();
        }
    }
}
