package org.telecrm.persistence.tck;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import org.telecrm.persistence.protection.KeyId;
import org.telecrm.persistence.protection.PersonalDataKeys;

import javax.crypto.SecretKey;
import java.security.SecureRandom;

/**
 * A host's key ring as a test drives it: keys added, the current one switched (a rotation is due), retired ones
 * dropped (what the host does once a rotation has run). Generated keys, held in memory only.
 *
 * <pre>{@code
 * TestKeys keys = TestKeys.starting("k1");
 * keys.add("k2").use("k2");    // new values sealed with k2; k1 still opens the old ones
 * keys.retire("k1");           // k1's values no longer open
 * }</pre>
 */
public final class TestKeys implements PersonalDataKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    private volatile Map<KeyId, SecretKey> keys = LinkedHashMap.empty();
    private volatile KeyId current;
    private final SecretKey lookup;

    private TestKeys(String first) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        this.lookup = PersonalDataKeys.hmac(bytes);
        add(first);
        this.current = KeyId.of(first);
    }

    /** A ring holding one fresh key, {@code first}, the current one. */
    public static TestKeys starting(String first) {
        return new TestKeys(first);
    }

    /** Adds a fresh key {@code id} (not yet current). */
    public TestKeys add(String id) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        keys = keys.put(KeyId.of(id), PersonalDataKeys.aes(bytes));
        return this;
    }

    /** Makes {@code id} the current key. */
    public TestKeys use(String id) {
        if (!keys.containsKey(KeyId.of(id))) {
            throw new IllegalArgumentException("no key " + id);
        }
        current = KeyId.of(id);
        return this;
    }

    /** Drops key {@code id}: values sealed with it no longer open. */
    public TestKeys retire(String id) {
        keys = keys.remove(KeyId.of(id));
        return this;
    }

    @Override
    public KeyId current() {
        return current;
    }

    @Override
    public Option<SecretKey> key(KeyId id) {
        return keys.get(id);
    }

    @Override
    public SecretKey lookupKey() {
        return lookup;
    }
}
