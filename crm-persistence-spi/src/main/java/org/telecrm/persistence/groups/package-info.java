/** The storage port of billing groups ({@link org.telecrm.persistence.groups.BillingGroups}). */
package org.telecrm.persistence.groups;
