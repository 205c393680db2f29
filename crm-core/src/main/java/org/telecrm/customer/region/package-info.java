/**
 * Where a customer belongs (rules.md section 1, data centralisation): its city as a GB/T 2260 division code
 * ({@link org.telecrm.customer.region.CityCode}), from which the {@link org.telecrm.customer.region.Province}
 * follows. The province list is data.
 */
package org.telecrm.customer.region;
