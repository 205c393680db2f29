/**
 * The customer vocabulary shared by the customer rule engines and, later, the Customer aggregate:
 * {@link org.telecrm.customer.CustomerGroup} and {@link org.telecrm.customer.KeyAccountGrade} (rules.md section 1).
 *
 * <p>The engines live beside it, one package each: {@code value} (value and project assessment, section 2),
 * {@code star} (star-level service, section 3) and {@code churn} (churn early warning, section 1). They depend on
 * this package and on {@code org.telecrm.money}; nothing here depends on them.
 */
package org.telecrm.customer;
