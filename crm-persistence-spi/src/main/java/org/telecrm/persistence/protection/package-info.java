/**
 * Protection at rest of personal information (PIPL; rules.md section 1: customer information kept secure): the
 * {@link org.telecrm.persistence.protection.PersonalDataKeys} port through which the host provides its keys, and the
 * {@link org.telecrm.persistence.protection.PersonalDataCipher} that the JSON mapping and the stores use to seal
 * identity numbers, phone numbers and e-mail addresses (AES-GCM) and to look documents up by a keyed hash (HMAC).
 * The domain model knows nothing of it: sealing happens where an aggregate becomes stored text.
 */
package org.telecrm.persistence.protection;
