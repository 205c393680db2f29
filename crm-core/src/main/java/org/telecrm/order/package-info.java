/**
 * The service-order vocabulary ({@link org.telecrm.order.OrderKind}), shared by the dispatch engine in
 * {@code org.telecrm.order.dispatch} and the service-order packages: {@code order.clock} (time limits, pauses),
 * {@code order.aggregate} (the ServiceOrder aggregate), {@code order.jeopardy} and {@code order.compensation}.
 * This package depends on none of them.
 */
package org.telecrm.order;
