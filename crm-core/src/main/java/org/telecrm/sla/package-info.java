/**
 * SLA agreements (SLA 协议服务, rules.md section 5): the vocabulary shared by the SLA packages
 * ({@link org.telecrm.sla.Product}, {@link org.telecrm.sla.ProvisioningClass} and the identifiers
 * {@link org.telecrm.sla.SlaContractId}, {@link org.telecrm.sla.CircuitId}, {@link org.telecrm.sla.ProvisioningOrderId}).
 *
 * <p>The packages beside it, in dependency order (no package depends on a later one):
 * <ul>
 *   <li>{@code provisioning}: the provisioning-guarantee compensation engine (late opening);</li>
 *   <li>{@code quality}: the quality-level engine (availability, fault response and restoration, credits);</li>
 *   <li>{@code claim}: breaches, their identity, and the values of a compensation claim (SLA 赔付单);</li>
 *   <li>{@code contract}: the {@link org.telecrm.sla.contract.SlaContract} aggregate, which holds its circuits,
 *       its versioned terms and its claims;</li>
 *   <li>{@code settlement}: the monthly settlement and operation report, a pure function of a contract, a month,
 *       its orders and its outages.</li>
 * </ul>
 */
package org.telecrm.sla;
