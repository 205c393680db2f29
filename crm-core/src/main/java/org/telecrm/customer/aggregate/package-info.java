/**
 * The Customer aggregate: the root {@link org.telecrm.customer.aggregate.Customer}, its
 * {@link org.telecrm.customer.aggregate.Contact} entities, its events
 * ({@link org.telecrm.customer.aggregate.CustomerEvent}), its rejections
 * ({@link org.telecrm.customer.aggregate.CustomerRejection}), the lifecycle and the duplicate check.
 *
 * <p>It lives in a package of its own so that the customer packages stay free of cycles: the vocabulary
 * ({@code org.telecrm.customer}) is used by the engines ({@code value}, {@code star}, {@code churn}) and by the value
 * objects ({@code identity}, {@code region}, {@code contact}); the aggregate uses all of them and nothing uses it.
 */
package org.telecrm.customer.aggregate;
