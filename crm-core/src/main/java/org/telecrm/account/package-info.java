/**
 * The billing account (账户) aggregate: ledger, arrears suspension and automatic re-opening on payment
 * (rules.md section 7, seed 000), spend alerts.
 */
package org.telecrm.account;
