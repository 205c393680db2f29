/**
 * Customers as a requester may see them: {@link org.telecrm.persistence.access.ScopedCustomers} applies the access
 * policy of {@code org.telecrm.privacy.access} to every load and query of a {@code Customers} port, gives shared
 * data only as a {@link org.telecrm.persistence.access.SharedCustomer}, and records every access, refused or not,
 * through an {@code AuditTrail}. Full numbers come out only of its audited {@code reveal}.
 */
package org.telecrm.persistence.access;
