/**
 * The billing account (账户) aggregate: {@link org.telecrm.account.Account}, its append-only
 * {@link org.telecrm.account.Ledger} of charges, payments, adjustments and compensation credits (idempotent by
 * {@link org.telecrm.account.EntryReference}), the arrears rule that suspends an account and re-opens it when the
 * payment arrives, with no staff step (rules.md section 7, seed 000), and spend alerts per
 * {@link org.telecrm.account.BillingCycle}.
 *
 * <p>It depends on {@code org.telecrm.money}, {@code org.telecrm.kernel} and, for the owner's identifier only,
 * {@link org.telecrm.customer.CustomerId}.
 */
package org.telecrm.account;
