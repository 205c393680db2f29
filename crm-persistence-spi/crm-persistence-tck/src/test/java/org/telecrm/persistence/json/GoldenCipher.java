package org.telecrm.persistence.json;

import io.vavr.collection.HashMap;
import org.telecrm.persistence.protection.KeyId;
import org.telecrm.persistence.protection.PersonalDataCipher;
import org.telecrm.persistence.protection.PersonalDataKeys;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * The cipher the golden fixtures' personal values are sealed with: a published test key (it protects nothing: the
 * values it seals are made up) and IVs counted from zero for each document, so that a document read and written
 * again seals its values to the same bytes. Never anything but a test's: a counted IV under a known key is no seal.
 */
final class GoldenCipher {

    static final KeyId KEY = KeyId.of("golden-v1");

    private static final PersonalDataKeys KEYS = PersonalDataKeys.of(KEY,
            HashMap.of(KEY, PersonalDataKeys.aes(digest("telecrm golden v1 data key, not a secret"))),
            PersonalDataKeys.hmac(digest("telecrm golden v1 lookup key, not a secret")));

    private GoldenCipher() {
    }

    /** A cipher whose IVs start again from zero: one per document written or read. */
    static PersonalDataCipher fresh() {
        PersonalDataCipher cipher = PersonalDataCipher.of(KEYS, new CountingRandom());
        // The JDK refuses a GCM cipher the IV it was last used with; the thread's cipher may have last sealed another
        // document's values from IV 0 on, so a throw-away value under an IV of its own (never a counted one) comes
        // first.
        cipher.seal("", "golden");
        return cipher;
    }

    private static byte[] digest(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /**
     * First the throw-away IV (ones, then a number used once in the process), then 0, 1, 2, ... (a counter over the
     * requests): predictable on purpose.
     */
    private static final class CountingRandom extends SecureRandom {
        private static final long serialVersionUID = 1L;
        private static final java.util.concurrent.atomic.AtomicLong THROW_AWAY = new java.util.concurrent.atomic.AtomicLong();
        private transient long next = -1;

        @Override
        public void nextBytes(byte[] bytes) {
            long n = next < 0 ? THROW_AWAY.incrementAndGet() : next;
            java.util.Arrays.fill(bytes, next < 0 ? (byte) -1 : (byte) 0);
            next++;
            for (int i = 0; i < 8 && i < bytes.length; i++) {
                bytes[bytes.length - 1 - i] = (byte) (n >>> (8 * i));
            }
        }
    }
}
