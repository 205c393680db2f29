package org.telecrm.examples;

import io.vavr.collection.HashMap;
import io.vavr.control.Either;
import org.telecrm.persistence.protection.KeyId;
import org.telecrm.persistence.protection.PersonalDataKeys;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

/**
 * The demo's keys for personal data, in a file beside the demo's store ({@code crm-data/personal-data.keys}), made
 * on first use with owner-only permissions where the file system has them. <b>A demonstration only</b>: keys kept
 * beside the data they protect protect it from nothing but a leak of the database alone. A host provides its
 * {@link PersonalDataKeys} from its key management service instead.
 *
 * <p>Format (Java properties): {@code current=<key id>}, {@code key.<id>=<Base64 of 32 bytes>} per data key,
 * {@code lookup=<Base64 of 32 bytes>}.
 */
public final class KeyFile {

    /** The file's name in the demo's directory. */
    public static final String NAME = "personal-data.keys";

    private KeyFile() {
    }

    /** The keys in {@code dir}'s key file, made with fresh keys if there is none yet; or why it cannot be read. */
    public static Either<String, PersonalDataKeys> in(Path dir) {
        Path file = dir.resolve(NAME);
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            return read(file);
        } catch (IOException e) {
            return Either.left("cannot read or make the key file " + file + ": " + e.getMessage());
        }
    }

    private static void create(Path file) throws IOException {
        SecureRandom random = new SecureRandom();
        Properties keys = new Properties();
        keys.setProperty("current", "k1");
        keys.setProperty("key.k1", fresh(random));
        keys.setProperty("lookup", fresh(random));
        Path part = file.resolveSibling(NAME + ".part");
        Files.deleteIfExists(part);
        try {
            Files.createFile(part, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(part);
        }
        try (Writer out = Files.newBufferedWriter(part, StandardCharsets.UTF_8)) {
            keys.store(out, "telecrm demo keys for personal data: a host provides its own (see KeyFile)");
        }
        try {
            Files.move(part, file);
        } catch (FileAlreadyExistsException raced) {
            Files.deleteIfExists(part);   // another run made it first: use that one
        }
    }

    private static String fresh(SecureRandom random) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static Either<String, PersonalDataKeys> read(Path file) throws IOException {
        Properties keys = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            keys.load(in);
        }
        try {
            HashMap<KeyId, javax.crypto.SecretKey> data = HashMap.empty();
            for (String name : keys.stringPropertyNames()) {
                if (name.startsWith("key.")) {
                    data = data.put(KeyId.of(name.substring(4)),
                            PersonalDataKeys.aes(Base64.getDecoder().decode(keys.getProperty(name))));
                }
            }
            String current = keys.getProperty("current");
            String lookup = keys.getProperty("lookup");
            if (current == null || lookup == null) {
                return Either.left("the key file " + file + " has no " + (current == null ? "current" : "lookup"));
            }
            return Either.right(PersonalDataKeys.of(KeyId.of(current), data,
                    PersonalDataKeys.hmac(Base64.getDecoder().decode(lookup))));
        } catch (IllegalArgumentException e) {
            return Either.left("the key file " + file + " is not usable: " + e.getMessage());
        }
    }
}
