/**
 * Churn early warning (客户流失预警, rules.md section 1): the four sources of churn information (spend fluctuation,
 * crisis information, gateway-exchange lists, cancellation orders) combined, monotonically, into a
 * {@link org.telecrm.customer.churn.WarningLevel} with reasons, and for a key account the loss in revenue terms with
 * the seed's equivalence of 79 commercial or 338 public customers. Start at
 * {@link org.telecrm.customer.churn.ChurnEarlyWarning}; the rule table is
 * {@link org.telecrm.customer.churn.ChurnRules}.
 */
package org.telecrm.customer.churn;
