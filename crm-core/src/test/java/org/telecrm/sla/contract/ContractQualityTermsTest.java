package org.telecrm.sla.contract;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.telecrm.money.Money;
import org.telecrm.money.Rate;
import org.telecrm.sla.CircuitId;
import org.telecrm.sla.quality.LevelPrices;
import org.telecrm.sla.quality.MeasuredAssessment;
import org.telecrm.sla.quality.Measurement;
import org.telecrm.sla.quality.Metric;
import org.telecrm.sla.quality.QualityError;
import org.telecrm.sla.quality.QualityLevelTable;
import org.telecrm.sla.quality.Uplift;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.telecrm.sla.contract.ContractFixtures.AT;
import static org.telecrm.sla.contract.ContractFixtures.DDN;
import static org.telecrm.sla.contract.ContractFixtures.ID;
import static org.telecrm.sla.contract.ContractFixtures.LEASED;
import static org.telecrm.sla.contract.ContractFixtures.active;
import static org.telecrm.sla.contract.ContractFixtures.bj;
import static org.telecrm.sla.contract.ContractFixtures.draft;
import static org.telecrm.sla.contract.ContractFixtures.ok;

/**
 * A contract's quality terms (rules.md section 5): the price of each quality level, the sample's unless the contract
 * sets its own (the signed contract prevails), and measured commitments evaluated under the terms version in force.
 */
class ContractQualityTermsTest {

    static final LevelPrices OWN_L1 = LevelPrices.of(List.of(new LevelPrices.LevelPrice(QualityLevelTable.LEVEL_1,
            new Uplift.Fixed(Money.ofYuan(450))))).get();

    static Seq<Measurement> slowApril(int windows) {
        return List.range(0, windows).map(i -> new Measurement(DDN.id(), Metric.LATENCY,
                bj("2026-04-01T00:00").plus(Duration.ofMinutes(5L * i)), new BigDecimal("35")));
    }

    @Test
    void theSamplePricesApplyUnlessTheContractSetsItsOwn() {
        ContractTerms defaults = ContractTerms.defaults(ID);
        assertEquals(LevelPrices.NONE, defaults.prices());
        assertEquals(LevelPrices.SAMPLE, defaults.pricesInForce());
        // DDN: L1, rental 2000.00: 30% = 600.00; the leased circuit: L2, rental 30000.00: 15% = 4500.00
        assertEquals(Option.some(Money.ofYuan(600)), defaults.monthlyUplift(DDN));
        assertEquals(Option.some(Money.ofYuan(4500)), defaults.monthlyUplift(LEASED));
        ContractTerms own = defaults.withPrices(OWN_L1);
        assertEquals(Option.some(Money.ofYuan(450)), own.monthlyUplift(DDN));
        assertEquals(Option.some(Money.ofYuan(4500)), own.monthlyUplift(LEASED));
        assertEquals(OWN_L1, own.withProvisioning(own.provisioning()).withQuality(own.quality())
                .withMeasurementZone(own.measurementZone()).prices());
        assertNotEquals(defaults, own);
        assertEquals(defaults, new ContractTerms(defaults.provisioning(), defaults.quality(), defaults.measurementZone()));
    }

    @Test
    void pricesAreAmendedLikeEveryOtherTerm() {
        SlaContract amended = ok(active().amendTerms(ContractTerms.defaults(ID).withPrices(OWN_L1),
                LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 20), AT));
        assertEquals(Option.some(Money.ofYuan(600)),
                amended.termsInForceOn(LocalDate.of(2026, 4, 30)).get().terms().monthlyUplift(DDN));
        assertEquals(Option.some(Money.ofYuan(450)),
                amended.termsInForceOn(LocalDate.of(2026, 5, 1)).get().terms().monthlyUplift(DDN));
    }

    @Test
    void measuredCommitmentsAreEvaluatedUnderTheVersionInForce() {
        SlaContract measured = ok(active().amendTerms(ContractTerms.defaults(ID)
                        .withQuality(QualityLevelTable.SAMPLE_WITH_MEASURED), LocalDate.of(2026, 4, 1),
                LocalDate.of(2026, 3, 20), AT));
        // April: L1 latency above 20 ms in 32 windows: 20 beyond the 12 free x 0.5% = 10% of 2000.00 = 200.00
        MeasuredAssessment april = measured.evaluateMeasured(DDN.id(), YearMonth.of(2026, 4), List.empty(),
                slowApril(32)).get().assessment();
        assertEquals(Money.ofYuan(200), april.credit());
        assertEquals(Rate.percent(10), april.accruedShare());
        // March is under version 1, the sample table without measured commitments: nothing more
        MeasuredAssessment march = measured.evaluateMeasured(DDN.id(), YearMonth.of(2026, 3), List.empty(),
                List.empty()).get().assessment();
        assertEquals(List.empty(), march.commitments());
        assertEquals(Money.ZERO, march.credit());
    }

    @Test
    void aMeasuredEvaluationIsRefusedLikeAQualityEvaluation() {
        assertInstanceOf(EvaluationError.NotActivated.class,
                draft().evaluateMeasured(DDN.id(), YearMonth.of(2026, 4), List.empty(), List.empty()).getLeft());
        assertInstanceOf(EvaluationError.UnknownCircuit.class, active().evaluateMeasured(CircuitId.of("X-9"),
                YearMonth.of(2026, 4), List.empty(), List.empty()).getLeft());
        assertInstanceOf(EvaluationError.NotCovered.class, active().evaluateMeasured(DDN.id(),
                YearMonth.of(2027, 4), List.empty(), List.empty()).getLeft());
        EvaluationError other = active().evaluateMeasured(DDN.id(), YearMonth.of(2026, 4), List.empty(),
                List.of(new Measurement(LEASED.id(), Metric.JITTER, bj("2026-04-01T00:00"), BigDecimal.ONE))).getLeft();
        assertInstanceOf(QualityError.MeasurementOfAnotherCircuit.class,
                ((EvaluationError.Quality) other).cause());
    }
}
