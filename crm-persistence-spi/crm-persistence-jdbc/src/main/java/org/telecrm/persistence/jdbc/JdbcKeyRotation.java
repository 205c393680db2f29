package org.telecrm.persistence.jdbc;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.telecrm.customer.aggregate.Customer;
import org.telecrm.persistence.StorageFailure;
import org.telecrm.persistence.customers.Customers;
import org.telecrm.persistence.json.CustomerJson;
import org.telecrm.persistence.json.JsonError;
import org.telecrm.persistence.protection.KeyRotation;
import org.telecrm.persistence.protection.PersonalDataCipher;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/**
 * The JDBC adapter's key rotation: customer rows, then the outbox's customer events, a batch at a time in id (position)
 * order, each batch one transaction. A row is rewritten only where it still holds what the batch read (its
 * {@code written} token), so a concurrent save, which seals with the current key anyway, is never overwritten; a save
 * that sealed with the old key while the rotation ran is caught by the next run, which therefore rewrites nothing only
 * when all is under the current key.
 */
final class JdbcKeyRotation implements KeyRotation {

    /** Rows read and rewritten per transaction. */
    static final int BATCH = 200;

    private final Connections connections;
    private final PersonalDataCipher cipher;

    JdbcKeyRotation(Connections connections, PersonalDataCipher cipher) {
        this.connections = connections;
        this.cipher = cipher;
    }

    @Override
    public Rotated rotate() {
        return new Rotated(inBatches("", this::customers), inBatches(-1L, this::messages));
    }

    /** One batch of a rotation: what it rewrote, and where the next batch starts (none when this was the last). */
    @FunctionalInterface
    private interface Batch<K> {
        Tuple2<Integer, Option<K>> run(Connection c, K after) throws SQLException;
    }

    /** Runs {@code batch} from {@code start}, each batch in a transaction of its own; how many rows it rewrote. */
    private <K> long inBatches(K start, Batch<K> batch) {
        long rewritten = 0;
        Option<K> from = Option.some(start);
        while (from.isDefined()) {
            K after = from.get();
            Tuple2<Integer, Option<K>> done = connections.write(c -> Either.<Void, Tuple2<Integer, Option<K>>>right(
                    batch.run(c, after))).get();
            rewritten += done._1;
            from = done._2;
        }
        return rewritten;
    }

    /** Re-seals a batch of customer rows after {@code after}; how many it rewrote, and the last id if there may be more. */
    private Tuple2<Integer, Option<String>> customers(Connection c, String after) throws SQLException {
        List<String[]> rows = List.empty();
        try (PreparedStatement select = c.prepareStatement("SELECT id, written, document_hash, state FROM crm_customer"
                + " WHERE id > ? ORDER BY id LIMIT ?")) {
            select.setString(1, after);
            select.setInt(2, BATCH);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    rows = rows.prepend(new String[]{result.getString(1), result.getString(2), result.getString(3),
                            result.getString(4)});
                }
            }
        }
        rows = rows.reverse();
        int rewritten = 0;
        try (PreparedStatement update = c.prepareStatement("UPDATE crm_customer SET state = ?, written = ?,"
                + " document_hash = ? WHERE id = ? AND written = ?")) {
            for (String[] row : rows) {
                String id = row[0];
                Customer customer = CustomerJson.read(row[3], cipher).getOrElseThrow(e -> unreadable("customer " + id, e));
                Option<String> resealed = CustomerJson.resealed(row[3], cipher)
                        .getOrElseThrow(e -> unreadable("customer " + id, e));
                String lookup = cipher.documentLookup(customer.document());
                if (resealed.isEmpty() && lookup.equals(row[2])) {
                    continue;
                }
                update.setString(1, resealed.getOrElse(row[3]));
                update.setString(2, UUID.randomUUID().toString());
                update.setString(3, lookup);
                update.setString(4, id);
                update.setString(5, row[1]);
                int updated = update.executeUpdate();
                if (updated == 1 && !lookup.equals(row[2])) {   // a new lookup key: the former documents' hashes too
                    JdbcCustomers.formerDocuments(c, id, customer.formerDocuments().map(cipher::documentLookup), false);
                }
                rewritten += updated;
            }
        }
        return Tuple.of(rewritten, rows.size() < BATCH ? Option.none() : Option.some(rows.last()[0]));
    }

    /** Re-seals a batch of the outbox's customer events after {@code after}; how many, and the last position. */
    private Tuple2<Integer, Option<Long>> messages(Connection c, long after) throws SQLException {
        List<Tuple2<Long, String>> rows = List.empty();
        try (PreparedStatement select = c.prepareStatement("SELECT position, payload FROM crm_outbox"
                + " WHERE aggregate_type = ? AND position > ? ORDER BY position LIMIT ?")) {
            select.setString(1, Customers.TYPE);
            select.setLong(2, after);
            select.setInt(3, BATCH);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    rows = rows.prepend(Tuple.of(result.getLong(1), result.getString(2)));
                }
            }
        }
        rows = rows.reverse();
        int rewritten = 0;
        try (PreparedStatement update = c.prepareStatement("UPDATE crm_outbox SET payload = ? WHERE position = ?")) {
            for (Tuple2<Long, String> row : rows) {
                Option<String> resealed = CustomerJson.resealed(row._2, cipher)
                        .getOrElseThrow(e -> unreadable("outbox message at position " + row._1, e));
                if (resealed.isDefined()) {
                    update.setString(1, resealed.get());
                    update.setLong(2, row._1);
                    rewritten += update.executeUpdate();
                }
            }
        }
        return Tuple.of(rewritten, rows.size() < BATCH ? Option.none() : Option.some(rows.last()._1));
    }

    private static StorageFailure unreadable(String what, JsonError error) {
        return new StorageFailure("the rotation cannot read the stored " + what + ": " + error.message());
    }
}
