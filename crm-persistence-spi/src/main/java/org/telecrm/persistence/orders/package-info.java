/** The storage port for service orders, {@link org.telecrm.persistence.orders.ServiceOrders}. */
package org.telecrm.persistence.orders;
