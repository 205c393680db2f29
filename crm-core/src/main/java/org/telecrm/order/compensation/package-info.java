/**
 * The link from service orders to compensation and churn (issue 6, section 6): a provisioning order's input to the
 * SLA contract ({@code SlaContract.evaluateOrder}, net of the order's pauses) and so its late-provisioning breach; a
 * fault order's outage record for the quality engine; a cancellation order's churn signal. The money rules stay in
 * the SLA packages; this package only translates.
 */
package org.telecrm.order.compensation;
