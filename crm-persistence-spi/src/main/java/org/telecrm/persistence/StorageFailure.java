package org.telecrm.persistence;

/**
 * An infrastructure failure of a storage adapter (the database is down, a connection broke, stored data cannot be
 * read back): not a business outcome, so an unchecked exception rather than a value. A failure inside
 * {@link Transactions#inTransaction} rolls the transaction back.
 *
 * <pre>{@code
 * throw new StorageFailure("cannot read account A-1", sqlException);
 * }</pre>
 */
public class StorageFailure extends RuntimeException {

    public StorageFailure(String message, Throwable cause) {
        super(message, cause);
    }

    public StorageFailure(String message) {
        super(message);
    }
}
