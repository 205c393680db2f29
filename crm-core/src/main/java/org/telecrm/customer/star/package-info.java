/**
 * Star-level service (大客户星级服务, rules.md section 3): the star level of each key-account grade, the entitlements
 * of each star, and whether a requested service item is included or, above the customer's level, charged or
 * granted with a reduced discount. Start at {@link org.telecrm.customer.star.StarLevelService}; the rule table is
 * {@link org.telecrm.customer.star.StarServiceTable} ({@code SAMPLE} documents which numbers are samples).
 *
 * <p>Why under {@code customer} rather than a top-level {@code service} package: the star level is a function of
 * the key account's grade and its entitlements are the customer's, so it belongs with the customer vocabulary it
 * is computed from. Other areas read it from here: the dispatch priority in {@code org.telecrm.order.dispatch}
 * takes each star's dispatch priority from this table, and nothing here depends on orders, so the top-level
 * packages stay free of cycles.
 */
package org.telecrm.customer.star;
