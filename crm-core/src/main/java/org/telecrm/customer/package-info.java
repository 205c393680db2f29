/**
 * The customer vocabulary (rules.md section 1): {@link org.telecrm.customer.CustomerId},
 * {@link org.telecrm.customer.CustomerGroup}, {@link org.telecrm.customer.KeyAccountGrade}, the identifiers of the
 * staff who look after customers ({@link org.telecrm.customer.AccountManagerId}, {@link org.telecrm.customer.StaffId})
 * and the masking policy for personal data ({@link org.telecrm.customer.MaskPolicy}).
 *
 * <p>The rest lives beside it, one package each, and depends on it; nothing here depends on them:
 * <ul>
 *   <li>engines: {@code value} (value and project assessment, section 2), {@code star} (star-level service,
 *       section 3) and {@code churn} (churn early warning, section 1);</li>
 *   <li>value objects: {@code identity} (identity documents), {@code region} (city and province), {@code contact}
 *       (contact details, phone numbers, e-mail);</li>
 *   <li>{@code aggregate}: the Customer aggregate, which uses all of the above.</li>
 * </ul>
 */
package org.telecrm.customer;
