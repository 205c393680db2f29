/**
 * The service order aggregate ({@link org.telecrm.order.aggregate.ServiceOrder}, issue 6): node flow with time
 * limits and responsible parties, audit trail, SLA clock pauses, delivery and return visits. It depends on the order
 * vocabulary, the clock, the calendar, the customer and SLA identifiers; jeopardy and the compensation link depend on
 * it, never the other way round.
 */
package org.telecrm.order.aggregate;
