package org.telecrm.sla.provisioning;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.telecrm.money.Money;
import org.telecrm.sla.Product;
import org.telecrm.sla.ProvisioningClass;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.telecrm.sla.Product.DDN;
import static org.telecrm.sla.ProvisioningClass.EXPRESS;

/**
 * Worked examples of rules.md section 5 on the official calendar. Expected values were derived by hand from
 * the table and the State Council notices (the derivation is in each case's name), and cross-checked with a
 * separate day-by-day script.
 */
class ProvisioningCompensationTest {

    private static final ProvisioningCompensation ENGINE = ProvisioningCompensation.rulesMdDefaults();

    static ProvisioningAssessment completed(String product, String cls, String fee, String accepted, String completed) {
        return ENGINE.assess(ProvisioningCase.completed(Product.valueOf(product), ProvisioningClass.valueOf(cls),
                Money.parse(fee).get(), LocalDate.parse(accepted), LocalDate.parse(completed))).get();
    }

    static void check(ProvisioningAssessment a, String due, int late, String charged, String compensation, boolean capped) {
        assertEquals(LocalDate.parse(due), a.dueOn(), "dueOn");
        assertEquals(late, a.workingDaysLate(), "workingDaysLate");
        assertEquals(charged, a.chargedOneTimeFee().toPlainString(), "chargedOneTimeFee");
        assertEquals(compensation, a.compensation().toPlainString(), "compensation");
        assertEquals(capped, a.capped(), "capped");
    }

    @Nested
    class EveryRowOfTheSeedTable {

        /** Accepted Wed 2023-03-01, completed Fri 2023-04-14 (Qingming 04-05 off); 10000.00 standard fee. */
        @ParameterizedTest(name = "{0} {1}: due {2}, {3} days late")
        @CsvSource({
                "DIGITAL_CIRCUIT, EXPRESS, 2023-03-08, 26, 15000.00, 15000.00, true",
                "DIGITAL_CIRCUIT, URGENT,  2023-03-15, 21, 13000.00, 13000.00, true",
                "DIGITAL_CIRCUIT, NORMAL,  2023-03-29, 11, 10000.00, 2200.00,  false",
                "DDN,             EXPRESS, 2023-03-13, 23, 15000.00, 15000.00, true",
                "DDN,             URGENT,  2023-03-20, 18, 13000.00, 11700.00, false",
                "DDN,             NORMAL,  2023-03-29, 11, 10000.00, 2200.00,  false",
                "FR,              EXPRESS, 2023-03-13, 23, 15000.00, 15000.00, true",
                "FR,              URGENT,  2023-03-20, 18, 13000.00, 11700.00, false",
                "FR,              NORMAL,  2023-03-29, 11, 10000.00, 2200.00,  false",
                "ATM,             EXPRESS, 2023-03-13, 23, 15000.00, 15000.00, true",
                "ATM,             URGENT,  2023-03-20, 18, 13000.00, 11700.00, false",
                "ATM,             NORMAL,  2023-03-29, 11, 10000.00, 2200.00,  false"})
        void deadlineUpliftRateAndCap(String product, String cls, String due, int late, String charged,
                                      String compensation, boolean capped) {
            check(completed(product, cls, "10000.00", "2023-03-01", "2023-04-14"), due, late, charged, compensation, capped);
        }

        @Test
        void onTimeWhenCompletedOnTheDueDate() {
            check(completed("DDN", "EXPRESS", "10000.00", "2023-03-01", "2023-03-13"), "2023-03-13", 0, "15000.00", "0.00", false);
        }

        @Test
        void firstLateDayEarnsOneDaysRate() {
            check(completed("DDN", "EXPRESS", "10000.00", "2023-03-01", "2023-03-14"), "2023-03-13", 1, "15000.00", "750.00", false);
        }
    }

    @Nested
    class AcrossHolidaysAndMakeUpWorkingDays {

        @Test
        void nationalDay2026FromTheIssue() {
            // 09-25..27 Mid-Autumn, 10-01..07 off; Sun 09-20 and Sat 10-10 worked: 8 working days end 10-13.
            check(completed("DDN", "EXPRESS", "8000.00", "2026-09-25", "2026-10-20"), "2026-10-13", 5, "12000.00", "3000.00", false);
        }

        @Test
        void springFestival2024CountsTheMakeUpSunday() {
            // 02-08, 02-09, [02-10..17 off], Sun 02-18 worked, 02-19, 02-20; late 02-21..23, 02-26.
            check(completed("DIGITAL_CIRCUIT", "EXPRESS", "1000.00", "2024-02-07", "2024-02-26"), "2024-02-20", 4, "1500.00", "300.00", false);
        }

        @Test
        void springFestival2024UrgentDdn() {
            check(completed("DDN", "URGENT", "3333.33", "2024-02-01", "2024-03-01"), "2024-02-23", 5, "4333.33", "1083.33", false);
        }

        @Test
        void springFestival2025BothMakeUpDays() {
            // Fri 01-24; Sun 01-26 worked, 01-27, [01-28..02-04 off], 02-05..07, Sat 02-08 worked, 02-10, 02-11.
            check(completed("ATM", "EXPRESS", "500.00", "2025-01-24", "2025-02-14"), "2025-02-11", 3, "750.00", "112.50", false);
        }

        @Test
        void springFestival2025NormalFr() {
            check(completed("FR", "NORMAL", "777.77", "2025-01-20", "2025-03-10"), "2025-02-21", 11, "777.77", "171.11", false);
        }

        @Test
        void springFestival2026() {
            // Sat 02-14 worked, 02-15..23 off, Sat 02-28 worked.
            check(completed("DIGITAL_CIRCUIT", "URGENT", "2000.00", "2026-02-10", "2026-03-06"), "2026-03-02", 4, "2600.00", "520.00", false);
            check(completed("DDN", "NORMAL", "10000.00", "2026-02-06", "2026-03-31"), "2026-03-12", 13, "10000.00", "2600.00", false);
        }

        @Test
        void nationalDay2024() {
            // Sun 09-29 worked, 10-01..07 off, Sat 10-12 worked.
            check(completed("DIGITAL_CIRCUIT", "EXPRESS", "6000.00", "2024-09-27", "2024-10-14"), "2024-10-10", 3, "9000.00", "1350.00", false);
        }

        @Test
        void nationalDay2025() {
            // Sun 09-28 worked, 10-01..08 off, Sat 10-11 worked.
            check(completed("FR", "URGENT", "4567.89", "2025-09-26", "2025-10-31"), "2025-10-21", 8, "5938.26", "2375.30", false);
        }

        @Test
        void acrossTheYearEnd2025To2026() {
            check(completed("DDN", "URGENT", "9999.99", "2025-12-20", "2026-01-30"), "2026-01-08", 16, "12999.99", "10399.99", false);
        }
    }

    @Nested
    class RoundingHalfUpToTheFen {

        @Test
        void compensationIsTheExactProductRoundedOnce() {
            // 1234.56 x 2% x 22 = 543.2064.
            check(completed("FR", "NORMAL", "1234.56", "2024-04-01", "2024-05-31"), "2024-04-29", 22, "1234.56", "543.21", false);
            // 100.01 x 2% x 1 = 2.0002.
            check(completed("DIGITAL_CIRCUIT", "NORMAL", "100.01", "2025-09-15", "2025-10-20"), "2025-10-17", 1, "100.01", "2.00", false);
        }

        @Test
        void halfAFenRoundsUp() {
            // 0.25 x 2% x 1 = 0.005 CNY.
            check(completed("FR", "NORMAL", "0.25", "2024-04-01", "2024-04-30"), "2024-04-29", 1, "0.25", "0.01", false);
        }

        @Test
        void theUpliftedFeeIsRoundedBeforeItBecomesTheBase() {
            // 0.05 x 130% = 0.065, charged 0.07; 18 days x 5% reaches no cap: 0.07 x 0.9 = 0.063.
            check(completed("DDN", "URGENT", "0.05", "2023-03-01", "2023-04-14"), "2023-03-20", 18, "0.07", "0.06", false);
        }
    }

    @Nested
    class OpenOrders {

        @Test
        void accrueUpToTheAsOfDay() {
            var open = ENGINE.assess(ProvisioningCase.openAsOf(Product.ATM, EXPRESS, Money.parse("500.00").get(),
                    LocalDate.parse("2023-01-16"), LocalDate.parse("2023-03-31"))).get();
            check(open, "2023-01-31", 43, "750.00", "750.00", true);
        }

        @Test
        void areOnTimeBeforeTheirDueDate() {
            var open = ENGINE.assess(ProvisioningCase.openAsOf(DDN, EXPRESS, Money.ofYuan(1000),
                    LocalDate.parse("2026-09-25"), LocalDate.parse("2026-10-13"))).get();
            assertTrue(open.onTime());
            assertEquals(Money.ZERO, open.compensation());
        }
    }

    @Nested
    class ErrorsAreValues {

        @Test
        void aNegativeFee() {
            var error = ENGINE.assess(ProvisioningCase.completed(DDN, EXPRESS, Money.ofFen(-100),
                    LocalDate.parse("2026-03-02"), LocalDate.parse("2026-03-20"))).getLeft();
            assertInstanceOf(AssessmentError.NegativeFee.class, error);
            assertTrue(error.message().contains("standardOneTimeFee") && error.message().contains("-1.00"), error.message());
        }

        @Test
        void completionBeforeAcceptance() {
            var error = ENGINE.assess(ProvisioningCase.completed(DDN, EXPRESS, Money.ofYuan(1),
                    LocalDate.parse("2026-03-02"), LocalDate.parse("2026-03-01"))).getLeft();
            assertInstanceOf(AssessmentError.CompletedBeforeAccepted.class, error);
        }

        @Test
        void asOfBeforeAcceptance() {
            var error = ENGINE.assess(ProvisioningCase.openAsOf(DDN, EXPRESS, Money.ofYuan(1),
                    LocalDate.parse("2026-03-02"), LocalDate.parse("2026-03-01"))).getLeft();
            assertInstanceOf(AssessmentError.AsOfBeforeAccepted.class, error);
        }

        @Test
        void anAcceptanceDateOutsideTheCalendar() {
            var error = ENGINE.assess(ProvisioningCase.completed(DDN, EXPRESS, Money.ofYuan(1),
                    LocalDate.parse("2022-12-20"), LocalDate.parse("2023-01-20"))).getLeft();
            assertTrue(error.message().startsWith("acceptedOn:") && error.message().contains("2022-12-20"), error.message());
        }

        @Test
        void aDueDateBeyondTheCalendar() {
            var error = ENGINE.assess(ProvisioningCase.completed(DDN, ProvisioningClass.NORMAL, Money.ofYuan(1),
                    LocalDate.parse("2026-12-15"), LocalDate.parse("2026-12-20"))).getLeft();
            assertTrue(error.message().contains("2026-12-31"), error.message());
        }

        @Test
        void aCompletionDateOutsideTheCalendar() {
            var error = ENGINE.assess(ProvisioningCase.completed(DDN, EXPRESS, Money.ofYuan(1),
                    LocalDate.parse("2026-11-02"), LocalDate.parse("2027-02-01"))).getLeft();
            assertTrue(error.message().startsWith("not yet known: completedOn:") && error.message().contains("2027-02-01"),
                    error.message());
            assertTrue(error instanceof AssessmentError.NotYetKnown);
        }
    }

    @Nested
    class AuditOfTheTermsUsed {

        @Test
        void defaultsNameRulesMd() {
            var a = completed("DDN", "EXPRESS", "8000.00", "2026-09-25", "2026-10-20");
            assertInstanceOf(TermSource.DefaultTariff.class, a.terms().deadlineWorkingDays().source());
            assertTrue(a.terms().describe().forAll(line -> line.contains("rules.md §5")), a.terms().describe().mkString("\n"));
            assertTrue(a.terms().describe().head().contains("8 working days"));
        }

        @Test
        void contractClausesPrevailAndAreNamed() {
            PersonalisedTerms contract = PersonalisedTerms.forContract("SLA-2026-0042")
                    .set(TermScope.row(DDN, EXPRESS), new Term.Deadline(6))
                    .set(TermScope.everyRow(), new Term.Cap(new CompensationCap.FixedAmount(Money.ofYuan(1000))))
                    .build().get();
            var engine = ProvisioningCompensation.of(ENGINE.calendar(), ProvisioningTariff.RULES_MD.personalisedBy(contract));
            var a = engine.assess(ProvisioningCase.completed(DDN, EXPRESS, Money.ofYuan(8000),
                    LocalDate.parse("2026-09-25"), LocalDate.parse("2026-10-20"))).get();
            // 6 working days: 09-28, 09-29, 09-30, 10-08, 10-09, Sat 10-10; late 10-12..16, 10-19, 10-20 = 7.
            check(a, "2026-10-10", 7, "12000.00", "1000.00", true);
            assertEquals(new TermSource.ContractClause("SLA-2026-0042", TermScope.row(DDN, EXPRESS)),
                    a.terms().deadlineWorkingDays().source());
            assertEquals(new TermSource.ContractClause("SLA-2026-0042", TermScope.everyRow()), a.terms().cap().source());
            assertInstanceOf(TermSource.DefaultTariff.class, a.terms().compensationPerLateDay().source());
        }
    }

    @Nested
    class InterpretationSettingsCanBeOverridden {

        private ProvisioningAssessment withClause(Term term) {
            PersonalisedTerms contract = PersonalisedTerms.forContract("C").set(TermScope.everyRow(), term).build().get();
            return ProvisioningCompensation.of(ENGINE.calendar(), ProvisioningTariff.RULES_MD.personalisedBy(contract))
                    .assess(ProvisioningCase.completed(DDN, EXPRESS, Money.ofYuan(8000),
                            LocalDate.parse("2026-09-24"), LocalDate.parse("2026-10-20"))).get();
        }

        @Test
        void deadlineCountedFromTheAcceptanceDay() {
            // Thu 09-24 is a working day and counts as the first: 09-24, 09-28..30, 10-08..10, 10-12 is the 8th.
            var a = withClause(new Term.CountDeadlineFrom(DeadlineStart.ACCEPTANCE_DAY));
            assertEquals(LocalDate.parse("2026-10-12"), a.dueOn());
            assertEquals(LocalDate.parse("2026-10-13"), withClause(new Term.Deadline(8)).dueOn());
        }

        @Test
        void completionDayNotCountedAsLate() {
            assertEquals(4, withClause(new Term.CountLateDays(LateDayCount.BEFORE_COMPLETION_DAY)).workingDaysLate());
        }

        @Test
        void compensationOnTheStandardFee() {
            var a = withClause(new Term.BaseOfCompensation(CompensationBase.STANDARD_FEE));
            assertEquals("12000.00", a.chargedOneTimeFee().toPlainString());
            assertEquals("2000.00", a.compensation().toPlainString()); // 8000 x 5% x 5
        }

        @Test
        void anotherRounding() {
            PersonalisedTerms contract = PersonalisedTerms.forContract("C")
                    .set(TermScope.everyRow(), new Term.Rounding(java.math.RoundingMode.HALF_EVEN)).build().get();
            var a = ProvisioningCompensation.of(ENGINE.calendar(), ProvisioningTariff.RULES_MD.personalisedBy(contract))
                    .assess(ProvisioningCase.completed(Product.FR, ProvisioningClass.NORMAL, Money.ofFen(25),
                            LocalDate.parse("2024-04-01"), LocalDate.parse("2024-04-30"))).get();
            assertEquals(Money.ZERO, a.compensation()); // 0.005 rounds to even
            assertFalse(a.capped());
        }
    }
}
