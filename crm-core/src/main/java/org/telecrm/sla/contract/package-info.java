/**
 * The SLA contract aggregate ({@link org.telecrm.sla.contract.SlaContract}): the customer and the billing account
 * credited, the validity period and lifecycle, the covered {@link org.telecrm.sla.contract.Circuit circuits}, the
 * versioned {@link org.telecrm.sla.contract.ContractTerms terms}, and the
 * {@link org.telecrm.sla.contract.CompensationClaim compensation claims} (rules.md section 5).
 *
 * <p>The contract evaluates its own orders and months ({@code evaluateOrder}, {@code evaluateQuality}) with the
 * provisioning and quality engines, always under the terms version in force at the relevant date, and turns the
 * breaches found into claims. It refers to the customer and the account by identifier only.
 */
package org.telecrm.sla.contract;
