/** The storage port for mass outages, {@link org.telecrm.persistence.outages.MassOutages}. */
package org.telecrm.persistence.outages;
