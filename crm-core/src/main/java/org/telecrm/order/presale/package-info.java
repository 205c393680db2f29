/**
 * The pre-sale response (售前响应, 003): a service order of kind {@code PRE_SALE} through consultation, resource check
 * and solution proposal, and its hand-over into a provisioning order.
 */
package org.telecrm.order.presale;
