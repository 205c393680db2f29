/** The storage port for customers' purpose registers, {@link org.telecrm.persistence.purposes.PurposeRegisters}. */
package org.telecrm.persistence.purposes;
