/**
 * Compensation claims (SLA 赔付单, rules.md section 5) as values: the {@link org.telecrm.sla.claim.Breach} a claim is
 * raised from with its stable {@link org.telecrm.sla.claim.BreachId}, the claim's
 * {@link org.telecrm.sla.claim.ClaimStatus}, the {@link org.telecrm.sla.claim.Responsibility} it is charged to, and the
 * {@link org.telecrm.sla.claim.CompensationCredit} a settled claim hands to the host for posting.
 *
 * <p>The claims themselves are entities of the {@link org.telecrm.sla.contract.SlaContract} aggregate (see
 * {@link org.telecrm.sla.contract.CompensationClaim} for why).
 */
package org.telecrm.sla.claim;
