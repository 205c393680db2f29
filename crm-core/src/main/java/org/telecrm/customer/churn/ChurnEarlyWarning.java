package org.telecrm.customer.churn;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import org.jmolecules.ddd.annotation.Service;
import org.telecrm.customer.CustomerGroup;
import org.telecrm.money.Money;
import org.telecrm.money.Rate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The churn early warning (客户流失预警, rules.md section 1): the four sources of churn information combined into a
 * {@link WarningLevel} with its reasons.
 *
 * <p>The rule, which only ever raises a level as signals are added (monotone):
 * <ol>
 *   <li><b>Spend fluctuation</b>: the last month's spend against the baseline, the average of up to
 *       {@code baselineMonths} months before it. The drop {@code (baseline - spend) / baseline} is compared
 *       exactly with the thresholds: at least {@code watchDrop} raises WATCH, {@code warningDrop} WARNING,
 *       {@code criticalDrop} CRITICAL. Only a drop signals churn; a rise or a zero baseline raises nothing.</li>
 *   <li><b>Reported signals</b>: crisis information, gateway-list hits and cancellation orders each raise the
 *       level the rules give their source.</li>
 *   <li>The level is the highest any signal raised; when at least {@code corroboratingSources} different
 *       sources each raised WATCH or more, it goes one step up (CRITICAL stays CRITICAL).</li>
 *   <li>For a key account at WATCH or above, the loss is stated: the baseline annualised (x 12) as yearly revenue
 *       at risk, with the {@link LossEquivalence} (about 79 commercial or 338 public customers).</li>
 * </ol>
 *
 * <pre>{@code
 * Seq<MonthlySpend> history = List.of(100_000, 100_000, 100_000, 100_000, 100_000, 100_000, 60_000)
 *         .zipWithIndex((yuan, i) -> new MonthlySpend(YearMonth.of(2026, 1).plusMonths(i), Money.ofYuan(yuan)));
 * ChurnWarning w = ChurnEarlyWarning.sample().assess(ChurnCase.of(CustomerGroup.KEY_ACCOUNT, history)
 *         .with(new ChurnSignal.GatewayListHit("rival-carrier traffic", LocalDate.of(2026, 7, 20), "40% of calls"))).get();
 * w.level();   // CRITICAL: a 40% drop raises WARNING, the gateway hit WATCH, two sources corroborate: one up
 * w.loss().get().yearlyRevenueAtRisk();   // CNY 1200000.00
 * }</pre>
 */
@Service
public final class ChurnEarlyWarning {

    private static final long MONTHS_PER_YEAR = 12;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final ChurnEarlyWarning SAMPLE = new ChurnEarlyWarning(ChurnRules.SAMPLE);

    private final ChurnRules rules;

    private ChurnEarlyWarning(ChurnRules rules) {
        this.rules = rules;
    }

    /** The engine for rules, or every problem of the rules, each naming its field. */
    public static Validation<Seq<ChurnError>, ChurnEarlyWarning> of(ChurnRules rules) {
        return Objects.requireNonNull(rules, "rules").validate().map(ChurnEarlyWarning::new);
    }

    /** The engine on {@link ChurnRules#SAMPLE}. */
    public static ChurnEarlyWarning sample() {
        return SAMPLE;
    }

    public ChurnRules rules() {
        return rules;
    }

    /** The warning for a customer, or every problem of its case, each naming its field. */
    public Validation<Seq<ChurnError>, ChurnWarning> assess(ChurnCase churnCase) {
        Seq<ChurnError> problems = problems(Objects.requireNonNull(churnCase, "churnCase"));
        if (!problems.isEmpty()) {
            return Validation.invalid(problems);
        }
        Seq<MonthlySpend> history = churnCase.spendHistory();
        Seq<MonthlySpend> baseline = history.init().takeRight(rules.baselineMonths());
        Seq<RatedSignal> signals = churnCase.reports()
                .map(report -> new RatedSignal(report, rules.levelOf(report), "the level " + report.source().name()
                        + " raises"))
                .prepend(spendFluctuation(history.last(), baseline));
        WarningLevel highest = signals.map(RatedSignal::level).fold(WarningLevel.NONE, WarningLevel::max);
        int sources = signals.filter(s -> s.level().isAtLeast(WarningLevel.WATCH)).map(s -> s.signal().source())
                .distinct().size();
        Option<String> corroboration = sources >= rules.corroboratingSources() && highest != WarningLevel.CRITICAL
                ? Option.some(sources + " different sources raise WATCH or more (at least " + rules.corroboratingSources()
                + " corroborate): " + highest + " goes one step up")
                : Option.none();
        WarningLevel level = corroboration.isDefined() ? highest.oneUp() : highest;
        Option<KeyAccountLoss> loss = churnCase.group() == CustomerGroup.KEY_ACCOUNT && level.isAtLeast(WarningLevel.WATCH)
                ? Option.some(new KeyAccountLoss(Money.fromExactFen(sum(baseline).multiply(BigDecimal.valueOf(MONTHS_PER_YEAR))
                .divide(BigDecimal.valueOf(baseline.size()), 0, RoundingMode.HALF_UP), RoundingMode.UNNECESSARY),
                rules.lossEquivalence()))
                : Option.none();
        return Validation.valid(new ChurnWarning(level, signals, corroboration, loss));
    }

    private RatedSignal spendFluctuation(MonthlySpend assessed, Seq<MonthlySpend> baseline) {
        BigDecimal sum = sum(baseline);
        BigDecimal months = BigDecimal.valueOf(baseline.size());
        // drop = (baseline - spend) / baseline = (sum - n x spend) / sum, compared as (sum - n x spend) >= t x sum
        BigDecimal shortfall = sum.subtract(months.multiply(assessed.spend().exactFen()));
        BigDecimal dropPercent = sum.signum() == 0 ? BigDecimal.ZERO
                : shortfall.multiply(HUNDRED).divide(sum, 1, RoundingMode.HALF_UP);
        ChurnSignal.SpendFluctuation signal = new ChurnSignal.SpendFluctuation(assessed.month(), assessed.spend(),
                Money.fromExactFen(sum.divide(months, 0, RoundingMode.HALF_UP), RoundingMode.UNNECESSARY),
                baseline.size(), dropPercent);
        if (sum.signum() == 0) {
            return new RatedSignal(signal, WarningLevel.NONE, "a zero baseline cannot drop");
        }
        if (reaches(shortfall, sum, rules.criticalDrop())) {
            return new RatedSignal(signal, WarningLevel.CRITICAL, "a drop of at least criticalDrop " + rules.criticalDrop());
        }
        if (reaches(shortfall, sum, rules.warningDrop())) {
            return new RatedSignal(signal, WarningLevel.WARNING, "a drop of at least warningDrop " + rules.warningDrop());
        }
        if (reaches(shortfall, sum, rules.watchDrop())) {
            return new RatedSignal(signal, WarningLevel.WATCH, "a drop of at least watchDrop " + rules.watchDrop());
        }
        return new RatedSignal(signal, WarningLevel.NONE, "less than watchDrop " + rules.watchDrop());
    }

    private static boolean reaches(BigDecimal shortfall, BigDecimal sum, Rate threshold) {
        return shortfall.compareTo(threshold.applyTo(sum)) >= 0;
    }

    private static BigDecimal sum(Seq<MonthlySpend> months) {
        return months.map(m -> m.spend().exactFen()).fold(BigDecimal.ZERO, BigDecimal::add);
    }

    private Seq<ChurnError> problems(ChurnCase churnCase) {
        Seq<MonthlySpend> history = churnCase.spendHistory();
        if (history.isEmpty()) {
            return List.of(new ChurnError.Empty("spendHistory"));
        }
        List<ChurnError> problems = List.empty();
        for (int i = 0; i < history.size(); i++) {
            MonthlySpend month = history.get(i);
            if (month.spend().isNegative()) {
                problems = problems.append(new ChurnError.Negative("spendHistory[" + i + "].spend", month.spend().toPlainString()));
            }
            if (i > 0 && !month.month().equals(history.get(i - 1).month().plusMonths(1))) {
                problems = problems.append(new ChurnError.NotConsecutive("spendHistory[" + i + "].month",
                        history.get(i - 1).month().plusMonths(1).toString(), month.month().toString()));
            }
        }
        if (history.size() - 1 < rules.minimumBaselineMonths()) {
            problems = problems.append(new ChurnError.InsufficientHistory("spendHistory", rules.minimumBaselineMonths(),
                    history.size() - 1));
        }
        return problems;
    }
}
