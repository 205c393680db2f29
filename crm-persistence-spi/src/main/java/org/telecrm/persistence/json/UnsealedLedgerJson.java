package org.telecrm.persistence.json;

import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.telecrm.account.Account;
import org.telecrm.account.AccountId;
import org.telecrm.account.AccountStatus;
import org.telecrm.account.AccountTerms;
import org.telecrm.account.LedgerEntry;
import org.telecrm.account.LedgerSeal;
import org.telecrm.customer.CustomerId;
import org.telecrm.kernel.FieldProblem;
import org.telecrm.kernel.RestoreError;

import static org.telecrm.persistence.json.AccountJson.SCHEMA_VERSION;
import static org.telecrm.persistence.json.AccountJson.STATES;
import static org.telecrm.persistence.json.AccountJson.account;
import static org.telecrm.persistence.json.AccountJson.entry;
import static org.telecrm.persistence.json.AccountJson.terms;
import static org.telecrm.persistence.json.AccountJson.write;

/** The ledgers stored before the seals: how they are read, and re-sealed (see {@link AccountJson#reseal}). */
final class UnsealedLedgerJson {

    private UnsealedLedgerJson() {
    }

    // ---- ledgers stored before the seals ------------------------------------------------------------------------

    /**
     * Why an account whose stored ledger lacks seals is not restored: a ledger stored before {@link LedgerSeal}s
     * existed (no entry sealed, no {@code ledgerHead}) names the migration step that seals it,
     * {@link #reseal}; a ledger where only some entries lack their seal had seals removed, and names those entries.
     * Sealing such a ledger silently on load would accept whatever was stored, tampering included, as sealed: the
     * step is the operator's, run once after checking the ledgers (docs/accounts.md, "Ledgers stored before the seals").
     *
     * @param seals each entry's seal as stored, in order (none where it has none)
     * @param head  the {@code ledgerHead} stored with the account
     */
    static RestoreError unsealed(String accountId, Seq<Option<LedgerSeal>> seals, Option<LedgerSeal> head) {
        if (seals.forAll(Option::isEmpty) && head.isEmpty()) {
            return new RestoreError("account", accountId, List.of(new FieldProblem("ledger", seals.size()
                    + " entries without seals: the ledger was stored before ledger seals (or stripped of them) and is"
                    + " refused until it is resealed by the migration step (AccountJson.reseal,"
                    + " JdbcStorage.resealLedgers)")));
        }
        return new RestoreError("account", accountId, seals.zipWithIndex().filter(s -> s._1.isEmpty())
                .map(s -> new FieldProblem("ledger[" + s._2 + "]", "has no seal while the ledger has seals: a seal"
                        + " was removed")).toList());
    }

    /**
     * Whether a ledger entry as a store kept it ({@link #writeEntry}'s shape) has no seal at all: one stored before
     * ledger seals. False for anything else, including text that is not an entry.
     */
    static boolean isUnsealedEntry(String json) {
        return Json.readObject(json, r -> !r.has("sequence") && !r.has("hash")).getOrElse(false);
    }

    /** A ledger entry stored before ledger seals ({@link #writeEntry}'s shape without sequence and hash). */
    static Either<JsonError, LedgerEntry> readUnsealedEntry(String json) {
        return Json.readObject(json, r -> {
            if (r.has("sequence") || r.has("hash")) {
                throw r.invalidField("sequence", "a seal", "an entry stored before ledger seals, without one");
            }
            return entry(r);
        });
    }

    /**
     * The migration step for an account document stored before ledger seals: the same account with its ledger
     * sealed afresh ({@link Account#restore(AccountId, CustomerId, AccountTerms, java.time.Instant, Seq, AccountStatus)},
     * which checks every other invariant first), as {@link #write} writes it. Run it once per stored account, after
     * checking the stored ledgers (seals cannot vouch for what was stored before them): what it seals is what the
     * store holds. A document that is already sealed is returned as read back and written again (the step may run
     * twice); one with only some seals, or an account that breaks its invariants, is {@link JsonError.NotRestorable}.
     *
     * <pre>{@code
     * String sealed = AccountJson.reseal(stored).get();   // then store it in place of the old document
     * }</pre>
     */
    static Either<JsonError, String> reseal(String json) {
        return Json.read(json, SCHEMA_VERSION, r -> {
            Seq<Tuple2<LedgerEntry, Option<LedgerSeal>>> read = r.objects("ledger", AccountJson::maybeSealed);
            Option<LedgerSeal> head = r.optionalObject("ledgerHead").map(AccountJson::seal);
            if (read.exists(e -> e._2.isDefined()) || head.isDefined()) {
                return write(account(r, true));
            }
            JsonReader status = r.object("status");
            AccountId id = r.parsed("id", AccountId::of, "an account id (not blank)");
            return write(Account.restore(id, r.parsed("owner", CustomerId::of, "a customer id (not blank)"),
                    terms(r.object("terms")), r.instant("openedAt"), read.map(Tuple2::_1),
                    AccountStatus.of(STATES.read(status, "state"), status.instant("since")))
                    .getOrElseThrow(JsonFailure::notRestorable));
        });
    }
}
