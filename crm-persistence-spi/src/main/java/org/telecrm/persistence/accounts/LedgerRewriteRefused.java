package org.telecrm.persistence.accounts;

import io.vavr.collection.Seq;
import org.telecrm.account.Account;
import org.telecrm.account.LedgerEntry;
import org.telecrm.persistence.StorageFailure;

import java.util.Iterator;
import java.util.Objects;

/**
 * A save refused because the account's ledger does not begin with the stored ledger: it drops, reorders or changes
 * an entry already stored (a past payment removed, a past amount changed). A ledger is append-only; no command of
 * {@link Account} produces such a state, so it is a host's bug or tampering, and every store refuses it, writing
 * nothing (hence an exception, like other {@link StorageFailure}s, rather than a business value).
 *
 * <pre>{@code
 * accounts.save(accountWithoutPaymentP1, 3, events);
 * // throws LedgerRewriteRefused: "account A-1: the save would rewrite its stored ledger: entry 1 (payment P-1 ...) ..."
 * }</pre>
 */
public final class LedgerRewriteRefused extends StorageFailure {

    private static final long serialVersionUID = 1L;

    public LedgerRewriteRefused(String message) {
        super(message);
    }

    /**
     * Throws unless {@code saved}'s ledger begins with every entry of {@code stored}'s, equal and in the same
     * order; for a store's save, before it writes anything.
     */
    public static void requireAppendOnly(Account stored, Account saved) {
        Seq<LedgerEntry> before = stored.ledger().entries();
        Seq<LedgerEntry> after = saved.ledger().entries();
        Iterator<LedgerEntry> kept = before.iterator();
        Iterator<LedgerEntry> now = after.iterator();
        int index = 0;
        while (kept.hasNext()) {
            LedgerEntry old = kept.next();
            if (!now.hasNext()) {
                throw new LedgerRewriteRefused("account " + saved.getId() + ": the save would drop stored ledger entries"
                        + " from entry " + index + " on (" + old.describe() + "); a ledger only grows");
            }
            LedgerEntry next = now.next();
            if (!Objects.equals(old, next)) {
                throw new LedgerRewriteRefused("account " + saved.getId() + ": the save would rewrite stored ledger entry "
                        + index + " (" + old.describe() + ") as " + next.describe() + "; a ledger only grows");
            }
            index++;
        }
    }
}
