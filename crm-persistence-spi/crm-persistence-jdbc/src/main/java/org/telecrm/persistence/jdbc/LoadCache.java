package org.telecrm.persistence.jdbc;

import io.vavr.control.Option;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The aggregates a table's loads last read back, by id, with the token of the write that stored them: a load that
 * finds the same token in the row skips transferring and parsing the JSON again. Filled only by loads, never by
 * saves, so that the first load after a save always reads back what the database holds. Least recently used entries
 * go first; a capacity of 0 keeps nothing.
 *
 * <p>Why: a hot aggregate (many writers retrying on one account) is loaded many times per version, and reading a long
 * ledger back costs in proportion to its length.
 */
final class LoadCache<A> {

    /** An aggregate as read back, with the tokens of the write it was read from and of the row's lineage. */
    record Entry<A>(String written, String lineage, A aggregate) {
    }

    private final int capacity;
    private final Map<String, Entry<A>> entries;

    LoadCache(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("a cache capacity is 0 or more, was " + capacity);
        }
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry<A>> eldest) {
                return size() > LoadCache.this.capacity;
            }
        };
    }

    synchronized Option<Entry<A>> get(String id) {
        return Option.of(entries.get(id));
    }

    synchronized void put(String id, String written, String lineage, A aggregate) {
        if (capacity > 0) {
            entries.put(id, new Entry<>(written, lineage, aggregate));
        }
    }
}
