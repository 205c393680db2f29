/**
 * The SLA clock of a service order (rules.md section 7, issue 6): time limits ({@link org.telecrm.order.clock.TimeLimit}),
 * the append-only pause ledger ({@link org.telecrm.order.clock.PauseLedger}) and the pure functions that measure a
 * limit net of pauses ({@link org.telecrm.order.clock.SlaClock}) on the calendar version recorded at acceptance
 * ({@link org.telecrm.order.clock.CalendarVersions}). Depends on the calendar and the customer vocabulary only.
 */
package org.telecrm.order.clock;
