package org.telecrm.persistence.protection;

import java.util.Objects;

/**
 * A personal value as it is stored: the key it was sealed with, and the AES-GCM output (a random 96-bit IV followed by
 * the ciphertext and its 128-bit tag) in Base64. It reveals the value's length, give or take, and nothing else.
 *
 * @param key  the key that opens it
 * @param data Base64 of IV, ciphertext and tag
 */
public record Sealed(KeyId key, String data) {

    public Sealed {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(data, "data");
    }

    @Override
    public String toString() {
        // the data is no secret without the key, but nobody needs it in a log line
        return "Sealed[" + key.value() + "]";
    }
}
