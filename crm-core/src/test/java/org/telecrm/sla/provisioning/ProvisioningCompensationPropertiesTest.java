package org.telecrm.sla.provisioning;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import org.telecrm.calendar.WorkingDayCalendar;
import org.telecrm.money.Money;
import org.telecrm.money.Rate;
import org.telecrm.sla.Product;
import org.telecrm.sla.ProvisioningClass;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The invariants of rules.md section 5, for any case, on the default tariff and on personalised ones. */
class ProvisioningCompensationPropertiesTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.official();
    private static final ProvisioningCompensation DEFAULTS = ProvisioningCompensation.rulesMdDefaults();
    /** Latest acceptance that leaves room for the longest generated deadline inside the calendar. */
    private static final LocalDate LAST_ACCEPTANCE = LocalDate.of(2026, 9, 30);

    private static ProvisioningAssessment assess(ProvisioningCompensation engine, ProvisioningCase c) {
        return engine.assess(c).getOrElseThrow(e -> new AssertionError(e.message()));
    }

    private static ProvisioningCase completedOn(ProvisioningCase c, LocalDate day) {
        return new ProvisioningCase(c.product(), c.provisioningClass(), c.standardOneTimeFee(), c.acceptedOn(),
                new ProvisioningCase.Progress.CompletedOn(day));
    }

    private static ProvisioningCase withClass(ProvisioningCase c, ProvisioningClass cls) {
        return new ProvisioningCase(c.product(), cls, c.standardOneTimeFee(), c.acceptedOn(), c.progress());
    }

    // ---- on time -----------------------------------------------------------------------------------

    @Property
    void zeroWhenCompletedOnOrBeforeTheDueDate(@ForAll("cases") ProvisioningCase c, @ForAll("engines") ProvisioningCompensation engine) {
        ProvisioningAssessment a = assess(engine, c);
        LocalDate end = a.terms().lateDayCount().value() == LateDayCount.BEFORE_COMPLETION_DAY
                ? c.progress().countedTo().minusDays(1) : c.progress().countedTo();
        if (!end.isAfter(a.dueOn())) {
            assertEquals(0, a.workingDaysLate());
            assertEquals(Money.ZERO, a.compensation());
            assertFalse(a.capped());
        }
    }

    @Property
    void theDueDateIsAWorkingDay(@ForAll("cases") ProvisioningCase c, @ForAll("engines") ProvisioningCompensation engine) {
        assertTrue(CALENDAR.isWorkingDay(assess(engine, c).dueOn()).get());
    }

    @Property
    void theDueDateIsTheDeadlinesWorkingDayAfterAcceptance(@ForAll("cases") ProvisioningCase c) {
        ProvisioningAssessment a = assess(DEFAULTS, c);
        assertEquals(a.terms().deadlineWorkingDays().value(), CALENDAR.workingDaysBetween(c.acceptedOn(), a.dueOn()).get());
    }

    // ---- bounds ------------------------------------------------------------------------------------

    @Property
    void neverNegativeAndNeverAboveTheCap(@ForAll("cases") ProvisioningCase c, @ForAll("engines") ProvisioningCompensation engine) {
        ProvisioningAssessment a = assess(engine, c);
        Money cap = Money.fromExactFen(a.terms().cap().value().exactFenFor(a.compensationBase()), a.terms().rounding().value());
        assertFalse(a.compensation().isNegative());
        assertFalse(a.compensation().isGreaterThan(cap), () -> a.compensation() + " above cap " + cap);
        if (a.capped()) {
            assertTrue(a.workingDaysLate() > 0, "only a late order reaches the cap");
            assertEquals(cap, a.compensation(), "a capped compensation is the cap");
        }
    }

    @Property
    void underTheDefaultTariffNeverMoreThanTheChargedFee(@ForAll("cases") ProvisioningCase c) {
        ProvisioningAssessment a = assess(DEFAULTS, c);
        assertFalse(a.compensation().isGreaterThan(a.chargedOneTimeFee()));
    }

    // ---- shape in time -----------------------------------------------------------------------------

    @Property
    void nonDecreasingInTheCompletionDate(@ForAll("cases") ProvisioningCase c, @ForAll("engines") ProvisioningCompensation engine,
                                          @ForAll @IntRange(min = 1, max = 30) int laterBy) {
        LocalDate later = c.progress().countedTo().plusDays(laterBy);
        if (later.isAfter(CALENDAR.lastDay())) {
            return;
        }
        ProvisioningAssessment early = assess(engine, c);
        ProvisioningAssessment late = assess(engine, completedOn(c, later));
        assertTrue(late.workingDaysLate() >= early.workingDaysLate());
        assertTrue(late.compensation().compareTo(early.compensation()) >= 0);
    }

    @Property
    void lateDaysNeverCountANonWorkingDay(@ForAll("cases") ProvisioningCase c) {
        LocalDate completed = c.progress().countedTo();
        if (!completed.isAfter(c.acceptedOn())) {
            return;
        }
        ProvisioningAssessment today = assess(DEFAULTS, c);
        ProvisioningAssessment dayBefore = assess(DEFAULTS, completedOn(c, completed.minusDays(1)));
        boolean counts = CALENDAR.isWorkingDay(completed).get() && completed.isAfter(today.dueOn());
        assertEquals(counts ? 1 : 0, today.workingDaysLate() - dayBefore.workingDaysLate());
    }

    @Property
    void exactlyLinearInDaysLateBelowTheCap(@ForAll("cases") ProvisioningCase c) {
        ProvisioningAssessment a = assess(DEFAULTS, c);
        if (a.capped()) {
            return;
        }
        // compensation = base x rate x days, rounded half-up once: within half a fen of the exact line.
        BigDecimal exact = a.compensationBase().exactFen()
                .multiply(a.terms().compensationPerLateDay().value().fraction())
                .multiply(BigDecimal.valueOf(a.workingDaysLate()));
        assertEquals(exact.setScale(0, RoundingMode.HALF_UP).longValueExact(), a.compensation().fen());
        assertTrue(exact.subtract(BigDecimal.valueOf(a.compensation().fen())).abs().compareTo(new BigDecimal("0.5")) <= 0);
    }

    @Property
    void linearPerDayWhenADaysRateIsAWholeFen(@ForAll("cases") ProvisioningCase c) {
        ProvisioningAssessment a = assess(DEFAULTS, c);
        BigDecimal perDay = a.terms().compensationPerLateDay().value().applyTo(a.compensationBase().exactFen());
        if (a.capped() || perDay.stripTrailingZeros().scale() > 0) {
            return;
        }
        assertEquals(perDay.longValueExact() * a.workingDaysLate(), a.compensation().fen());
    }

    @Property
    void theCapIsReachedAtTheFirstDayWhereRateTimesDaysReachesOne(@ForAll("cases") ProvisioningCase c) {
        ProvisioningAssessment a = assess(DEFAULTS, c);
        Rate accrued = a.terms().compensationPerLateDay().value().times(a.workingDaysLate());
        assertEquals(a.workingDaysLate() > 0 && accrued.isAtLeast(Rate.ONE), a.capped());
        if (a.capped()) {
            assertEquals(a.chargedOneTimeFee(), a.compensation(), "capped at the whole one-time fee");
        }
    }

    // ---- across classes ----------------------------------------------------------------------------

    @Property
    void chargedFeeIsOrderedExpressUrgentNormal(@ForAll("cases") ProvisioningCase c) {
        Money express = assess(DEFAULTS, withClass(c, ProvisioningClass.EXPRESS)).chargedOneTimeFee();
        Money urgent = assess(DEFAULTS, withClass(c, ProvisioningClass.URGENT)).chargedOneTimeFee();
        Money normal = assess(DEFAULTS, withClass(c, ProvisioningClass.NORMAL)).chargedOneTimeFee();
        assertTrue(express.compareTo(urgent) >= 0 && urgent.compareTo(normal) >= 0);
        assertEquals(c.standardOneTimeFee(), normal);
    }

    @Property
    void anOpenOrderOwesWhatItWouldIfCompletedOnTheAsOfDay(@ForAll("cases") ProvisioningCase c) {
        ProvisioningCase open = new ProvisioningCase(c.product(), c.provisioningClass(), c.standardOneTimeFee(),
                c.acceptedOn(), new ProvisioningCase.Progress.OpenAsOf(c.progress().countedTo()));
        ProvisioningAssessment asOpen = assess(DEFAULTS, open);
        ProvisioningAssessment asCompleted = assess(DEFAULTS, c);
        assertEquals(asCompleted.workingDaysLate(), asOpen.workingDaysLate());
        assertEquals(asCompleted.compensation(), asOpen.compensation());
    }

    // ---- generators --------------------------------------------------------------------------------

    @Provide
    Arbitrary<ProvisioningCase> cases() {
        Arbitrary<LocalDate> accepted = Arbitraries.longs()
                .between(CALENDAR.firstDay().toEpochDay(), LAST_ACCEPTANCE.toEpochDay()).map(LocalDate::ofEpochDay);
        Arbitrary<Money> fee = Arbitraries.longs().between(0, 1_000_000_000L).map(Money::ofFen)
                .edgeCases(e -> e.add(Money.ZERO, Money.ofFen(1), Money.ofFen(25)));
        return Combinators.combine(Arbitraries.of(Product.class), Arbitraries.of(ProvisioningClass.class), fee, accepted,
                        Arbitraries.integers().between(0, 120))
                .as((product, cls, f, acc, days) -> ProvisioningCase.completed(product, cls, f, acc,
                        min(acc.plusDays(days), CALENDAR.lastDay())));
    }

    /** The default engine, or one under a randomly personalised contract. */
    @Provide
    Arbitrary<ProvisioningCompensation> engines() {
        Arbitrary<Term> term = Arbitraries.oneOf(
                Arbitraries.integers().between(1, 25).map(Term.Deadline::new),
                Arbitraries.integers().between(100, 200).map(p -> new Term.ChargedFeeRatio(Rate.percent(p))),
                Arbitraries.integers().between(0, 1000).map(bp -> new Term.CompensationPerLateDay(
                        new Rate(BigDecimal.valueOf(bp, 4)))),
                Arbitraries.integers().between(0, 150).map(p -> new Term.Cap(new CompensationCap.ShareOfBase(Rate.percent(p)))),
                Arbitraries.longs().between(0, 100_000_000L).map(f -> new Term.Cap(new CompensationCap.FixedAmount(Money.ofFen(f)))),
                Arbitraries.of(DeadlineStart.class).map(Term.CountDeadlineFrom::new),
                Arbitraries.of(LateDayCount.class).map(Term.CountLateDays::new),
                Arbitraries.of(CompensationBase.class).map(Term.BaseOfCompensation::new),
                Arbitraries.of(RoundingMode.HALF_UP, RoundingMode.HALF_EVEN, RoundingMode.DOWN, RoundingMode.UP)
                        .map(Term.Rounding::new));
        Arbitrary<TermScope> scope = Arbitraries.oneOf(
                Arbitraries.just(TermScope.everyRow()),
                Arbitraries.of(Product.class).map(TermScope::product),
                Combinators.combine(Arbitraries.of(Product.class), Arbitraries.of(ProvisioningClass.class)).as(TermScope::row));
        Arbitrary<PersonalisedTerms> contracts = Combinators.combine(scope, term).as(PersonalisedTerms.Clause::new)
                .list().ofMaxSize(6)
                .map(clauses -> {
                    PersonalisedTerms.Builder builder = PersonalisedTerms.forContract("PROPERTY");
                    for (PersonalisedTerms.Clause clause : clauses) {
                        builder = builder.set(clause.scope(), clause.term());
                    }
                    return builder.build();
                })
                .filter(built -> built.isRight())
                .map(built -> built.get());
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(DEFAULTS)),
                Tuple.of(3, contracts.map(t -> ProvisioningCompensation.of(CALENDAR, ProvisioningTariff.RULES_MD.personalisedBy(t)))));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
