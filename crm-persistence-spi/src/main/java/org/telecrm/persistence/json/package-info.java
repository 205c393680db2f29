/**
 * The JSON mapping of aggregates and their events, written by hand with Jackson's tree model: every field name is
 * spelled out here (and documented on each mapper), so renaming a field in {@code crm-core} never silently changes
 * stored JSON. Every document carries {@code schemaVersion}; unknown fields are ignored (a newer writer may add
 * some); malformed or incomplete JSON is a {@link org.telecrm.persistence.json.JsonError} naming the field's path.
 *
 * <p>Personal data (identity document numbers, phone numbers, e-mail) is written <b>sealed</b> by the host's
 * {@code PersonalDataCipher} ({@code org.telecrm.persistence.protection}), never in clear and never masked: storage
 * needs the real value back, and only the keys give it. This JSON is a storage format, not a rendering.
 */
package org.telecrm.persistence.json;
