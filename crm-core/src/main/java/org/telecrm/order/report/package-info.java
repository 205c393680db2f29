/**
 * The month-end reports the sources ask for, as pure functions over what the storage ports return: compensation per
 * responsible bureau and segment, the internal SLA pass rate per department and node (内部前后端SLA考核), weekly
 * fault statistics (as in the Shenzhen document), and return-visit coverage with its dissatisfaction escalations.
 * The monthly operation report per contract is {@link org.telecrm.sla.settlement.MonthlySettlement}'s. Rendering
 * (JSON Lines, HTML) is the host's.
 */
package org.telecrm.order.report;
