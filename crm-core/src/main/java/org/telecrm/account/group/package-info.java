/**
 * Group billing (集团统一付费): the {@link org.telecrm.account.group.BillingGroup} aggregate (a headquarters' account
 * paying for chosen branch accounts, by identifier), the pure {@link org.telecrm.account.group.GroupAllocation} of a
 * unified payment by a named {@link org.telecrm.account.group.AllocationRule}, and the
 * {@link org.telecrm.account.group.GroupStatement} per branch and for the group.
 */
package org.telecrm.account.group;
