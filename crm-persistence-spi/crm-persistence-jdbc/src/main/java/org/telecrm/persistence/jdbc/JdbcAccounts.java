package org.telecrm.persistence.jdbc;

import io.vavr.collection.HashMap;
import io.vavr.collection.Iterator;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.telecrm.account.Account;
import org.telecrm.account.AccountEvent;
import org.telecrm.account.AccountId;
import org.telecrm.account.Ledger;
import org.telecrm.account.LedgerEntry;
import org.telecrm.account.LedgerSeal;
import org.telecrm.customer.CustomerId;
import org.telecrm.kernel.FieldProblem;
import org.telecrm.kernel.RestoreError;
import org.telecrm.persistence.NotRestorable;
import org.telecrm.persistence.Page;
import org.telecrm.persistence.PageRequest;
import org.telecrm.persistence.SaveConflict;
import org.telecrm.persistence.StorageFailure;
import org.telecrm.persistence.Versioned;
import org.telecrm.persistence.accounts.Accounts;
import org.telecrm.persistence.accounts.LedgerRewriteRefused;
import org.telecrm.persistence.json.AccountJson;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Objects;
import java.util.function.Function;

/**
 * Accounts in {@code crm_account}, looked up by owner, with their ledgers in {@code crm_account_entry}: a row per
 * entry, numbered from 0 in posting order. A ledger only grows, so a save inserts the entries it adds and rewrites
 * nothing: posting to an account with a long ledger costs the same as to a new one. A save whose ledger does not begin
 * with the stored one is refused ({@link LedgerRewriteRefused}), before anything is written.
 */
final class JdbcAccounts implements Accounts {

    private final AggregateTable<Account, AccountEvent> table;

    JdbcAccounts(AggregateTable.Store store) {
        this.table = new AggregateTable<>(store, "crm_account", TYPE, a -> a.getId().value(),
                new AggregateTable.Mapping<>(AccountJson::writeWithoutLedger, AccountJson::readWithoutLedger),
                (a, version, events) -> AccountJson.outboxMessages(a.getId(), version, events),
                List.of(new AggregateTable.Column<>("owner", Types.VARCHAR, a -> a.owner().value())),
                Option.some(new LedgerRows()));
    }

    @Override
    public Option<Versioned<Account>> load(AccountId id) {
        return table.load(Objects.requireNonNull(id, "id").value());
    }

    @Override
    public Either<SaveConflict, Long> save(Account account, long expectedVersion, Seq<AccountEvent> events) {
        return table.save(account, expectedVersion, events);
    }

    @Override
    public Page<Versioned<Account>> byCustomer(CustomerId customer, PageRequest page) {
        return table.page("owner = ?", List.of(Objects.requireNonNull(customer, "customer").value()), page,
                List.of("owner"));
    }

    /**
     * The ledger as rows of {@code crm_account_entry}, each the entry's JSON with its seal
     * ({@link AccountJson#writeEntry}); the account's row holds the ledger's head ({@link AccountJson#ledgerHead}), so
     * a row altered, removed or moved, the last one included, makes the account {@link NotRestorable}.
     */
    private static final class LedgerRows implements AggregateTable.Detail<Account> {

        @Override
        public Account main(Account account) {
            return account;   // AccountJson.writeWithoutLedger leaves the entries out and keeps the head
        }

        private static Account with(Account account, Ledger verified, Seq<AccountJson.StoredEntry> more) {
            return Account.restore(account.getId(), account.owner(), account.terms(), account.openedAt(), verified,
                    more.map(AccountJson.StoredEntry::entry), more.map(AccountJson.StoredEntry::seal),
                    account.status(), account.creditLimitSince(), account.paymentPlan(), account.termsHistory())
                    .getOrElseThrow(NotRestorable::new);
        }

        /**
         * The account of a row with its ledger (the part {@code verified} a cached account holds, then {@code more}
         * as read), which must end where the row says it was saved.
         */
        private static Account checked(AggregateTable.Row<Account> row, Ledger verified,
                                       Seq<AccountJson.StoredEntry> more) {
            Account account = with(row.main(), verified, more);
            Option<LedgerSeal> saved = head(row);
            if (!account.ledger().head().equals(saved)) {
                throw new NotRestorable(new RestoreError("account", row.id(), List.of(new FieldProblem("ledgerHead",
                        AccountJson.headProblem(saved, account.ledger().head())))));
            }
            return account;
        }

        private static Seq<AccountJson.StoredEntry> sealedEntries(Account account) {
            return account.ledger().entries().zipWith(account.ledger().seals(), AccountJson.StoredEntry::new);
        }

        @Override
        public boolean write(Connection c, String id, Option<Account> stored, Account account) throws SQLException {
            Seq<LedgerEntry> now = account.ledger().entries();
            Seq<LedgerEntry> before = stored.map(a -> a.ledger().entries()).getOrElse(List.empty());
            int kept = commonPrefix(before, now);
            if (kept < before.size()) {
                LedgerRewriteRefused.requireAppendOnly(stored.get(), account); // throws: nothing is written
            }
            Seq<AccountJson.StoredEntry> added = sealedEntries(account).drop(kept);
            if (added.nonEmpty()) {
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO crm_account_entry"
                        + " (account_id, seq, entry) VALUES (?, ?, ?)")) {
                    int seq = kept;
                    for (AccountJson.StoredEntry entry : added) {
                        insert.setString(1, id);
                        insert.setInt(2, seq++);
                        insert.setString(3, AccountJson.writeEntry(entry.entry(), entry.seal()));
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
            }
            return kept == before.size();
        }

        /**
         * How many entries the two ledgers begin with alike. An account's command shares its ledger's entries with
         * the account it ran on, so this is mostly a comparison of references.
         */
        private static int commonPrefix(Seq<LedgerEntry> a, Seq<LedgerEntry> b) {
            Iterator<LedgerEntry> x = a.iterator();
            Iterator<LedgerEntry> y = b.iterator();
            int n = 0;
            while (x.hasNext() && y.hasNext() && Objects.equals(x.next(), y.next())) {
                n++;
            }
            return n;
        }

        @Override
        public Seq<Account> read(Connection c, Seq<AggregateTable.Row<Account>> rows,
                                 Function<String, Option<LoadCache.Entry<Account>>> known) throws SQLException {
            // The row's head bounds what is read: entries committed after the row was read belong to a later version.
            Map<String, Integer> upTo = HashMap.ofEntries(rows.map(row -> io.vavr.Tuple.of(row.id(),
                    (int) head(row).map(LedgerSeal::sequence).getOrElse(0L).longValue())));
            Map<String, Ledger> held = HashMap.ofEntries(rows.map(row -> io.vavr.Tuple.of(row.id(),
                    known.apply(row.id()).filter(e -> e.lineage().equals(row.lineage()))
                            .map(e -> e.aggregate().ledger().prefix(upTo.get(row.id()).get()))
                            .getOrElse(Ledger.empty()))));
            refuseUnsealed(c, rows.filter(row -> upTo.get(row.id()).get() == 0).map(AggregateTable.Row::id));
            Map<String, Seq<AccountJson.StoredEntry>> read = entries(c, rows.map(AggregateTable.Row::id),
                    id -> held.get(id).get().size(), id -> upTo.get(id).get());
            return rows.map(row -> checked(row, held.get(row.id()).get(),
                    read.get(row.id()).getOrElse(List.empty())));
        }

        /**
         * Refuses an account stored before ledger seals: its row has no head, yet its ledger has rows without seals
         * (a row without a head whose first entry has a seal is a later save's, committed after the row was read).
         */
        private static void refuseUnsealed(Connection c, Seq<String> headless) throws SQLException {
            if (headless.isEmpty()) {
                return;
            }
            try (PreparedStatement select = c.prepareStatement("SELECT account_id, entry FROM crm_account_entry"
                    + " WHERE seq = 0 AND account_id IN (" + headless.map(id -> "?").mkString(", ") + ")")) {
                int i = 1;
                for (String id : headless) {
                    select.setString(i++, id);
                }
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        if (AccountJson.isUnsealedEntry(row.getString(2))) {
                            String id = row.getString(1);
                            throw new NotRestorable(AccountJson.unsealed(id, List.fill(unsealedRows(c, id),
                                    Option.<LedgerSeal>none()), Option.none()));
                        }
                    }
                }
            }
        }

        private static int unsealedRows(Connection c, String id) throws SQLException {
            try (PreparedStatement count = c.prepareStatement("SELECT COUNT(*) FROM crm_account_entry"
                    + " WHERE account_id = ?")) {
                count.setString(1, id);
                try (ResultSet row = count.executeQuery()) {
                    row.next();
                    return row.getInt(1);
                }
            }
        }

        private static Option<LedgerSeal> head(AggregateTable.Row<Account> row) {
            return AccountJson.ledgerHead(row.state()).getOrElseThrow(error ->
                    new StorageFailure("the stored account " + row.id() + " cannot be read back: " + error.message()));
        }

        @Override
        public Account stored(Connection c, String id, Account main) throws SQLException {
            return with(main, Ledger.empty(), entries(c, List.of(id), any -> 0, any -> Integer.MAX_VALUE).get(id)
                    .getOrElse(List.empty()));
        }

        /**
         * The entries of these accounts from the {@code held}-th (a count already held) to before the {@code upTo}-th,
         * by account, in posting order.
         */
        private static Map<String, Seq<AccountJson.StoredEntry>> entries(
                Connection c, Seq<String> ids, Function<String, Integer> held,
                Function<String, Integer> upTo) throws SQLException {
            String where = ids.map(id -> "(account_id = ? AND seq >= ? AND seq < ?)").mkString(" OR ");
            Map<String, Seq<AccountJson.StoredEntry>> read = HashMap.empty();
            try (PreparedStatement select = c.prepareStatement("SELECT account_id, seq, entry FROM crm_account_entry"
                    + " WHERE " + where + " ORDER BY account_id, seq")) {
                int i = 1;
                for (String id : ids) {
                    select.setString(i++, id);
                    select.setInt(i++, held.apply(id));
                    select.setInt(i++, upTo.apply(id));
                }
                try (ResultSet row = select.executeQuery()) {
                    String current = null;
                    List<AccountJson.StoredEntry> entries = List.empty();
                    int expected = 0;
                    while (row.next()) {
                        String id = row.getString(1);
                        if (!id.equals(current)) {
                            if (current != null) {
                                read = read.put(current, entries.reverse());
                            }
                            current = id;
                            entries = List.empty();
                            expected = held.apply(id);
                        }
                        int seq = row.getInt(2);
                        if (seq != expected++) {
                            throw new StorageFailure("the ledger of account " + id + " has no entry " + (expected - 1)
                                    + " (found entry " + seq + "): its rows in crm_account_entry are not contiguous");
                        }
                        String json = row.getString(3);
                        entries = entries.prepend(AccountJson.readEntry(json).getOrElseThrow(error ->
                                new StorageFailure("entry " + seq + " of the ledger of account " + id
                                        + " cannot be read back: " + error.message())));
                    }
                    if (current != null) {
                        read = read.put(current, entries.reverse());
                    }
                }
            }
            return read;
        }
    }
}
