/**
 * Provisioning guarantee (进网服务保证, rules.md section 5): the deadline per product and class in working
 * days, the price uplift, and the compensation per working day late with its cap, as a pure engine.
 *
 * <p>Start at {@link org.telecrm.sla.provisioning.ProvisioningCompensation}. The default tariff is
 * {@link org.telecrm.sla.provisioning.ProvisioningTariff#RULES_MD}; a signed contract's
 * {@link org.telecrm.sla.provisioning.PersonalisedTerms} override any part of it, and every assessment says
 * which terms decided it ({@link org.telecrm.sla.provisioning.AppliedTerms}).
 */
package org.telecrm.sla.provisioning;
