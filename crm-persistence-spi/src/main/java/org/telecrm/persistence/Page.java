package org.telecrm.persistence;

import io.vavr.collection.Seq;
import io.vavr.control.Option;

import java.util.Objects;

/**
 * One page of a query's results, in the query's stable order, and the request for the next page when there may be
 * more.
 *
 * <pre>{@code
 * Page<Versioned<Account>> page = accounts.byCustomer(CustomerId.of("C-1"), PageRequest.first(50));
 * page.items();   // up to 50 accounts
 * page.next();    // Some(request for the following page), or None when this was the last
 * }</pre>
 *
 * @param items the items of this page, at most the requested size
 * @param next  the request for the following page (same size); none when there is nothing after this page
 */
public record Page<T>(Seq<T> items, Option<PageRequest> next) {

    public Page {
        Objects.requireNonNull(items, "items");
        Objects.requireNonNull(next, "next");
    }

    /**
     * The page of {@code items} read for {@code request}, whose cursor is {@code cursorOf} the last item, with a
     * next request when the page is full (an adapter reads {@code size + 1} rows to know, or accepts that a last
     * full page is followed by an empty one).
     */
    public static <T> Page<T> of(Seq<T> items, PageRequest request, boolean more,
                                 java.util.function.Function<? super T, String> cursorOf) {
        return new Page<>(items, more && items.nonEmpty()
                ? Option.some(PageRequest.after(cursorOf.apply(items.last()), request.size()))
                : Option.none());
    }
}
