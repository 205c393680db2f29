package org.telecrm.sla.provisioning;

import org.jmolecules.ddd.annotation.ValueObject;
import org.telecrm.money.Money;

import java.time.LocalDate;

/**
 * The engine's answer for one provisioning case.
 *
 * @param of                  the case assessed
 * @param dueOn               the last day that is on time (a working day)
 * @param workingDaysLate     working days late as of the completion (or as-of) day; 0 when on time
 * @param chargedOneTimeFee   the one-time fee charged for the class (standard fee x uplift, rounded)
 * @param compensationBase    what the per-day rate and the cap apply to
 * @param compensation        what the customer is owed, rounded to the fen
 * @param capped              whether the cap decided the amount (rate x days reached it)
 * @param terms               the terms used, each with where it came from
 */
@ValueObject
public record ProvisioningAssessment(ProvisioningCase of, LocalDate dueOn, int workingDaysLate,
                                     Money chargedOneTimeFee, Money compensationBase, Money compensation,
                                     boolean capped, AppliedTerms terms) {

    public boolean onTime() {
        return workingDaysLate == 0;
    }
}
