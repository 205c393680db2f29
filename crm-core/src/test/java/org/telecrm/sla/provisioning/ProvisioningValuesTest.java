package org.telecrm.sla.provisioning;

import org.junit.jupiter.api.Test;
import org.telecrm.calendar.WorkingDayCalendar;
import org.telecrm.money.Rate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.telecrm.sla.Product.DDN;
import static org.telecrm.sla.ProvisioningClass.EXPRESS;

/**
 * Personalised terms and tariffs are values: equal exactly when their clauses (rows, sources included) are, with hash
 * codes to match,
 * and the engine answers with the tariff it was made with (what a contract's stored terms compare against).
 */
class ProvisioningValuesTest {

    private static PersonalisedTerms sixPercent(String contract) {
        return PersonalisedTerms.forContract(contract)
                .set(TermScope.row(DDN, EXPRESS), new Term.CompensationPerLateDay(Rate.percent(6))).build().get();
    }

    @Test
    void personalisedTermsAreEqualByContractAndClauses() {
        assertEquals(sixPercent("C-1"), sixPercent("C-1"));
        assertEquals(sixPercent("C-1").hashCode(), sixPercent("C-1").hashCode());
        assertNotEquals(sixPercent("C-1"), sixPercent("C-2"));
        assertNotEquals(sixPercent("C-1"), PersonalisedTerms.none("C-1"));
        assertNotEquals(sixPercent("C-1").hashCode(), PersonalisedTerms.none("C-1").hashCode());
        assertNotEquals(sixPercent("C-1"), (Object) "C-1");
        assertEquals(1, sixPercent("C-1").clauses().size());
        assertEquals("PersonalisedTerms[C-1, 1 clauses]", sixPercent("C-1").toString());
    }

    @Test
    void tariffsAreEqualByTheirRows() {
        ProvisioningTariff personalised = ProvisioningTariff.RULES_MD.personalisedBy(sixPercent("C-1"));
        assertEquals(personalised, ProvisioningTariff.RULES_MD.personalisedBy(sixPercent("C-1")));
        assertEquals(personalised.hashCode(), ProvisioningTariff.RULES_MD.personalisedBy(sixPercent("C-1")).hashCode());
        assertNotEquals(personalised, ProvisioningTariff.RULES_MD.personalisedBy(sixPercent("C-2")),
                "each row says which contract's clause set it");
        assertNotEquals(ProvisioningTariff.RULES_MD, personalised);
        assertNotEquals(ProvisioningTariff.RULES_MD.hashCode(), personalised.hashCode());
        assertNotEquals(personalised, (Object) "a tariff");
        assertEquals(ProvisioningTariff.RULES_MD, ProvisioningTariff.RULES_MD.personalisedBy(PersonalisedTerms.none("C")));
    }

    @Test
    void theEngineAnswersWithItsTariff() {
        ProvisioningTariff personalised = ProvisioningTariff.RULES_MD.personalisedBy(sixPercent("C-1"));
        assertSame(personalised, ProvisioningCompensation.of(WorkingDayCalendar.official(), personalised).tariff());
        assertEquals(ProvisioningTariff.RULES_MD, ProvisioningCompensation.rulesMdDefaults().tariff());
    }
}
