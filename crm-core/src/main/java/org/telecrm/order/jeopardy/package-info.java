/**
 * Jeopardy (工作节点时限监控, rules.md section 7): as of an instant, which open orders are overdue in their current
 * node or will be within a warning margin, for one order or a batch. Pure functions over the order aggregate.
 */
package org.telecrm.order.jeopardy;
