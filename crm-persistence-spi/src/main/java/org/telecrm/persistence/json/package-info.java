/**
 * The JSON mapping of aggregates and their events, written by hand with Jackson's tree model: every field name is
 * spelled out here (and documented on each mapper), so renaming a field in {@code crm-core} never silently changes
 * stored JSON. Every document carries {@code schemaVersion}; unknown fields are ignored (a newer writer may add
 * some); malformed or incomplete JSON is a {@link org.telecrm.persistence.json.JsonError} naming the field's path.
 *
 * <p>Personal data (identity document numbers, phone numbers) is written <b>unmasked</b>: storage needs the real
 * value to restore the aggregate. This JSON is a storage format, not a default rendering; keep it where the
 * personal data may be kept.
 */
package org.telecrm.persistence.json;
