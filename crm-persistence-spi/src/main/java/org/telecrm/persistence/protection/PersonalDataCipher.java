package org.telecrm.persistence.protection;

import io.vavr.control.Either;
import io.vavr.control.Option;
import org.telecrm.customer.identity.IdentityDocument;
import org.telecrm.customer.identity.Passport;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Seals personal values for storage and opens them again, with the host's {@link PersonalDataKeys}: AES-GCM from the
 * JDK, a random 96-bit IV per value, a 128-bit tag, and the key's id stored beside the result ({@link Sealed}). Each
 * value is bound to its <i>context</i> (the record it belongs to, as associated data): a sealed number copied into
 * another customer's record does not open there.
 *
 * <p>Lookups by identity document use {@link #documentLookup}: HMAC-SHA256 under the host's lookup key, so the
 * lookup column cannot be reversed by hashing every possible identity number, as a plain hash could.
 *
 * <pre>{@code
 * PersonalDataCipher cipher = PersonalDataCipher.of(keys);
 * Sealed sealed = cipher.seal("13812345678", "customer C-1");   // Sealed[2026-02]
 * cipher.open(sealed, "customer C-1");                         // Right("13812345678")
 * cipher.open(sealed, "customer C-2");                         // Left(DoesNotOpen)
 * }</pre>
 * Thread-safe.
 */
public final class PersonalDataCipher {

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    /** NIST SP 800-38D's recommended IV length for GCM: 96 bits, random per value. */
    static final int IV_BYTES = 12;
    /** The full GCM tag: 128 bits. */
    static final int TAG_BITS = 128;
    /**
     * One AES-GCM {@link Cipher} per thread, initialised afresh (key, new IV, associated data) for every value: looking
     * one up from the providers cost about as much as sealing the value with it ({@code crm-bench.jar --only
     * protection}). A {@code Cipher} is not thread-safe, hence one per thread.
     */
    private static final ThreadLocal<Cipher> CIPHERS = ThreadLocal.withInitial(() -> {
        try {
            return Cipher.getInstance(TRANSFORMATION);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is on every Java platform: " + e.getMessage(), e);
        }
    });

    private final PersonalDataKeys keys;
    private final SecureRandom random;

    private PersonalDataCipher(PersonalDataKeys keys, SecureRandom random) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.random = Objects.requireNonNull(random, "random");
        if (keys.key(keys.current()).isEmpty()) {
            throw new IllegalArgumentException("the host's keys do not hold their current key "
                    + keys.current().value());
        }
    }

    /** The cipher over the host's keys, with IVs from a {@link SecureRandom} of the platform's default kind. */
    public static PersonalDataCipher of(PersonalDataKeys keys) {
        return new PersonalDataCipher(keys, new SecureRandom());
    }

    /** The cipher over the host's keys, with IVs from {@code random}. */
    public static PersonalDataCipher of(PersonalDataKeys keys, SecureRandom random) {
        return new PersonalDataCipher(keys, random);
    }

    /**
     * A cipher over freshly generated keys that only it holds: for the in-memory store and tests, whose data ends
     * with the process.
     */
    public static PersonalDataCipher ephemeral() {
        SecureRandom random = new SecureRandom();
        return new PersonalDataCipher(PersonalDataKeys.generated(KeyId.of("ephemeral"), random), random);
    }

    /** The id of the key new values are sealed with. */
    public KeyId currentKey() {
        return keys.current();
    }

    /** Whether {@code sealed} is under the current key (a rotation leaves it as it is). */
    public boolean isCurrent(Sealed sealed) {
        return sealed.key().equals(keys.current());
    }

    /** {@code clear} sealed with the current key, bound to {@code context}. */
    public Sealed seal(String clear, String context) {
        Objects.requireNonNull(clear, "clear");
        Objects.requireNonNull(context, "context");
        KeyId id = keys.current();
        SecretKey key = keys.key(id).getOrElseThrow(() -> new IllegalStateException(
                "the host's keys no longer hold their current key " + id.value()));
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = CIPHERS.get();
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(clear.getBytes(StandardCharsets.UTF_8));
            byte[] out = Arrays.copyOf(iv, IV_BYTES + sealed.length);
            System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
            return new Sealed(id, Base64.getEncoder().encodeToString(out));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is on every Java platform; the key " + id.value()
                    + " was refused: " + e.getMessage(), e);
        }
    }

    /** The clear value of {@code sealed}, which must have been sealed for {@code context}. */
    public Either<ProtectionError, String> open(Sealed sealed, String context) {
        Objects.requireNonNull(sealed, "sealed");
        Objects.requireNonNull(context, "context");
        Option<SecretKey> key = keys.key(sealed.key());
        if (key.isEmpty()) {
            return Either.left(new ProtectionError.UnknownKey(sealed.key()));
        }
        byte[] data;
        try {
            data = Base64.getDecoder().decode(sealed.data());
        } catch (IllegalArgumentException notBase64) {
            return Either.left(new ProtectionError.DoesNotOpen(sealed.key(), context));
        }
        if (data.length < IV_BYTES + TAG_BITS / 8) {
            return Either.left(new ProtectionError.DoesNotOpen(sealed.key(), context));
        }
        try {
            Cipher cipher = CIPHERS.get();
            cipher.init(Cipher.DECRYPT_MODE, key.get(), new GCMParameterSpec(TAG_BITS, data, 0, IV_BYTES));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] clear = cipher.doFinal(data, IV_BYTES, data.length - IV_BYTES);
            return Either.right(new String(clear, StandardCharsets.UTF_8));
        } catch (AEADBadTagException altered) {
            return Either.left(new ProtectionError.DoesNotOpen(sealed.key(), context));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is on every Java platform; the key " + sealed.key().value()
                    + " was refused: " + e.getMessage(), e);
        }
    }

    /**
     * The lookup of an identity document: HMAC-SHA256 (64 hex digits) of what makes two documents equal (kind, issuing
     * country for a passport, number) under the host's lookup key. Equal documents have equal lookups; without the
     * key, a lookup tells nothing of the number.
     */
    public String documentLookup(IdentityDocument document) {
        Objects.requireNonNull(document, "document");
        String country = document instanceof Passport passport ? passport.issuingCountry() : "";
        String text = document.kind().name() + "\n" + country + "\n" + document.unmasked();
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(keys.lookupKey());
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is on every Java platform; the lookup key was refused: "
                    + e.getMessage(), e);
        }
    }
}
