package org.telecrm.account;

import org.jmolecules.ddd.types.Identifier;

import java.util.Objects;

/**
 * A billing account's identifier, as the host (its billing system) assigns it.
 *
 * <pre>{@code
 * AccountId id = AccountId.of("A-0755-88001234");
 * }</pre>
 */
public record AccountId(String value) implements Identifier, Comparable<AccountId> {

    public AccountId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("an account identifier must not be blank");
        }
    }

    public static AccountId of(String value) {
        return new AccountId(value);
    }

    @Override
    public int compareTo(AccountId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
