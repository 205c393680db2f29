/**
 * Quality guarantee (质量保证, rules.md section 5): quality levels with an availability target, a fault-response and a
 * restoration time limit and their compensation rules, and the pure engine that turns a circuit's month of outage
 * records into an availability, overruns and a credit.
 *
 * <p>Start at {@link org.telecrm.sla.quality.QualityCompensation}. The levels are configuration:
 * {@link org.telecrm.sla.quality.QualityLevelTable#SAMPLE} is a <b>sample</b> three-level table (the seed's table is
 * cut off). Availability is an exact ratio ({@link org.telecrm.sla.quality.Availability}); money is exact.
 */
package org.telecrm.sla.quality;
