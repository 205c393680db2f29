package org.telecrm.customer.churn;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * How many smaller customers it takes to make up the revenue of one lost key account (rules.md section 1, from the
 * seed's analysis: "losing one key account, the operator must win about 79 commercial or 338 public customers to
 * make up the lost revenue").
 *
 * <pre>{@code
 * LossEquivalence.RULES_MD.commercialCustomers();   // 79
 * LossEquivalence mine = new LossEquivalence(60, 250);   // a province's own analysis
 * }</pre>
 *
 * @param commercialCustomers commercial customers (商业客户) a key account's revenue equals; positive
 * @param publicCustomers     public customers (公众客户) a key account's revenue equals; positive
 */
@ValueObject
public record LossEquivalence(int commercialCustomers, int publicCustomers) {

    /** rules.md section 1: about 79 commercial or 338 public customers. */
    public static final LossEquivalence RULES_MD = new LossEquivalence(79, 338);
}
