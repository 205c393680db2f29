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
}
