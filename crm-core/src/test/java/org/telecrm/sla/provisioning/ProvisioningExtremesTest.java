package org.telecrm.sla.provisioning;

import org.junit.jupiter.api.Test;
import org.telecrm.money.Money;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.telecrm.sla.Product.DDN;
import static org.telecrm.sla.ProvisioningClass.EXPRESS;
import static org.telecrm.sla.ProvisioningClass.NORMAL;

/** The provisioning engine never throws for a fee: one too large to uplift is a typed error naming the field. */
class ProvisioningExtremesTest {

    private static final ProvisioningCompensation ENGINE = ProvisioningCompensation.rulesMdDefaults();

    @Test
    void theLargestFeeUpliftedBeyondTheLargestAmountIsATypedError() {
        AssessmentError error = ENGINE.assess(ProvisioningCase.completed(DDN, EXPRESS, Money.MAX,
                LocalDate.of(2026, 9, 25), LocalDate.of(2026, 10, 20))).getLeft();
        assertInstanceOf(AssessmentError.TooLarge.class, error);
        assertEquals("chargedOneTimeFee", ((AssessmentError.TooLarge) error).field());
    }

    @Test
    void theLargestFeeAtTheStandardPriceIsAssessedExactly() {
        ProvisioningAssessment a = ENGINE.assess(ProvisioningCase.completed(DDN, NORMAL, Money.MAX,
                LocalDate.of(2026, 9, 25), LocalDate.of(2026, 12, 20))).get();
        assertEquals(Money.MAX, a.chargedOneTimeFee());
        assertEquals(true, a.compensation().compareTo(Money.MAX) <= 0);
    }

    @Test
    void theTooLargeErrorNamesTheFieldAndTheOperation() {
        AssessmentError error = ENGINE.assess(ProvisioningCase.completed(DDN, EXPRESS, Money.MAX,
                LocalDate.of(2026, 9, 25), LocalDate.of(2026, 10, 20))).getLeft();
        assertEquals("chargedOneTimeFee: 92233720368547758.07 x 150% is beyond the largest amount (92233720368547758.07"
                + " yuan either way); the standardOneTimeFee is too large to assess", error.message());
    }

    @Test
    void datesInTheWrongOrderAreNamedInTheirMessages() {
        assertEquals("completedOn 2026-09-24 is before acceptedOn 2026-09-25", ENGINE.assess(ProvisioningCase.completed(
                DDN, EXPRESS, Money.ofYuan(1), LocalDate.of(2026, 9, 25), LocalDate.of(2026, 9, 24))).getLeft().message());
        assertEquals("the order is still open, and the as-of date 2026-09-24 is before acceptedOn 2026-09-25",
                ENGINE.assess(ProvisioningCase.openAsOf(DDN, EXPRESS, Money.ofYuan(1), LocalDate.of(2026, 9, 25),
                        LocalDate.of(2026, 9, 24))).getLeft().message());
    }

    @Test
    void anOrderIsOnTimeExactlyWhenNoWorkingDayIsLate() {
        ProvisioningAssessment late = ENGINE.assess(ProvisioningCase.completed(DDN, EXPRESS, Money.ofYuan(8000),
                LocalDate.of(2026, 9, 25), LocalDate.of(2026, 10, 20))).get();
        ProvisioningAssessment early = ENGINE.assess(ProvisioningCase.completed(DDN, EXPRESS, Money.ofYuan(8000),
                LocalDate.of(2026, 9, 25), LocalDate.of(2026, 9, 28))).get();
        assertEquals(false, late.onTime());
        assertEquals(true, early.onTime());
        assertEquals(Money.ZERO, early.compensation());
    }
}
