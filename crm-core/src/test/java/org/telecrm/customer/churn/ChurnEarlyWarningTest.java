package org.telecrm.customer.churn;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.telecrm.customer.CustomerGroup;
import org.telecrm.money.Money;
import org.telecrm.money.Rate;
import org.telecrm.testing.FieldErrors;

import java.time.LocalDate;
import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.telecrm.customer.churn.WarningLevel.CRITICAL;
import static org.telecrm.customer.churn.WarningLevel.NONE;
import static org.telecrm.customer.churn.WarningLevel.WARNING;
import static org.telecrm.customer.churn.WarningLevel.WATCH;

/** Worked examples of rules.md section 1's churn early warning on the sample rules. */
class ChurnEarlyWarningTest {

    private static final ChurnEarlyWarning ENGINE = ChurnEarlyWarning.sample();
    private static final YearMonth JANUARY = YearMonth.of(2026, 1);
    private static final ChurnSignal.Reported CRISIS = new ChurnSignal.CrisisInformation("account manager",
            LocalDate.of(2026, 7, 3), "the parent company is tendering its network");
    private static final ChurnSignal.Reported GATEWAY = new ChurnSignal.GatewayListHit("rival-carrier traffic",
            LocalDate.of(2026, 7, 20), "40% of calls");
    private static final ChurnSignal.Reported CANCELLATION = new ChurnSignal.CancellationOrder("TZ-2026-0712",
            LocalDate.of(2026, 7, 12));

    /** Consecutive months from January 2026, in fen. */
    static Seq<MonthlySpend> history(long... fen) {
        return List.ofAll(fen).zipWithIndex((f, i) -> new MonthlySpend(JANUARY.plusMonths(i), Money.ofFen(f)));
    }

    /** Six months of CNY 100,000, then the assessed month. */
    static Seq<MonthlySpend> steadyThen(long assessedFen) {
        return history(10_000_000, 10_000_000, 10_000_000, 10_000_000, 10_000_000, 10_000_000, assessedFen);
    }

    static ChurnWarning assess(ChurnEarlyWarning engine, ChurnCase c) {
        return engine.assess(c).getOrElseGet(errors -> {
            throw new AssertionError(errors.map(ChurnError::message).mkString("; "));
        });
    }

    static ChurnWarning assess(ChurnCase c) {
        return assess(ENGINE, c);
    }

    static String namedError(Seq<ChurnError> errors, String field) {
        return FieldErrors.assertNamed(errors, ChurnError::field, ChurnError::message, field);
    }

    @Nested
    class SpendFluctuationAgainstTheCustomersOwnBaseline {

        @ParameterizedTest(name = "spend {0} fen after CNY 100,000 a month: {1}")
        @CsvSource({"10000000, NONE", "8000001, NONE", "8000000, WATCH", "6500001, WATCH", "6500000, WARNING",
                "5000001, WARNING", "5000000, CRITICAL", "0, CRITICAL", "12000000, NONE"})
        void thresholdsBelongToTheLevelTheyStart(long spendFen, WarningLevel level) {
            assertEquals(level, assess(ChurnCase.of(CustomerGroup.COMMERCIAL, steadyThen(spendFen))).level());
        }

        @Test
        void theReasonShowsTheDrop() {
            ChurnWarning w = assess(ChurnCase.of(CustomerGroup.COMMERCIAL, steadyThen(6_000_000)));
            assertEquals("WARNING: spend in 2026-07 CNY 60000.00 is 40.0% below the 6-month baseline of CNY 100000.00"
                    + " (a drop of at least warningDrop 35%)", w.reasons().head());
        }

        @Test
        void aRiseIsNoSignal() {
            ChurnWarning w = assess(ChurnCase.of(CustomerGroup.COMMERCIAL, steadyThen(12_000_000)));
            assertEquals(NONE, w.level());
            assertTrue(w.reasons().head().contains("20.0% above"), w.reasons().head());
        }

        @Test
        void onlyTheLastSixMonthsFormTheBaseline() {
            Seq<MonthlySpend> h = history(90_000_000, 90_000_000, 10_000_000, 10_000_000, 10_000_000, 10_000_000,
                    10_000_000, 10_000_000, 9_000_000);
            assertEquals(NONE, assess(ChurnCase.of(CustomerGroup.COMMERCIAL, h)).level());
        }

        @Test
        void aShorterBaselineIsTheAverageOfWhatThereIs() {
            assertEquals(WATCH, assess(ChurnCase.of(CustomerGroup.COMMERCIAL, history(300, 300, 300, 240))).level());
        }

        @Test
        void aZeroBaselineCannotDrop() {
            assertEquals(NONE, assess(ChurnCase.of(CustomerGroup.COMMERCIAL, history(0, 0, 0, 0))).level());
        }
    }

    @Nested
    class SignalsFromTheOtherThreeSources {

        private final ChurnCase quiet = ChurnCase.of(CustomerGroup.COMMERCIAL, steadyThen(10_000_000));

        @Test
        void eachRaisesItsLevel() {
            assertEquals(WARNING, assess(quiet.with(CRISIS)).level());
            assertEquals(WATCH, assess(quiet.with(GATEWAY)).level());
            assertEquals(CRITICAL, assess(quiet.with(CANCELLATION)).level());
        }

        @Test
        void twoDifferentSourcesCorroborate() {
            ChurnWarning w = assess(ChurnCase.of(CustomerGroup.COMMERCIAL, steadyThen(8_000_000)).with(GATEWAY));
            assertEquals(WARNING, w.level(), "spend WATCH + gateway WATCH");
            assertEquals("2 different sources raise WATCH or more (at least 2 corroborate): WATCH goes one step up",
                    w.corroboration().get());
            assertEquals(CRITICAL, assess(quiet.with(CRISIS).with(GATEWAY)).level());
        }

        @Test
        void twoSignalsOfOneSourceDoNot() {
            assertEquals(WATCH, assess(quiet.with(GATEWAY).with(GATEWAY)).level());
        }
    }

    @Nested
    class AKeyAccountsLossInRevenueTerms {

        @Test
        void theJavadocExample() {
            ChurnWarning w = assess(ChurnCase.of(CustomerGroup.KEY_ACCOUNT, steadyThen(6_000_000)).with(GATEWAY));
            assertEquals(CRITICAL, w.level());
            KeyAccountLoss loss = w.loss().get();
            assertEquals(Money.ofYuan(1_200_000), loss.yearlyRevenueAtRisk());
            assertEquals(LossEquivalence.RULES_MD, loss.equivalence());
            assertEquals("losing this key account puts about CNY 1200000.00 a year at risk: making it up takes about 79"
                    + " new commercial or 338 new public customers (rules.md section 1)", w.reasons().last());
        }

        @Test
        void theEquivalenceIsAnOverridableFigure() {
            ChurnEarlyWarning engine = ChurnEarlyWarning.of(ChurnRules.SAMPLE.withLossEquivalence(new LossEquivalence(60, 250))).get();
            KeyAccountLoss loss = assess(engine, ChurnCase.of(CustomerGroup.KEY_ACCOUNT, steadyThen(0))).loss().get();
            assertEquals(new LossEquivalence(60, 250), loss.equivalence());
        }

        @Test
        void onlyForKeyAccountsAtWatchOrAbove() {
            assertTrue(assess(ChurnCase.of(CustomerGroup.COMMERCIAL, steadyThen(0))).loss().isEmpty());
            assertTrue(assess(ChurnCase.of(CustomerGroup.KEY_ACCOUNT, steadyThen(10_000_000))).loss().isEmpty());
            assertTrue(assess(ChurnCase.of(CustomerGroup.KEY_ACCOUNT, steadyThen(8_000_000))).loss().isDefined());
        }
    }

    @Nested
    class InvalidCasesNameTheirField {

        @Test
        void anEmptyHistory() {
            assertEquals("spendHistory must not be empty",
                    namedError(ENGINE.assess(ChurnCase.of(CustomerGroup.PUBLIC, List.empty())).getError(), "spendHistory"));
        }

        @Test
        void tooShortForABaseline() {
            assertEquals("spendHistory needs at least 3 months before the assessed month to form a baseline, had 2",
                    namedError(ENGINE.assess(ChurnCase.of(CustomerGroup.PUBLIC, history(1, 1, 1))).getError(), "spendHistory"));
        }

        @Test
        void aNegativeSpendAndAGap() {
            Seq<MonthlySpend> h = history(1, 1, -1, 1).update(3, new MonthlySpend(YearMonth.of(2026, 5), Money.ofFen(1)));
            Seq<ChurnError> errors = ENGINE.assess(ChurnCase.of(CustomerGroup.PUBLIC, h)).getError();
            assertEquals("spendHistory[2].spend must not be negative, was -0.01", namedError(errors, "spendHistory[2].spend"));
            assertEquals("spendHistory[3].month must be 2026-04, the month after the one before it, was 2026-05",
                    namedError(errors, "spendHistory[3].month"));
        }
    }

    @Nested
    class InvalidRulesAreRefusedOnLoad {

        private Seq<ChurnError> refused(ChurnRules rules) {
            return ChurnEarlyWarning.of(rules).getError();
        }

        @Test
        void thresholdsThatDoNotRise() {
            ChurnRules r = new ChurnRules(6, 3, Rate.ZERO, Rate.ZERO, Rate.percent(120), WARNING, WATCH, CRITICAL, 2,
                    LossEquivalence.RULES_MD);
            Seq<ChurnError> errors = refused(r);
            assertEquals("watchDrop must be above 0%, was 0%", namedError(errors, "watchDrop"));
            assertEquals("warningDrop (0%) must be above watchDrop (0%)", namedError(errors, "warningDrop"));
            namedError(errors, "criticalDrop");
        }

        @Test
        void baselineCorroborationAndEquivalence() {
            ChurnRules r = new ChurnRules(2, 3, Rate.percent(20), Rate.percent(35), Rate.percent(50), WARNING, WATCH,
                    CRITICAL, 1, new LossEquivalence(0, -1));
            Seq<ChurnError> errors = refused(r);
            assertEquals("minimumBaselineMonths must be between 1 and baselineMonths (2), was 3",
                    namedError(errors, "minimumBaselineMonths"));
            namedError(errors, "corroboratingSources");
            namedError(errors, "lossEquivalence.commercialCustomers");
            namedError(errors, "lossEquivalence.publicCustomers");
            namedError(refused(new ChurnRules(0, 1, Rate.percent(20), Rate.percent(35), Rate.percent(50), WARNING, WATCH,
                    CRITICAL, 2, LossEquivalence.RULES_MD)), "baselineMonths");
        }

        @Test
        void theSampleIsValid() {
            assertTrue(ChurnRules.SAMPLE.validate().isValid());
        }
    }
}
