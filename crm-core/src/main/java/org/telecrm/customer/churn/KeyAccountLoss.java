package org.telecrm.customer.churn;

import org.jmolecules.ddd.annotation.ValueObject;
import org.telecrm.money.Money;

/**
 * What losing a key account would cost, in revenue terms (rules.md section 1): its yearly revenue at risk, and
 * the seed's equivalence in smaller customers.
 *
 * <pre>{@code
 * loss.describe();   // "losing this key account puts about CNY 1200000.00 a year at risk: ..."
 * }</pre>
 *
 * @param yearlyRevenueAtRisk the trailing baseline spend, annualised (x 12), rounded half-up to the fen
 * @param equivalence         how many commercial or public customers make up one key account's revenue
 */
@ValueObject
public record KeyAccountLoss(Money yearlyRevenueAtRisk, LossEquivalence equivalence) {

    public String describe() {
        return "losing this key account puts about " + yearlyRevenueAtRisk + " a year at risk: making it up takes about "
                + equivalence.commercialCustomers() + " new commercial or " + equivalence.publicCustomers()
                + " new public customers (rules.md section 1)";
    }
}
