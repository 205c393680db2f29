package org.telecrm.persistence.jdbc;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeMap;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.telecrm.account.Account;
import org.telecrm.account.AccountId;
import org.telecrm.account.LedgerEntry;
import org.telecrm.persistence.json.AccountJson;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import java.util.UUID;

/**
 * The migration step for ledgers stored before {@link org.telecrm.account.LedgerSeal}s existed: each account whose
 * ledger rows carry no seal (and whose row no {@code ledgerHead}) is read back, checked against every invariant of
 * the account, sealed afresh and written back in place, one account per transaction. Such an account is refused on
 * load until then ({@link org.telecrm.persistence.NotRestorable} naming the step): sealing on load would take
 * whatever is stored, tampering included, as sealed, so sealing is a step the operator runs once, after checking
 * the ledgers. Rows keep their versions (the account's facts do not change; no event is raised); their write and
 * lineage tokens change, so load caches read them again. Running it again finds nothing to do.
 *
 * @see JdbcStorage#resealLedgers()
 */
public final class LedgerResealing {

    /**
     * What a run of the step did.
     *
     * @param resealed the accounts whose ledgers it sealed, in id order
     * @param refused  the accounts it could not seal, each with why (an account that breaks its invariants, a
     *                 ledger with some seals, a row that cannot be read): they stay refused on load
     */
    public record Resealed(Seq<AccountId> resealed, TreeMap<AccountId, String> refused) {
        public Resealed {
            Objects.requireNonNull(resealed, "resealed");
            Objects.requireNonNull(refused, "refused");
        }
    }

    private final Connections connections;

    LedgerResealing(Connections connections) {
        this.connections = connections;
    }

    Resealed run() {
        Seq<String> unsealed = connections.read(LedgerResealing::accountsWithUnsealedLedgers);
        Seq<AccountId> resealed = List.empty();
        TreeMap<AccountId, String> refused = TreeMap.empty(java.util.Comparator.comparing(AccountId::value));
        for (String id : unsealed) {
            Either<String, Boolean> done = connections.write(c -> reseal(c, id));
            if (done.isLeft()) {
                refused = refused.put(AccountId.of(id), done.getLeft());
            } else if (done.get()) {
                resealed = resealed.append(AccountId.of(id));
            }
        }
        return new Resealed(resealed, refused);
    }

    /**
     * The accounts whose first ledger row has no seal, in id order. A sealed row starts with its sequence
     * ({@link AccountJson#writeEntry}), so the database leaves those out and only the others are read.
     */
    private static Seq<String> accountsWithUnsealedLedgers(Connection c) throws SQLException {
        List<String> ids = List.empty();
        try (PreparedStatement select = c.prepareStatement("SELECT account_id, entry FROM crm_account_entry"
                + " WHERE seq = 0 AND entry NOT LIKE '{\"sequence\":%' ORDER BY account_id");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                if (AccountJson.isUnsealedEntry(rows.getString(2))) {
                    ids = ids.prepend(rows.getString(1));
                }
            }
        }
        return ids.reverse();
    }

    /** Seals one account's ledger in place; false when there was nothing to seal (done meanwhile). */
    private static Either<String, Boolean> reseal(Connection c, String id) throws SQLException {
        String state;
        try (PreparedStatement lock = c.prepareStatement("SELECT state FROM crm_account WHERE id = ? FOR UPDATE")) {
            lock.setString(1, id);
            try (ResultSet row = lock.executeQuery()) {
                if (!row.next()) {
                    return Either.left("the ledger has no account row");
                }
                state = row.getString(1);
            }
        }
        Option<String> sealedAlready = AccountJson.ledgerHead(state).fold(e -> Option.some(e.message()),
                head -> head.isDefined() ? Option.some("") : Option.none());
        if (sealedAlready.isDefined()) {
            return sealedAlready.get().isEmpty() ? Either.right(false) : Either.left(sealedAlready.get());
        }
        Either<String, Account> main = AccountJson.readWithoutLedger(state).mapLeft(e -> e.message());
        if (main.isLeft()) {
            return Either.left(main.getLeft());
        }
        List<LedgerEntry> entries = List.empty();
        try (PreparedStatement select = c.prepareStatement("SELECT seq, entry FROM crm_account_entry"
                + " WHERE account_id = ? ORDER BY seq")) {
            select.setString(1, id);
            try (ResultSet rows = select.executeQuery()) {
                int expected = 0;
                while (rows.next()) {
                    int seq = rows.getInt(1);
                    if (seq != expected++) {
                        return Either.left("the ledger has no entry " + (expected - 1) + " (found entry " + seq + ")");
                    }
                    Either<String, LedgerEntry> entry = AccountJson.readUnsealedEntry(rows.getString(2))
                            .mapLeft(e -> "entry " + seq + ": " + e.message());
                    if (entry.isLeft()) {
                        return Either.left(entry.getLeft());
                    }
                    entries = entries.prepend(entry.get());
                }
            }
        }
        Account stored = main.get();
        Either<String, Account> sealed = Account.restore(stored.getId(), stored.owner(), stored.terms(),
                stored.openedAt(), entries.reverse(), stored.status()).mapLeft(e -> e.message());
        if (sealed.isLeft()) {
            return Either.left(sealed.getLeft());
        }
        Account account = sealed.get();
        try (PreparedStatement update = c.prepareStatement("UPDATE crm_account_entry SET entry = ?"
                + " WHERE account_id = ? AND seq = ?")) {
            int seq = 0;
            for (io.vavr.Tuple2<LedgerEntry, org.telecrm.account.LedgerSeal> e
                    : account.ledger().entries().zip(account.ledger().seals())) {
                update.setString(1, AccountJson.writeEntry(e._1, e._2));
                update.setString(2, id);
                update.setInt(3, seq++);
                update.addBatch();
            }
            update.executeBatch();
        }
        try (PreparedStatement update = c.prepareStatement("UPDATE crm_account SET state = ?, written = ?, lineage = ?"
                + " WHERE id = ?")) {
            update.setString(1, AccountJson.writeWithoutLedger(account));
            update.setString(2, UUID.randomUUID().toString());
            update.setString(3, UUID.randomUUID().toString());
            update.setString(4, id);
            update.executeUpdate();
        }
        return Either.right(true);
    }
}
