package org.telecrm.persistence.json;

import org.telecrm.kernel.RestoreError;

/**
 * Why a JSON document cannot be read back, naming the field by its path ({@code "ledger[2].amountFen"},
 * {@code "$"} for the document itself).
 *
 * <p>No personal data: a stored document may hold phone and identity numbers, and an error's text travels into
 * logs and {@code StorageFailure} messages; so every quoted value has its long digit runs masked as
 * {@code Masking} says, when the error is made.
 *
 * <pre>{@code
 * AccountJson.read("{\"schemaVersion\":1,\"id\":\"A-1\"}").getLeft().message();
 * // "owner is missing"
 * }</pre>
 */
public sealed interface JsonError {

    /** The path of the field at fault; {@code "$"} for the whole document. */
    String field();

    /** What is wrong, naming the field. */
    String message();

    /** Not JSON at all, or not a JSON object where one is needed. */
    record Malformed(String field, String detail) implements JsonError {
        public Malformed {
            detail = Masking.masked(detail);
        }

        public String message() {
            return field + " is not well-formed JSON: " + detail;
        }
    }

    /** A required field is absent or null. */
    record Missing(String field) implements JsonError {
        public String message() {
            return field + " is missing";
        }
    }

    /** A field is present but its value cannot be taken. */
    record Invalid(String field, String was, String expected) implements JsonError {
        public Invalid {
            was = Masking.maskedValue(String.valueOf(field), was);
            expected = Masking.masked(expected);
        }

        public String message() {
            return field + " must be " + expected + ", was " + was;
        }
    }

    /**
     * A sealed personal value that does not open ({@code org.telecrm.persistence.protection}): its key is not held by
     * the host, or it was altered or copied from another record. The value itself is never quoted.
     */
    record NotOpened(String field, String problem) implements JsonError {
        public String message() {
            return field + " " + problem;
        }
    }

    /** The document was written in a schema version this mapper cannot read. */
    record UnsupportedSchemaVersion(String field, long found, long supported) implements JsonError {
        public String message() {
            return field + " " + found + " is not supported; this mapper reads " + supported;
        }
    }

    /**
     * The document is well-formed, but the aggregate it describes breaks its invariants: {@code error} names every
     * problem (the one restore rule, see {@link RestoreError}).
     */
    record NotRestorable(String field, RestoreError error) implements JsonError {
        public NotRestorable {
            java.util.Objects.requireNonNull(field, "field");
            java.util.Objects.requireNonNull(error, "error");
        }

        public String message() {
            return Masking.masked(error.message());
        }
    }
}
