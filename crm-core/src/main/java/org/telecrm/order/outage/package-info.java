/**
 * Mass outages (issue 15, item 4): a parent incident ({@link org.telecrm.order.outage.MassOutage}) that one cut cable
 * or failed node causes, with the fault orders of the circuits it took down attached as children; the children take
 * the parent's pauses and restoration ({@link org.telecrm.order.outage.Inheritance}) unless detached, and availability
 * counts the outage once per circuit. It depends on the order aggregate, never the other way round.
 */
package org.telecrm.order.outage;
