/**
 * The audit port (PIPL art. 51, 54: a record of who accessed what personal information, when and why): what the
 * scoped storage ({@code org.telecrm.persistence.access}) writes for every read, change, refusal and reveal.
 */
package org.telecrm.persistence.audit;
