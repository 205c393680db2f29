package org.telecrm.persistence.protection;

/** Why a sealed value cannot be opened. */
public sealed interface ProtectionError {

    /** What is wrong, without the value. */
    String message();

    /** It was sealed with a key the host's {@link PersonalDataKeys} no longer (or never did) hold. */
    record UnknownKey(KeyId key) implements ProtectionError {
        public String message() {
            return "sealed with key " + key.value() + ", which the host's keys do not hold";
        }
    }

    /**
     * The key is known but the value does not open with it: altered, sealed for another record (each value is bound
     * to the record it belongs to), or not a sealed value at all.
     */
    record DoesNotOpen(KeyId key, String context) implements ProtectionError {
        public String message() {
            return "does not open with key " + key.value() + " as a value of " + context
                    + " (altered, copied from another record, or not sealed by this library)";
        }
    }
}
