package org.telecrm.persistence;

import java.util.Objects;

/**
 * An aggregate as stored, with the version the store holds it at. A host loads it, runs a command, and saves the
 * new state with this version as the expected one; a store that holds another version by then answers with a
 * {@link SaveConflict} instead of overwriting.
 *
 * <pre>{@code
 * Versioned<Account> loaded = accounts.load(AccountId.of("A-1")).get();
 * Changed<Account, AccountEvent> paid = loaded.aggregate().postPayment(ref, Money.ofYuan(50), at).get();
 * accounts.save(paid.state(), loaded.version(), paid.events());   // Right(loaded.version() + 1)
 * }</pre>
 *
 * @param aggregate the aggregate as stored
 * @param version   1 after the first save, one more after every save; 0 is never stored (it means "new")
 */
public record Versioned<A>(A aggregate, long version) {

    /** The expected version of a save that creates an aggregate. */
    public static final long NEW = 0L;

    public Versioned {
        Objects.requireNonNull(aggregate, "aggregate");
        if (version < 1) {
            throw new IllegalArgumentException("a stored version is 1 or more, was " + version);
        }
    }
}
