package org.telecrm.persistence;

/**
 * A save refused because the store no longer holds the version the caller expected: someone else saved first (or
 * the aggregate was expected to be new and exists, or expected to exist and does not). Nothing was written. The
 * caller reloads, re-runs its command on the fresh state and saves again, or gives up.
 *
 * <pre>{@code
 * accounts.save(account, 3, events).getLeft().message();
 * // "account A-1 was saved concurrently: expected version 3, stored version 4"
 * }</pre>
 *
 * @param aggregateType the stable type name ({@code "account"}, {@code "customer"}, {@code "sla-contract"},
 *                      {@code "service-order"})
 * @param id            the aggregate's identifier, as text
 * @param expected      the version the caller expected ({@link Versioned#NEW} for a creation)
 * @param actual        the version the store holds (0 when it holds none)
 */
public record SaveConflict(String aggregateType, String id, long expected, long actual) {

    /** What happened, naming the aggregate and both versions. */
    public String message() {
        return aggregateType + " " + id + " was saved concurrently: expected version " + expected
                + ", stored version " + actual;
    }
}
