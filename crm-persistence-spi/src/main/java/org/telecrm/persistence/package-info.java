/**
 * Storage ports a host implements to plug in its own storage, one per aggregate and named as the domain
 * would ({@code Customers}, {@code Accounts}, {@code SlaContracts}, {@code ServiceOrders}), with the embedded
 * in-memory default, a contract test kit and the JSON mapping.
 *
 * <p>Not yet built: the aggregates it stores arrive with later issues. This module exists now so the build
 * has its final shape and the dependency direction (crm-examples, then this module, then crm-core) is fixed
 * from the start.
 */
package org.telecrm.persistence;
