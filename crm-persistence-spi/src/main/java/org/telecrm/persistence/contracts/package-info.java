/** The storage port for SLA contracts, {@link org.telecrm.persistence.contracts.SlaContracts}. */
package org.telecrm.persistence.contracts;
