package org.telecrm.persistence;

import io.vavr.control.Option;

import java.util.Objects;

/**
 * Which page of a query's results to read: at most {@code size} items after the {@code cursor} (none for the first
 * page). Results come in a stable order (by identifier), so following {@link Page#next()} reads every match once,
 * however many there are, without loading them all.
 *
 * <pre>{@code
 * Option<PageRequest> request = Option.some(PageRequest.first(100));
 * while (request.isDefined()) {
 *     Page<Versioned<Account>> page = accounts.byCustomer(customerId, request.get());
 *     page.items().forEach(this::handle);
 *     request = page.next();
 * }
 * }</pre>
 *
 * @param cursor where the previous page ended, as the store wrote it (opaque to the caller); none for the first
 * @param size   at most this many items, 1 to {@link #MAX_SIZE}
 */
public record PageRequest(Option<String> cursor, int size) {

    /**
     * The largest page: 1,000 items. <b>Library default</b> (the issue asks only that large results page): big
     * enough that a relay or a report makes few round trips, small enough to bound a page's memory.
     */
    public static final int MAX_SIZE = 1_000;

    public PageRequest {
        Objects.requireNonNull(cursor, "cursor");
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be 1 to " + MAX_SIZE + ", was " + size);
        }
    }

    /** The first page of at most {@code size} items. */
    public static PageRequest first(int size) {
        return new PageRequest(Option.none(), size);
    }

    /** The page of at most {@code size} items after {@code cursor}. */
    public static PageRequest after(String cursor, int size) {
        return new PageRequest(Option.some(cursor), size);
    }
}
