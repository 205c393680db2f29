package org.telecrm.customer.churn;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.telecrm.customer.CustomerGroup;
import org.telecrm.money.Money;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The invariants of the churn early warning (rules.md section 1), for any case on the sample rules. */
class ChurnEarlyWarningPropertiesTest {

    private static final ChurnEarlyWarning ENGINE = ChurnEarlyWarning.sample();

    private static ChurnWarning assess(ChurnCase c) {
        return ChurnEarlyWarningTest.assess(ENGINE, c);
    }

    @Property
    void addingASignalNeverLowersTheLevel(@ForAll("cases") ChurnCase c, @ForAll("reports") ChurnSignal.Reported extra) {
        WarningLevel before = assess(c).level();
        WarningLevel after = assess(c.with(extra)).level();
        assertTrue(after.isAtLeast(before), () -> before + " became " + after);
        assertTrue(after.isAtLeast(ENGINE.rules().levelOf(extra)));
    }

    @Property
    void aLowerSpendNeverLowersTheLevel(@ForAll("cases") ChurnCase c, @ForAll @LongRange(max = 100_000_000L) long lessFen) {
        MonthlySpend last = c.spendHistory().last();
        Money lower = Money.max(Money.ZERO, last.spend().minus(Money.ofFen(lessFen)));
        ChurnCase poorer = new ChurnCase(c.group(), c.spendHistory().init().append(new MonthlySpend(last.month(), lower)), c.reports());
        assertTrue(assess(poorer).level().isAtLeast(assess(c).level()));
    }

    @Property
    void theLevelIsTheHighestSignalOrOneStepAboveIt(@ForAll("cases") ChurnCase c) {
        ChurnWarning w = assess(c);
        WarningLevel highest = w.signals().map(RatedSignal::level).max().get();
        assertEquals(w.corroboration().isDefined() ? highest.oneUp() : highest, w.level());
        assertEquals(1 + c.reports().size(), w.signals().size(), "every signal is a reason");
    }

    @Property
    void theSpendLevelFollowsTheExactDrop(@ForAll("cases") ChurnCase c) {
        RatedSignal spend = assess(c).signals().head();
        Seq<MonthlySpend> baseline = c.spendHistory().init().takeRight(ENGINE.rules().baselineMonths());
        BigDecimal sum = baseline.map(m -> m.spend().exactFen()).fold(BigDecimal.ZERO, BigDecimal::add);
        WarningLevel expected = WarningLevel.NONE;
        if (sum.signum() > 0) {
            BigDecimal average = sum.divide(BigDecimal.valueOf(baseline.size()), MathContext.DECIMAL128);
            BigDecimal drop = BigDecimal.ONE.subtract(c.spendHistory().last().spend().exactFen().divide(average, MathContext.DECIMAL128));
            ChurnRules r = ENGINE.rules();
            expected = drop.compareTo(r.criticalDrop().fraction()) >= 0 ? WarningLevel.CRITICAL
                    : drop.compareTo(r.warningDrop().fraction()) >= 0 ? WarningLevel.WARNING
                    : drop.compareTo(r.watchDrop().fraction()) >= 0 ? WarningLevel.WATCH : WarningLevel.NONE;
        }
        assertEquals(expected, spend.level());
    }

    @Property
    void aKeyAccountsLossIsItsBaselineAYear(@ForAll("cases") ChurnCase c) {
        ChurnWarning w = assess(c);
        boolean stated = c.group() == CustomerGroup.KEY_ACCOUNT && w.level().isAtLeast(WarningLevel.WATCH);
        assertEquals(stated, w.loss().isDefined());
        w.loss().forEach(loss -> {
            Seq<MonthlySpend> baseline = c.spendHistory().init().takeRight(ENGINE.rules().baselineMonths());
            long sumFen = baseline.map(m -> m.spend().fen()).sum().longValue();
            // sum x 12 / n, half-up: compared without rounding, within half a fen.
            long twice = 2 * loss.yearlyRevenueAtRisk().fen() * baseline.size();
            assertTrue(Math.abs(twice - 24 * sumFen) <= baseline.size());
            assertEquals(LossEquivalence.RULES_MD, loss.equivalence());
        });
    }

    // ---- generators --------------------------------------------------------------------------------

    @Provide
    Arbitrary<ChurnSignal.Reported> reports() {
        Arbitrary<LocalDate> day = Arbitraries.integers().between(0, 365).map(d -> LocalDate.of(2026, 1, 1).plusDays(d));
        return Arbitraries.oneOf(
                day.map(d -> new ChurnSignal.CrisisInformation("news", d, "merger announced")),
                day.map(d -> new ChurnSignal.GatewayListHit("rival-carrier traffic", d, "calls to a rival network")),
                day.map(d -> new ChurnSignal.CancellationOrder("TZ-" + d, d)));
    }

    @Provide
    Arbitrary<ChurnCase> cases() {
        Arbitrary<Money> spend = Arbitraries.longs().between(0, 50_000_000L).map(Money::ofFen)
                .edgeCases(e -> e.add(Money.ZERO));
        Arbitrary<Seq<MonthlySpend>> history = spend.list().ofMinSize(4).ofMaxSize(14)
                .map(amounts -> List.ofAll(amounts).zipWithIndex((m, i) -> new MonthlySpend(YearMonth.of(2025, 1).plusMonths(i), m)));
        return Combinators.combine(Arbitraries.of(CustomerGroup.class), history, reports().list().ofMaxSize(4))
                .as((group, h, reported) -> new ChurnCase(group, h, List.ofAll(reported)));
    }
}
