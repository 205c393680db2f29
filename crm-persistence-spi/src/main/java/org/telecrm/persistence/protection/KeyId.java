package org.telecrm.persistence.protection;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The name of one of the host's data keys, stored beside every value sealed with it so that the key can be found
 * again after the current key has changed (rotation). Letters, digits, {@code . _ -}, at most 64 characters: it is
 * written into stored JSON as it is.
 *
 * <pre>{@code
 * KeyId.of("2026-01");   // KeyId[2026-01]
 * }</pre>
 */
public record KeyId(String value) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    public KeyId {
        Objects.requireNonNull(value, "value");
        if (!NAME.matcher(value).matches()) {
            throw new IllegalArgumentException("a key id is 1 to 64 letters, digits, '.', '_' or '-', was '"
                    + value + "'");
        }
    }

    public static KeyId of(String value) {
        return new KeyId(value);
    }
}
