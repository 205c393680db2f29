package org.telecrm.persistence.protection;

import io.vavr.collection.Map;
import io.vavr.control.Option;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.security.SecureRandom;
import java.util.Objects;

/**
 * The keys that protect personal information at rest: what the host provides (from its key management service, an
 * HSM, a vault). The library never stores a key, only its {@link KeyId} beside what the key sealed.
 * <ul>
 *   <li>{@link #current()}: the data key new values are sealed with (AES, 128, 192 or 256 bits);</li>
 *   <li>{@link #key(KeyId)}: any data key a stored value may name, the current one and the retired ones not yet
 *       rotated away ({@code PersonalDataProtection.rotate});</li>
 *   <li>{@link #lookupKey()}: the HMAC key of the identity-document lookup column (a keyed hash: without the key
 *       the column cannot be matched against the few hundred million possible identity numbers). Changing it
 *       takes a rotation run before lookups find the rows written under the old one.</li>
 * </ul>
 *
 * <pre>{@code
 * PersonalDataKeys keys = PersonalDataKeys.of(KeyId.of("2026-02"),
 *         HashMap.of(KeyId.of("2026-01"), january, KeyId.of("2026-02"), february), lookup);
 * }</pre>
 */
public interface PersonalDataKeys {

    /** The key new values are sealed with; {@link #key} must hold it. */
    KeyId current();

    /** The data key of this id, if the host still holds it. */
    Option<SecretKey> key(KeyId id);

    /** The HMAC-SHA256 key of lookups by identity document. */
    SecretKey lookupKey();

    /**
     * Keys held in memory. Data keys must be AES keys of 16, 24 or 32 bytes, the current one among them; the lookup
     * key at least 32 bytes.
     */
    static PersonalDataKeys of(KeyId current, Map<KeyId, SecretKey> keys, SecretKey lookupKey) {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(lookupKey, "lookupKey");
        Map<KeyId, SecretKey> held = Objects.requireNonNull(keys, "keys"); // immutable: the caller cannot change it
        if (!held.containsKey(current)) {
            throw new IllegalArgumentException("the current key " + current.value() + " is not among the keys "
                    + held.keySet().map(KeyId::value).mkString(", "));
        }
        held.forEach((id, key) -> {
            int length = key.getEncoded() == null ? 0 : key.getEncoded().length;
            if (!"AES".equalsIgnoreCase(key.getAlgorithm()) || (length != 16 && length != 24 && length != 32)) {
                throw new IllegalArgumentException("key " + id.value() + " must be an AES key of 16, 24 or 32 bytes, was "
                        + key.getAlgorithm() + " of " + length + " bytes");
            }
        });
        if (lookupKey.getEncoded() == null || lookupKey.getEncoded().length < 32) {
            throw new IllegalArgumentException("the lookup key must have at least 32 bytes (HMAC-SHA256)");
        }
        return new PersonalDataKeys() {
            @Override
            public KeyId current() {
                return current;
            }

            @Override
            public Option<SecretKey> key(KeyId id) {
                return held.get(id);
            }

            @Override
            public SecretKey lookupKey() {
                return lookupKey;
            }

            @Override
            public String toString() {
                return "PersonalDataKeys[current " + current.value() + ", " + held.size() + " held]";
            }
        };
    }

    /** An AES key of these bytes (16, 24 or 32). */
    static SecretKey aes(byte[] bytes) {
        return new SecretKeySpec(bytes, "AES");
    }

    /** An HMAC-SHA256 key of these bytes (32 or more). */
    static SecretKey hmac(byte[] bytes) {
        return new SecretKeySpec(bytes, "HmacSHA256");
    }

    /**
     * A fresh 256-bit data key {@code id} and a fresh lookup key, held only by the returned value: for the in-memory
     * store and tests, whose data ends with the process. Never for a store that outlives it (its data could not be
     * opened again).
     */
    static PersonalDataKeys generated(KeyId id, SecureRandom random) {
        byte[] data = new byte[32];
        byte[] lookup = new byte[32];
        random.nextBytes(data);
        random.nextBytes(lookup);
        return of(id, io.vavr.collection.HashMap.of(id, aes(data)), hmac(lookup));
    }
}
