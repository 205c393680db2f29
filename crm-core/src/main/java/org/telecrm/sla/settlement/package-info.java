/**
 * The monthly SLA settlement and operation report ({@link org.telecrm.sla.settlement.MonthlySettlement}): a pure
 * function from a contract, a month, its orders and its outages to the claims due and the per-circuit report of
 * on-time provisioning, availability and credits (rules.md section 5).
 */
package org.telecrm.sla.settlement;
