/**
 * Who may see which customer data (rules.md section 1: shared data centralised at province level, individual data at
 * city level; PIPL art. 51: access control): the pure {@link org.telecrm.privacy.access.AccessPolicy} decides, for a
 * {@link org.telecrm.privacy.access.Requester} and a customer's {@link org.telecrm.privacy.access.DataTier}, an
 * access or a typed {@link org.telecrm.privacy.access.AccessRefused}. The storage ports' scoped queries and loads
 * apply it, and record every access through the audit port.
 */
package org.telecrm.privacy.access;
