package org.telecrm.persistence.jdbc;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.telecrm.persistence.Page;
import org.telecrm.persistence.PageRequest;
import org.telecrm.persistence.SaveConflict;
import org.telecrm.persistence.NotRestorable;
import org.telecrm.persistence.StorageFailure;
import org.telecrm.persistence.Versioned;
import org.telecrm.persistence.json.JsonError;
import org.telecrm.persistence.outbox.OutboxMessage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/**
 * One aggregate's table: a row per aggregate holding its JSON ({@code state}), its version, two tokens (the
 * {@code written} token of the write that stored the row, the {@code lineage} token of the row's incarnation), and the
 * columns its port's queries look up, computed from the aggregate on every save (so they never disagree with the
 * JSON). An aggregate may keep a growing part in a {@link Detail} table of its own.
 *
 * <p>A save takes the row's lock ({@code SELECT ... FOR UPDATE}) before anything else: a stale save is refused
 * there, having written nothing and without the cost of writing the JSON; a save that goes on holds the lock until
 * its transaction ends, so two saves of the same aggregate follow one another, and so do their outbox messages.
 *
 * @param <A> the aggregate
 * @param <E> its events
 */
final class AggregateTable<A, E> {

    /** The most characters an identifier column holds ({@code VARCHAR(255)} in every migration). */
    static final int MAX_ID_LENGTH = 255;

    /** A column a port's queries look up, and how an aggregate fills it ({@code null} for SQL NULL). */
    record Column<A>(String name, int sqlType, Function<A, Object> value) {
    }

    /** The outbox messages of a saved change. */
    @FunctionalInterface
    interface Messages<A, E> {
        Seq<OutboxMessage> of(A aggregate, long version, Seq<E> events);
    }

    /** What every table of one storage shares: its connections, its outbox, the database, the cache size. */
    record Store(Connections connections, JdbcOutbox outbox, Database database, int cacheCapacity) {
    }

    /** How the table's JSON is written and read back. */
    record Mapping<A>(Function<A, String> write, Function<String, Either<JsonError, A>> read) {
    }

    /** A row as read, before its detail (if any) is joined to it; {@code state} its JSON as stored. */
    record Row<A>(String id, long version, String lineage, A main, String state) {
    }

    /**
     * A growing part of the aggregate kept in rows of its own, written by appending: the main row's JSON holds the
     * aggregate without it.
     */
    interface Detail<A> {

        /** The aggregate as the main row's JSON holds it: without the detail. */
        A main(A aggregate);

        /**
         * Writes the detail of a saved aggregate, whose row held {@code stored} (none when it is new); true when it
         * only appended (the lineage goes on), false when it rewrote rows the table held.
         */
        boolean write(Connection c, String id, Option<A> stored, A aggregate) throws SQLException;

        /**
         * The aggregates of these rows, their detail joined: after the part {@code known} already holds when it is of
         * the row's lineage, all of it otherwise.
         */
        Seq<A> read(Connection c, Seq<Row<A>> rows, Function<String, Option<LoadCache.Entry<A>>> known)
                throws SQLException;

        /** The stored aggregate of a row whose detail this table has not read (the cold path of a save). */
        A stored(Connection c, String id, A main) throws SQLException;
    }

    private final Connections connections;
    private final JdbcOutbox outbox;
    private final String table;
    private final String type;
    private final Function<A, String> idOf;
    private final Mapping<A> json;
    private final Messages<A, E> messages;
    private final List<Column<A>> columns;
    private final Option<Detail<A>> detail;
    private final LoadCache<A> cache;

    private final String insert;
    private final String update;
    private final String select;
    private final String lock;
    private final String selectState;

    AggregateTable(Store store, String table, String type, Function<A, String> idOf, Mapping<A> json,
                   Messages<A, E> messages, List<Column<A>> columns, Option<Detail<A>> detail) {
        this.connections = store.connections();
        this.outbox = store.outbox();
        this.table = table;
        this.type = type;
        this.idOf = idOf;
        this.json = json;
        this.messages = messages;
        this.columns = columns;
        this.detail = detail;
        this.cache = new LoadCache<>(store.cacheCapacity());
        List<String> names = columns.map(Column::name);
        // a table may have no lookup columns (mkString would still give its suffix)
        String columnList = names.isEmpty() ? "" : names.mkString("", ", ", ", ");
        this.insert = "INSERT INTO " + table + " (id, version, written, lineage, " + columnList
                + "state) VALUES (" + List.fill(names.size() + 5, "?").mkString(", ") + ")"
                + (store.database() == Database.POSTGRESQL ? " ON CONFLICT (id) DO NOTHING" : "");
        this.update = "UPDATE " + table + " SET version = ?, written = ?, lineage = ?, "
                + (names.isEmpty() ? "" : names.mkString("", " = ?, ", " = ?, ")) + "state = ? WHERE id = ? AND version = ?";
        // built once: a load or save is otherwise a string concatenation before its statement
        this.select = "SELECT version, written, lineage, CASE WHEN written = ? THEN NULL ELSE state END FROM " + table
                + " WHERE id = ?";
        this.lock = "SELECT version, written, lineage FROM " + table + " WHERE id = ? FOR UPDATE";
        this.selectState = "SELECT state FROM " + table + " WHERE id = ?";
    }

    // ---- load ---------------------------------------------------------------------------------------------------

    /**
     * The row's aggregate. The JSON is transferred and read back only when the row was written since this table last
     * read it (its {@code written} token differs from the cached one); a detail, only from where the cached
     * aggregate of the same lineage ends.
     */
    Option<Versioned<A>> load(String id) {
        Option<LoadCache.Entry<A>> cached = cache.get(id);
        return connections.read(c -> {
            try (PreparedStatement select = c.prepareStatement(this.select)) {
                select.setString(1, cached.map(LoadCache.Entry::written).getOrElse(""));
                select.setString(2, id);
                Row<A> row;
                String written;
                try (ResultSet result = select.executeQuery()) {
                    if (!result.next()) {
                        return Option.none();
                    }
                    long version = result.getLong(1);
                    written = result.getString(2);
                    String state = result.getString(4);
                    if (state == null) {
                        return Option.some(new Versioned<>(cached.get().aggregate(), version));
                    }
                    row = new Row<>(id, version, result.getString(3), read(id, version, state), state);
                }
                A aggregate = joined(c, List.of(row), ignored -> cached).head();
                if (!connections.insideTransaction()) {
                    // only what is committed: a transaction's own writes may yet be rolled back
                    cache.put(id, written, row.lineage(), aggregate);
                }
                return Option.some(new Versioned<>(aggregate, row.version()));
            }
        });
    }

    /**
     * The page of rows matching {@code condition} (SQL over this table's columns, with {@code ?} for each of
     * {@code parameters}), in id order.
     */
    Page<Versioned<A>> page(String condition, List<Object> parameters, PageRequest request) {
        return page(condition, parameters, request, List.empty());
    }

    /**
     * As {@link #page(String, List, PageRequest)}, where {@code condition} holds each of {@code equal} to a single
     * value: ordering by them before the id is the same order, and it lets H2 read the page straight from an index
     * on ({@code equal}..., id) rather than every matching row sorted (a page of the open orders read all of them).
     */
    Page<Versioned<A>> page(String condition, List<Object> parameters, PageRequest request, List<String> equal) {
        String after = request.cursor().isDefined() ? " AND id > ?" : "";
        List<Object> all = parameters.appendAll(request.cursor()).append(request.size() + 1);
        Seq<Versioned<A>> rows = query("(" + condition + ")" + after + " ORDER BY " + equal.append("id").mkString(", ")
                + " LIMIT ?", all);
        return Page.of(rows.take(request.size()), request, rows.size() > request.size(),
                v -> idOf.apply(v.aggregate()));
    }

    /** Every row matching {@code condition}, in id order: for queries whose answer is small by nature. */
    Seq<Versioned<A>> all(String condition, List<Object> parameters) {
        return query(condition + " ORDER BY id", parameters);
    }

    private Seq<Versioned<A>> query(String where, List<Object> parameters) {
        return connections.read(c -> {
            List<Row<A>> rows = List.empty();
            try (PreparedStatement select = c.prepareStatement("SELECT id, version, lineage, state FROM " + table
                    + " WHERE " + where)) {
                int i = 1;
                for (Object parameter : parameters) {
                    select.setObject(i++, parameter);
                }
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        String id = result.getString(1);
                        long version = result.getLong(2);
                        String state = result.getString(4);
                        rows = rows.prepend(new Row<>(id, version, result.getString(3), read(id, version, state),
                                state));
                    }
                }
            }
            Seq<Row<A>> found = rows.reverse();
            return found.zipWith(joined(c, found, cache::get), (row, a) -> new Versioned<>(a, row.version()));
        });
    }

    private Seq<A> joined(Connection c, Seq<Row<A>> rows, Function<String, Option<LoadCache.Entry<A>>> known)
            throws SQLException {
        return detail.isDefined() && rows.nonEmpty() ? detail.get().read(c, rows, known) : rows.map(Row::main);
    }

    private A read(String id, long version, String state) {
        return json.read().apply(state).getOrElseThrow(error -> error instanceof JsonError.NotRestorable refused
                ? new NotRestorable(refused.error())
                : new StorageFailure("the stored " + type + " " + id + " (version " + version
                        + ") cannot be read back: " + error.message()));
    }

    // ---- save ---------------------------------------------------------------------------------------------------

    /** What the locking read of a save found: the version, and the tokens (none for no row). */
    private record Locked(long version, String written, String lineage) {
        static final Locked NONE = new Locked(0L, "", "");
    }

    Either<SaveConflict, Long> save(A aggregate, long expectedVersion, Seq<E> events) {
        Objects.requireNonNull(aggregate, "aggregate");
        Objects.requireNonNull(events, "events");
        String id = idOf.apply(aggregate);
        checkLength("id", id);
        return connections.write(c -> {
            Locked stored = lock(c, id);
            if (stored.version() != expectedVersion) {
                return Either.left(new SaveConflict(type, id, expectedVersion, stored.version()));
            }
            long version = expectedVersion + 1;
            Option<Long> raced = expectedVersion == Versioned.NEW
                    ? insert(c, id, aggregate)
                    : update(c, id, aggregate, stored);
            if (raced.isDefined()) {
                return Either.left(new SaveConflict(type, id, expectedVersion, raced.get()));
            }
            outbox.append(c, messages.of(aggregate, version, events));
            return Either.right(version);
        });
    }

    /** The stored version and tokens, the row locked until the transaction ends; {@link Locked#NONE} for no row. */
    private Locked lock(Connection c, String id) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(this.lock)) {
            select.setString(1, id);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? new Locked(row.getLong(1), row.getString(2), row.getString(3)) : Locked.NONE;
            }
        }
    }

    /**
     * Inserts the first version; none, or the version stored meanwhile when a concurrent creation of the same id
     * committed first (the primary key refuses ours). The refused insert must not spoil the transaction, which may be
     * the host's: H2 and MariaDB undo only a failed statement, but PostgreSQL aborts the whole transaction, so there
     * the insert does nothing on a conflict rather than fail.
     */
    private Option<Long> insert(Connection c, String id, A aggregate) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(this.insert)) {
            insert.setString(1, id);
            insert.setLong(2, 1L);
            insert.setString(3, newToken());
            insert.setString(4, newToken());
            int i = bindColumns(insert, 5, aggregate);
            insert.setString(i, json.write().apply(main(aggregate)));
            if (insert.executeUpdate() == 0) {
                return Option.some(lock(c, id).version());
            }
        } catch (SQLException e) {
            if (!isDuplicateKey(e)) {
                throw e;
            }
            return Option.some(lock(c, id).version());
        }
        if (detail.isDefined()) {
            detail.get().write(c, id, Option.none(), aggregate);
        }
        return Option.none();
    }

    private Option<Long> update(Connection c, String id, A aggregate, Locked stored) throws SQLException {
        boolean appended = detail.isEmpty() || detail.get().write(c, id, storedAggregate(c, id, stored), aggregate);
        try (PreparedStatement update = c.prepareStatement(this.update)) {
            update.setLong(1, stored.version() + 1);
            update.setString(2, newToken());
            update.setString(3, appended ? stored.lineage() : newToken());
            int i = bindColumns(update, 4, aggregate);
            update.setString(i++, json.write().apply(main(aggregate)));
            update.setString(i++, id);
            update.setLong(i, stored.version());
            // The row is locked at the expected version, so this updates it; were it not so, say what is stored.
            return update.executeUpdate() == 1 ? Option.none() : Option.some(lock(c, id).version());
        }
    }

    /**
     * What the row holds, for a detail to append to: this table's last read of it when that is still the row's
     * content (same write token), otherwise read now.
     */
    private Option<A> storedAggregate(Connection c, String id, Locked stored) throws SQLException {
        Option<LoadCache.Entry<A>> cached = cache.get(id).filter(e -> e.written().equals(stored.written()));
        if (cached.isDefined()) {
            return Option.some(cached.get().aggregate());
        }
        try (PreparedStatement select = c.prepareStatement(selectState)) {
            select.setString(1, id);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return Option.some(detail.get().stored(c, id, read(id, stored.version(), row.getString(1))));
            }
        }
    }

    private A main(A aggregate) {
        return detail.isDefined() ? detail.get().main(aggregate) : aggregate;
    }

    private int bindColumns(PreparedStatement statement, int from, A aggregate) throws SQLException {
        int i = from;
        for (Column<A> column : columns) {
            Object value = column.value().apply(aggregate);
            if (value == null) {
                statement.setNull(i++, column.sqlType());
            } else {
                if (value instanceof String text) {
                    checkLength(column.name(), text);
                }
                statement.setObject(i++, value, column.sqlType());
            }
        }
        return i;
    }

    private void checkLength(String column, String value) {
        if (value.length() > MAX_ID_LENGTH) {
            throw new StorageFailure("the " + type + "'s " + column + " has " + value.length()
                    + " characters; the JDBC schema stores at most " + MAX_ID_LENGTH + ": " + value.substring(0, 20)
                    + "...");
        }
    }

    /** A token no other write has: what tells a load that a row changed, even if deleted and created again. */
    private static String newToken() {
        return UUID.randomUUID().toString();
    }

    /** An integrity-constraint violation (SQLState class 23): here, only the primary key can be violated. */
    private static boolean isDuplicateKey(SQLException e) {
        return e.getSQLState() != null && e.getSQLState().startsWith("23");
    }
}
