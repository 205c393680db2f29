package org.telecrm.sla.provisioning;

import org.junit.jupiter.api.Test;
import org.telecrm.money.Money;
import org.telecrm.money.Rate;

import java.math.RoundingMode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.telecrm.sla.Product.ATM;
import static org.telecrm.sla.Product.DDN;
import static org.telecrm.sla.ProvisioningClass.EXPRESS;
import static org.telecrm.sla.ProvisioningClass.NORMAL;

class PersonalisedTermsTest {

    @Test
    void theMostSpecificClausePrevails() {
        PersonalisedTerms terms = PersonalisedTerms.forContract("C")
                .set(TermScope.everyRow(), new Term.CompensationPerLateDay(Rate.percent(3)))
                .set(TermScope.product(DDN), new Term.CompensationPerLateDay(Rate.percent(4)))
                .set(TermScope.row(DDN, EXPRESS), new Term.CompensationPerLateDay(Rate.percent(6)))
                .build().get();
        ProvisioningTariff tariff = ProvisioningTariff.RULES_MD.personalisedBy(terms);
        assertEquals(Rate.percent(6), tariff.termsFor(DDN, EXPRESS).compensationPerLateDay().value());
        assertEquals(Rate.percent(4), tariff.termsFor(DDN, NORMAL).compensationPerLateDay().value());
        assertEquals(Rate.percent(3), tariff.termsFor(ATM, NORMAL).compensationPerLateDay().value());
        assertEquals(20, tariff.termsFor(ATM, NORMAL).deadlineWorkingDays().value(), "untouched terms stay default");
    }

    @Test
    void noClausesLeaveTheDefaultTariff() {
        ProvisioningTariff tariff = ProvisioningTariff.RULES_MD.personalisedBy(PersonalisedTerms.none("C"));
        assertEquals(ProvisioningTariff.RULES_MD.termsFor(DDN, EXPRESS), tariff.termsFor(DDN, EXPRESS));
    }

    @Test
    void invalidValuesAreAllReportedNamingTheClause() {
        TermsError error = PersonalisedTerms.forContract("SLA-7")
                .set(TermScope.row(DDN, EXPRESS), new Term.Deadline(0))
                .set(TermScope.everyRow(), new Term.Cap(new CompensationCap.FixedAmount(Money.ofFen(-1))))
                .set(TermScope.everyRow(), new Term.Rounding(RoundingMode.UNNECESSARY))
                .build().getLeft();
        assertEquals(3, error.problems().size(), error.message());
        assertTrue(error.message().contains("SLA-7"));
        assertTrue(error.message().contains("deadline for DDN/EXPRESS must be at least 1"), error.message());
        assertTrue(error.message().contains("compensation cap for every product and class must not be negative"), error.message());
    }

    @Test
    void twoClausesForTheSameTermAndScopeAreRefused() {
        TermsError error = PersonalisedTerms.forContract("C")
                .set(TermScope.product(DDN), new Term.Deadline(5))
                .set(TermScope.product(DDN), new Term.Deadline(6))
                .build().getLeft();
        assertTrue(error.message().contains("deadline for DDN/every class is set by 2 clauses"), error.message());
    }

    @Test
    void aProductClauseAndAClassClauseMustNotLeaveARowUndecided() {
        var builder = PersonalisedTerms.forContract("C")
                .set(TermScope.product(DDN), new Term.Deadline(5))
                .set(TermScope.provisioningClass(EXPRESS), new Term.Deadline(4));
        TermsError error = builder.build().getLeft();
        assertTrue(error.message().contains("deadline for DDN/EXPRESS is set both by"), error.message());
        assertTrue(builder.set(TermScope.row(DDN, EXPRESS), new Term.Deadline(4)).build().isRight(),
                "a row clause decides it");
    }
}
