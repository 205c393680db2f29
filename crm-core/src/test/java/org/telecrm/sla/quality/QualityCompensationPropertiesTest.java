package org.telecrm.sla.quality;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.telecrm.money.Money;
import org.telecrm.money.Rate;
import org.telecrm.sla.CircuitId;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The invariants issue 5 lists for quality credits, for any valid level table, zone, rental, month and outage records:
 * the credit is never negative nor above the monthly rental; it never decreases as an outage lasts longer; customer-side
 * and force-majeure outages never change it; availability is between 0 and 1, exactly.
 */
class QualityCompensationPropertiesTest {

    static final CircuitId CIRCUIT = CircuitId.of("C-1");
    static final QualityLevel LEVEL = QualityLevel.of("L");

    /** A month's case with its engine, and more records of the same month to add to it. */
    record Scenario(QualityCompensation engine, QualityCase c, Seq<Outage> extra) {
        QualityAssessment assess() {
            return engine.assess(c).getOrElseThrow(e -> new AssertionError(e.message()));
        }

        Scenario withOutages(Seq<Outage> outages) {
            return new Scenario(engine, c.withOutages(outages), extra);
        }
    }

    static void assertNotLower(QualityAssessment before, QualityAssessment after) {
        assertTrue(after.credit().compareTo(before.credit()) >= 0,
                () -> "credit fell from " + before.credit() + " to " + after.credit() + "\n" + before.describe() + "\n" + after.describe());
        assertTrue(after.providerDowntime().compareTo(before.providerDowntime()) >= 0);
        assertTrue(after.shortfallUnits() >= before.shortfallUnits());
        assertTrue(after.restorationUnits() >= before.restorationUnits());
        assertTrue(after.responseUnits() >= before.responseUnits());
    }

    // ---- bounds --------------------------------------------------------------------------------------

    @Property
    void creditIsNeverNegativeNorAboveTheMonthlyRental(@ForAll("scenarios") Scenario s) {
        QualityAssessment a = s.assess();
        assertFalse(a.credit().isNegative());
        assertFalse(a.credit().isGreaterThan(s.c().monthlyRental()),
                () -> a.credit() + " above the rental " + s.c().monthlyRental());
        Money cap = s.c().monthlyRental().times(a.terms().cap(), s.engine().table().rounding());
        assertFalse(a.credit().isGreaterThan(cap));
        if (a.capped()) {
            assertEquals(cap, a.credit());
        }
        if (!a.breached()) {
            assertEquals(Money.ZERO, a.credit());
        }
    }

    @Property
    void availabilityIsBetweenZeroAndOneExactly(@ForAll("scenarios") Scenario s) {
        Availability a = s.assess().availability();
        assertFalse(a.downtime().isNegative());
        assertTrue(a.downtime().compareTo(a.period()) <= 0);
        assertTrue(a.isAtLeast(Rate.ZERO));
        assertTrue(Availability.full(a.period()).compareTo(a) >= 0);
        assertTrue(a.basisPoints() >= 0 && a.basisPoints() <= 10_000);
    }

    @Property
    void overlapsAreCountedOnce(@ForAll("scenarios") Scenario s) {
        QualityAssessment a = s.assess();
        Instant from = a.periodStart();
        Instant to = a.periodEnd();
        Seq<Duration> clipped = s.c().outages().filter(o -> o.cause().counts())
                .map(o -> Duration.between(o.start().isAfter(from) ? o.start() : from, o.end().isBefore(to) ? o.end() : to))
                .filter(d -> !d.isNegative());
        Duration sum = clipped.fold(Duration.ZERO, Duration::plus);
        Duration longest = clipped.maxBy(d -> d).getOrElse(Duration.ZERO);
        assertTrue(a.providerDowntime().compareTo(sum) <= 0, "never more than the records added up");
        assertTrue(a.providerDowntime().compareTo(longest) >= 0, "never less than the longest record");
    }

    // ---- shape -------------------------------------------------------------------------------------

    @Property
    void nonDecreasingInOutageDuration(@ForAll("scenarios") Scenario s, @ForAll @IntRange(min = 0, max = 20) int which,
                                       @ForAll @IntRange(min = 1, max = 3 * 24 * 3600) int longerBySeconds) {
        Seq<Outage> outages = s.c().outages();
        if (outages.isEmpty()) {
            return;
        }
        int i = which % outages.size();
        Outage longer = outages.get(i).endingAt(outages.get(i).end().plusSeconds(longerBySeconds));
        assertNotLower(s.assess(), s.withOutages(outages.update(i, longer)).assess());
    }

    static Outage withCause(Outage o, OutageCause cause) {
        return new Outage(o.ticket(), o.circuit(), o.start(), o.end(), cause, o.respondedAt());
    }

    @Property
    void moreProviderOutagesNeverLowerTheCredit(@ForAll("scenarios") Scenario s) {
        Seq<Outage> more = s.extra().map(o -> withCause(o, OutageCause.PROVIDER));
        assertNotLower(s.assess(), s.withOutages(s.c().outages().appendAll(more)).assess());
    }

    @Property
    void customerSideAndForceMajeureOutagesNeverChangeTheCredit(@ForAll("scenarios") Scenario s) {
        Seq<Outage> notProvider = s.extra().zipWithIndex((o, i) ->
                withCause(o, i % 2 == 0 ? OutageCause.CUSTOMER_SIDE : OutageCause.FORCE_MAJEURE));
        QualityAssessment without = s.assess();
        QualityAssessment with = s.withOutages(s.c().outages().appendAll(notProvider).shuffle()).assess();
        assertEquals(without.credit(), with.credit());
        assertEquals(without.availability(), with.availability());
        assertEquals(without.restorationOverrun(), with.restorationOverrun());
        assertEquals(without.responseOverrun(), with.responseOverrun());
        assertEquals(without.accruedShare(), with.accruedShare());
    }

    @Property
    void theOrderOfTheRecordsDoesNotMatter(@ForAll("scenarios") Scenario s) {
        QualityAssessment a = s.assess();
        QualityAssessment reversed = s.withOutages(s.c().outages().reverse()).assess();
        assertEquals(a.credit(), reversed.credit());
        assertEquals(a.availability(), reversed.availability());
    }

    // ---- generators --------------------------------------------------------------------------------

    @Provide
    Arbitrary<Scenario> scenarios() {
        Arbitrary<YearMonth> months = Arbitraries.integers().between(0, 47).map(i -> YearMonth.of(2023, 1).plusMonths(i));
        return Combinators.combine(engines(), months, Arbitraries.longs().between(0, 500_000_000L))
                .flatAs((engine, month, rentalFen) -> Combinators.combine(
                                outagesIn(month, engine.zone()).list().ofMaxSize(8),
                                outagesIn(month, engine.zone()).list().ofMinSize(1).ofMaxSize(4))
                        .as((outages, extra) -> new Scenario(engine, QualityCase.forMonth(CIRCUIT, LEVEL,
                                Money.ofFen(rentalFen), month, List.ofAll(outages)), List.ofAll(extra))));
    }

    /** Records starting from 3 days before the month to a day after it, up to 5 days long. */
    static Arbitrary<Outage> outagesIn(YearMonth month, ZoneId zone) {
        Instant monthStart = month.atDay(1).atStartOfDay(zone).toInstant();
        long span = Duration.ofDays(month.lengthOfMonth() + 4L).toSeconds();
        Arbitrary<Long> starts = Arbitraries.longs().between(0, span).edgeCases(e -> e.add(3L * 24 * 3600));
        Arbitrary<Long> lengths = Arbitraries.longs().between(0, 5L * 24 * 3600);
        return Combinators.combine(Arbitraries.strings().alpha().ofLength(4), starts, lengths,
                        Arbitraries.of(OutageCause.class), Arbitraries.integers().between(-1, 100))
                .as((ticket, start, length, cause, responsePercent) -> {
                    Instant s = monthStart.minus(Duration.ofDays(3)).plusSeconds(start);
                    Instant e = s.plusSeconds(length);
                    Option<Instant> responded = responsePercent < 0 ? Option.none()
                            : Option.some(s.plusSeconds(length * responsePercent / 100));
                    return new Outage(ticket, CIRCUIT, s, e, cause, responded);
                });
    }

    static Arbitrary<QualityCompensation> engines() {
        Arbitrary<Duration> minutes = Arbitraries.integers().between(1, 24 * 60).map(Duration::ofMinutes);
        Arbitrary<Rate> shares = basisPoints(0, 5000);
        Arbitrary<QualityLevelTerms> terms = Combinators.combine(basisPoints(9000, 10_000), minutes, minutes,
                        basisPoints(1, 100), shares, minutes, shares, minutes)
                .as((target, response, restoration, unit, perUnit, responseUnit, responseShare, restorationUnit) ->
                        new QualityLevelTerms(LEVEL, target, response, restoration.multipliedBy(4),
                                new AvailabilityCredit(unit, perUnit), new OverrunCredit(responseUnit, responseShare),
                                new OverrunCredit(restorationUnit, Rate.ZERO), Rate.ONE))
                .flatMap(t -> Combinators.combine(shares, basisPoints(1, 10_000)).as((restorationShare, cap) ->
                        new QualityLevelTerms(t.level(), t.availabilityTarget(), t.responseLimit(), t.restorationLimit(),
                                t.availabilityCredit(), t.responseCredit(),
                                new OverrunCredit(t.restorationCredit().unit(), restorationShare), cap)));
        Arbitrary<RoundingMode> roundings = Arbitraries.of(RoundingMode.HALF_UP, RoundingMode.HALF_EVEN, RoundingMode.DOWN,
                RoundingMode.UP, RoundingMode.CEILING, RoundingMode.FLOOR);
        Arbitrary<ZoneId> zones = Arbitraries.of(QualityCompensation.BEIJING_TIME, ZoneOffset.UTC, ZoneId.of("America/New_York"));
        return Combinators.combine(terms, roundings, zones).as((t, rounding, zone) ->
                QualityCompensation.of(QualityLevelTable.of(List.of(t), rounding).get(), zone));
    }

    /** An exact rate between two numbers of basis points. */
    static Arbitrary<Rate> basisPoints(int min, int max) {
        return Arbitraries.integers().between(min, max).map(bp -> new Rate(BigDecimal.valueOf(bp, 4)));
    }
}
