/**
 * The service-order vocabulary ({@link org.telecrm.order.OrderKind}), shared by the dispatch engine in
 * {@code org.telecrm.order.dispatch} and, later, the ServiceOrder aggregate.
 */
package org.telecrm.order;
