/** The storage port for customers, {@link org.telecrm.persistence.customers.Customers}. */
package org.telecrm.persistence.customers;
