/** The storage port for billing accounts, {@link org.telecrm.persistence.accounts.Accounts}. */
package org.telecrm.persistence.accounts;
