package org.telecrm.account;

import org.jmolecules.ddd.annotation.ValueObject;

import java.time.Instant;
import java.util.Objects;

/**
 * An account's lifecycle state and since when it has been in it: opened or re-opened for
 * {@link AccountState#ACTIVE}, suspended for {@link AccountState#SUSPENDED_FOR_ARREARS}, closed for
 * {@link AccountState#CLOSED}. The instant is not derivable from the ledger (a suspension happens when the arrears
 * rule is evaluated, at a posting or at a review), so it is state.
 *
 * <pre>{@code
 * AccountStatus s = AccountStatus.of(AccountState.SUSPENDED_FOR_ARREARS, Instant.parse("2026-07-04T01:00:00Z"));
 * s.is(AccountState.ACTIVE);   // false
 * }</pre>
 *
 * @param state the lifecycle state
 * @param since when the account entered it
 */
@ValueObject
public record AccountStatus(AccountState state, Instant since) {

    public AccountStatus {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(since, "since");
    }

    public static AccountStatus of(AccountState state, Instant since) {
        return new AccountStatus(state, since);
    }

    public boolean is(AccountState other) {
        return state == other;
    }

    @Override
    public String toString() {
        return state.label() + " since " + since;
    }
}
