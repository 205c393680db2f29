/**
 * Dispatch priority, "zero delay" (rules.md section 4): {@link org.telecrm.order.dispatch.DispatchPolicy} orders
 * {@link org.telecrm.order.dispatch.WorkItem}s totally, by the star level's dispatch priority, the order kind, the
 * age and the identifier, and explains each precedence.
 */
package org.telecrm.order.dispatch;
