package org.telecrm.persistence.tck;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.telecrm.persistence.Page;
import org.telecrm.persistence.PageRequest;

import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading every page of a query, as a host would, checking that no page is larger than asked. */
public final class Pages {

    private Pages() {
    }

    /** Every item of the query, following {@link Page#next()} from the first page of {@code size} items. */
    public static <T> List<T> all(Function<PageRequest, Page<T>> query, int size) {
        List<T> read = List.empty();
        Option<PageRequest> request = Option.some(PageRequest.first(size));
        while (request.isDefined()) {
            Page<T> page = query.apply(request.get());
            assertTrue(page.items().size() <= size, "a page larger than asked");
            read = read.appendAll(page.items());
            request = page.next();
        }
        return read;
    }
}
