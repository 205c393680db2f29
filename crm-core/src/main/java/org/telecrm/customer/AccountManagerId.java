package org.telecrm.customer;

import org.jmolecules.ddd.types.Identifier;

import java.util.Objects;

/**
 * An account manager's identifier (客户经理), as the host's staff directory assigns it. A key account refers to its
 * account manager by this only; who the person is, is the host's business.
 *
 * <pre>{@code
 * AccountManagerId manager = AccountManagerId.of("AM-0755-017");
 * }</pre>
 */
public record AccountManagerId(String value) implements Identifier, Comparable<AccountManagerId> {

    public AccountManagerId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("an account manager identifier must not be blank");
        }
    }

    public static AccountManagerId of(String value) {
        return new AccountManagerId(value);
    }

    @Override
    public int compareTo(AccountManagerId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
