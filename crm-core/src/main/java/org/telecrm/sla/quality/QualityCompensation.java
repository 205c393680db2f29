package org.telecrm.sla.quality;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.jmolecules.ddd.annotation.Service;
import org.telecrm.money.Money;
import org.telecrm.money.Rate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The quality-level compensation engine (rules.md section 5, quality guarantee): a pure function of a circuit's month
 * of outages, its level's terms and the time zone of the month's boundaries. No clock, no I/O, no floating point.
 *
 * <p>For a case it computes, under the terms of the case's level:
 * <ol>
 *   <li>the measured period: the measured days, midnight to midnight in the engine's zone ({@link #BEIJING_TIME}
 *       by default), so a month is the operator's calendar month;</li>
 *   <li>the provider downtime: the <b>union</b> of the provider-caused outages clipped to the period. An outage
 *       crossing a month boundary counts in each month for the part inside it; overlapping provider outages count
 *       their common time once. Customer-side and force-majeure outages are ignored entirely: provider time counts
 *       even where such an outage overlaps it, so adding one never changes the result;</li>
 *   <li>the availability, exactly: (period - downtime) / period ({@link Availability});</li>
 *   <li>the shortfall: started {@link AvailabilityCredit#shortfallUnit() units} by which the availability falls below
 *       the target (0 when met);</li>
 *   <li>the restoration overrun: over the fault <b>episodes</b> (the union's intervals: the circuit is restored when
 *       no provider outage is open), the sum of each episode's time inside the period beyond the restoration limit;
 *       then started units of that sum;</li>
 *   <li>the response overrun: over the provider fault <b>reports</b> (records) that start inside the period, the sum
 *       of each one's response time ({@link Outage#responseTime()}) beyond the response limit; then started units;</li>
 *   <li>the credit: the units times their per-unit shares of the monthly rental, summed, at most the level's cap (at
 *       most the whole rental), rounded once to the fen.</li>
 * </ol>
 * Summing overruns before counting units (rather than rounding each fault up) keeps the credit non-decreasing when an
 * outage grows: two faults that grow into one never earn less than they did apart.
 *
 * <pre>{@code
 * QualityCompensation engine = QualityCompensation.sample();          // QualityLevelTable.SAMPLE, Beijing time
 * QualityAssessment a = engine.assess(QualityCase.forMonth(CircuitId.of("DDN-0755-2026-0001"),
 *         QualityLevelTable.LEVEL_1, Money.ofYuan(2000), YearMonth.of(2026, 3), outages)).get();
 * a.availability();   // 99.3951% for 4.5 h of provider downtime in March
 * a.credit();         // CNY 1440.00 = 72% of the rental (6 shortfall, 2 restoration and 1 response unit(s))
 * a.describe();       // what decided it
 * }</pre>
 */
@Service
public final class QualityCompensation {

    /**
     * Library default time zone for month boundaries: China Standard Time (UTC+8, no daylight saving), the time of
     * the operators and billing months the seed describes.
     */
    public static final ZoneId BEIJING_TIME = ZoneId.of("Asia/Shanghai");

    private final QualityLevelTable table;
    private final ZoneId zone;

    private QualityCompensation(QualityLevelTable table, ZoneId zone) {
        this.table = Objects.requireNonNull(table, "table");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    public static QualityCompensation of(QualityLevelTable table, ZoneId zone) {
        return new QualityCompensation(table, zone);
    }

    /** The sample table in Beijing time. */
    public static QualityCompensation sample() {
        return of(QualityLevelTable.SAMPLE, BEIJING_TIME);
    }

    public QualityLevelTable table() {
        return table;
    }

    public ZoneId zone() {
        return zone;
    }

    public Either<QualityError, QualityAssessment> assess(QualityCase c) {
        Option<QualityError> problem = firstProblem(c);
        if (problem.isDefined()) {
            return Either.left(problem.get());
        }
        QualityLevelTerms terms = table.termsOf(c.level()).get();
        Instant from = c.firstDay().atStartOfDay(zone).toInstant();
        Instant to = c.lastDay().plusDays(1).atStartOfDay(zone).toInstant();
        Seq<Outage> provider = c.outages().filter(o -> o.cause().counts());
        Seq<Interval> episodes = union(provider.map(o -> new Interval(later(o.start(), from), earlier(o.end(), to)))
                .filter(Interval::nonEmpty));
        Duration downtime = episodes.map(Interval::length).fold(Duration.ZERO, Duration::plus);
        Availability availability = new Availability(downtime, Duration.between(from, to));

        long shortfallUnits = shortfallUnits(availability, terms);
        Duration restorationOverrun = episodes.map(e -> beyond(e.length(), terms.restorationLimit()))
                .fold(Duration.ZERO, Duration::plus);
        Duration responseOverrun = provider.filter(o -> !o.start().isBefore(from) && o.start().isBefore(to))
                .map(o -> beyond(o.responseTime(), terms.responseLimit()))
                .fold(Duration.ZERO, Duration::plus);
        long restorationUnits = Nanos.startedUnits(restorationOverrun, terms.restorationCredit().unit());
        long responseUnits = Nanos.startedUnits(responseOverrun, terms.responseCredit().unit());

        Rate accrued = new Rate(terms.availabilityCredit().perUnit().times(shortfallUnits).fraction()
                .add(terms.restorationCredit().perUnit().times(restorationUnits).fraction())
                .add(terms.responseCredit().perUnit().times(responseUnits).fraction()));
        boolean capped = accrued.isAtLeast(terms.cap());
        Money credit = c.monthlyRental().times(capped ? terms.cap() : accrued, table.rounding());
        return Either.right(new QualityAssessment(c, terms, zone, from, to, availability, shortfallUnits,
                restorationOverrun, restorationUnits, responseOverrun, responseUnits, accrued, credit, capped));
    }

    /**
     * A circuit's month of outages and measurements: the outages as {@link #assess} does, then the level's measured
     * commitments (latency, packet loss, jitter) over the measured period's windows, their credit added within the
     * level's cap ({@link MeasuredAssessment}). A level without measured commitments earns nothing more. Refused, as
     * {@link #assess} refuses, or for a measurement of another circuit, with a negative value, off its window
     * boundaries, or twice for a window.
     *
     * <pre>{@code
     * MeasuredAssessment m = QualityCompensation.of(QualityLevelTable.SAMPLE_WITH_MEASURED, BEIJING_TIME)
     *         .assessMeasured(march, measurements).get();
     * m.credit();        // what the measurements add
     * m.totalCredit();   // the month's whole credit, at most the cap
     * }</pre>
     */
    public Either<QualityError, MeasuredAssessment> assessMeasured(QualityCase c, Seq<Measurement> measurements) {
        Objects.requireNonNull(measurements, "measurements");
        return assess(c).flatMap(outages -> MeasuredCompensation.assess(outages, measurements, table.rounding()));
    }

    private Option<QualityError> firstProblem(QualityCase c) {
        if (c.monthlyRental().isNegative()) {
            return Option.some(new QualityError.NegativeAmount("monthlyRental", c.monthlyRental()));
        }
        if (!table.defines(c.level())) {
            return Option.some(new QualityError.UnknownLevel("level", c.level()));
        }
        if (!c.month().equals(YearMonth.from(c.firstDay())) || !c.month().equals(YearMonth.from(c.lastDay()))
                || c.lastDay().isBefore(c.firstDay())) {
            return Option.some(new QualityError.OutOfRange("firstDay..lastDay", c.firstDay() + ".." + c.lastDay(),
                    "a non-empty range of days in " + c.month()));
        }
        for (Outage o : c.outages()) {
            if (!o.circuit().equals(c.circuit())) {
                return Option.some(new QualityError.OutageOfAnotherCircuit(o.field() + ".circuit", c.circuit(), o.circuit()));
            }
            if (!o.problems().isEmpty()) {
                return Option.some(o.problems().head());
            }
        }
        return Option.none();
    }

    /** Started units below the target: ceil((target x period - uptime) / (unit x period)), exactly; 0 when met. */
    private static long shortfallUnits(Availability a, QualityLevelTerms terms) {
        if (a.isAtLeast(terms.availabilityTarget())) {
            return 0;
        }
        BigDecimal period = Nanos.of(a.period());
        BigDecimal missing = terms.availabilityTarget().applyTo(period).subtract(Nanos.of(a.uptime()));
        BigDecimal unit = terms.availabilityCredit().shortfallUnit().applyTo(period);
        return missing.divide(unit, 0, RoundingMode.CEILING).longValueExact();
    }

    private static Duration beyond(Duration d, Duration limit) {
        return d.compareTo(limit) > 0 ? d.minus(limit) : Duration.ZERO;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    /** A half-open span of time [start, end). */
    private record Interval(Instant start, Instant end) {
        boolean nonEmpty() {
            return end.isAfter(start);
        }

        Duration length() {
            return Duration.between(start, end);
        }
    }

    /**
     * The union of intervals as disjoint, non-touching intervals in time order: one sort, then one pass that
     * extends the last merged interval in place (O(n log n); appending to a persistent list was O(n) a step).
     */
    private static Seq<Interval> union(Seq<Interval> intervals) {
        java.util.List<Interval> merged = new java.util.ArrayList<>();
        for (Interval next : intervals.sortBy(Interval::start)) {
            int last = merged.size() - 1;
            if (last >= 0 && !next.start().isAfter(merged.get(last).end())) {
                Interval kept = merged.get(last);
                merged.set(last, new Interval(kept.start(), later(kept.end(), next.end())));
            } else {
                merged.add(next);
            }
        }
        return io.vavr.collection.Vector.ofAll(merged);
    }
}
