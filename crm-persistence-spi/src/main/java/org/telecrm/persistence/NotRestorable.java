package org.telecrm.persistence;

import org.telecrm.kernel.RestoreError;

import java.util.Objects;

/**
 * Stored state that its aggregate refuses to be restored from ({@link RestoreError}: the one restore rule), or a
 * ledger that does not end where its account was saved: what a store's load reports instead of an aggregate no
 * command could have produced. Like every {@link StorageFailure} it is not a business outcome (the data was changed
 * outside the library, or lost); the message names every problem and quotes no personal data.
 *
 * <pre>{@code
 * accounts.load(AccountId.of("A-1"));
 * // throws NotRestorable: "account A-1 cannot be restored: entries[3].hash: does not match the entry ..."
 * }</pre>
 */
public final class NotRestorable extends StorageFailure {

    private static final long serialVersionUID = 1L;

    /** Why, as the aggregate said it. */
    private final transient RestoreError error;

    public NotRestorable(RestoreError error) {
        super(Objects.requireNonNull(error, "error").message());
        this.error = error;
    }

    /** Why, as the aggregate said it: every problem at its field. */
    public RestoreError error() {
        return error;
    }
}
