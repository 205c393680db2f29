/**
 * Purposes and lawful bases of personal information (PIPL art. 13, 14, 15, 29): per customer, the
 * {@link org.telecrm.privacy.purpose.PurposeRegister} says which personal information is held for which
 * {@link org.telecrm.privacy.purpose.Purpose}, on which {@link org.telecrm.privacy.purpose.LawfulBasis} (a contract,
 * consent given on a date through a channel, a legal duty), and records the withdrawal of consent. A use of personal
 * information asks it for a {@link org.telecrm.privacy.purpose.PurposeRegister.Permit}: without one, the command is a
 * typed {@link org.telecrm.privacy.purpose.PurposeRejection}.
 */
package org.telecrm.privacy.purpose;
