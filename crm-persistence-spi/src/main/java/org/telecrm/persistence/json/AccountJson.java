package org.telecrm.persistence.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.telecrm.account.Account;
import org.telecrm.account.AccountEvent;
import org.telecrm.account.AccountId;
import org.telecrm.account.AccountState;
import org.telecrm.account.AccountStatus;
import org.telecrm.account.AccountTerms;
import org.telecrm.account.BillingCycle;
import org.telecrm.account.CyclePeriod;
import org.telecrm.account.DunningSchedule;
import org.telecrm.account.EntryReference;
import org.telecrm.account.Ledger;
import org.telecrm.account.LedgerEntry;
import org.telecrm.account.LedgerSeal;
import org.telecrm.account.PaymentPlan;
import org.telecrm.customer.CustomerId;
import org.telecrm.kernel.FieldProblem;
import org.telecrm.kernel.RestoreError;
import org.telecrm.money.Money;
import org.telecrm.persistence.outbox.OutboxMessage;

import java.time.ZoneId;


/**
 * The JSON of a billing {@link Account} and its {@link AccountEvent}s, schema version {@value #SCHEMA_VERSION}.
 *
 * <h2>Account</h2>
 * <pre>{@code
 * {"schemaVersion":1, "id":"A-1", "owner":"C-1", "openedAt":"2026-07-01T01:00:00Z",
 *  "terms":{"billingCycle":{"startDay":1,"zone":"Asia/Shanghai"}, "creditLimitFen":10000,
 *           "arrearsGracePeriod":"PT72H", "spendAlertThresholdsFen":[100000]},
 *  "status":{"state":"ACTIVE","since":"2026-07-01T01:00:00Z"},
 *  "ledger":[{"sequence":1,"hash":"9f2c...","kind":"CHARGE","reference":"B-1","amountFen":30000,
 *             "postedAt":"2026-07-01T01:00:00Z"},
 *            {"sequence":2,"hash":"03ab...","kind":"ADJUSTMENT","direction":"CREDIT","reference":"ADJ-1",
 *             "amountFen":500,"corrects":"B-1","reason":"rounding","postedAt":"2026-07-02T01:00:00Z"}],
 *  "ledgerHead":{"sequence":2,"hash":"03ab..."}}
 * }</pre>
 * Money is whole fen ({@code ...Fen}); instants, dates and durations ISO-8601; {@code kind} is one of
 * {@code CHARGE, PAYMENT, COMPENSATION_CREDIT, ADJUSTMENT} (an adjustment adds {@code direction} {@code DEBIT} or
 * {@code CREDIT}, {@code corrects} and {@code reason}); {@code state} one of
 * {@code ACTIVE, REMINDED, PARTIALLY_SUSPENDED, SUSPENDED_FOR_ARREARS, CLOSED}. The ledger is in posting order, each
 * entry with its
 * {@link LedgerSeal} ({@code sequence}, {@code hash}: 64 hexadecimal digits); {@code ledgerHead}, the last entry's seal
 * (absent for an empty ledger), is kept apart from the entries, so that {@link #read} refuses a ledger whose entry was
 * altered, removed or moved ({@link JsonError.NotRestorable}), its last one included.
 *
 * <h2>Events</h2>
 * {@code {"schemaVersion":1, "type":..., "account":"A-1", "occurredAt":..., ...}} with, by {@code type}:
 * {@code AccountOpened} (owner, terms), {@code ChargePosted} / {@code PaymentPosted} / {@code AdjustmentPosted} /
 * {@code CompensationCredited} (entry, balanceOwedFen), {@code SpendAlertRaised} (thresholdFen,
 * cycle{start,end}, spendFen), {@code SuspendedForArrears} (owner, balanceOwedFen, creditLimitFen,
 * overLimitSince), {@code ReopenedAfterArrears} (owner, clearedBy — absent when none — balanceOwedFen),
 * {@code AccountClosed} (owner).
 *
 * <pre>{@code
 * String json = AccountJson.write(account);
 * AccountJson.read(json);                                   // Right(an account equal to it)
 * AccountJson.read("{\"schemaVersion\":1}").getLeft().message();   // "id is missing"
 * }</pre>
 */
public final class AccountJson {

    /** The schema version this mapper writes and reads. */
    public static final int SCHEMA_VERSION = 1;

    /** The stable aggregate type name in event ids and message types. */
    public static final String ACCOUNT_TYPE = org.telecrm.persistence.accounts.Accounts.TYPE;

    static final StableNames<AccountState> STATES = StableNames.of(
            Tuple.of(AccountState.ACTIVE, "ACTIVE"),
            Tuple.of(AccountState.REMINDED, "REMINDED"),
            Tuple.of(AccountState.PARTIALLY_SUSPENDED, "PARTIALLY_SUSPENDED"),
            Tuple.of(AccountState.SUSPENDED_FOR_ARREARS, "SUSPENDED_FOR_ARREARS"),
            Tuple.of(AccountState.CLOSED, "CLOSED"));

    static final StableNames<LedgerEntry.Adjustment.Direction> DIRECTIONS = StableNames.of(
            Tuple.of(LedgerEntry.Adjustment.Direction.DEBIT, "DEBIT"),
            Tuple.of(LedgerEntry.Adjustment.Direction.CREDIT, "CREDIT"));

    private AccountJson() {
    }

    // ---- account ------------------------------------------------------------------------------------------------

    /** The account as JSON, every field included (see the class comment for the names). */
    public static String write(Account account) {
        return document(account, true);
    }

    /**
     * The account as JSON without its ledger's entries ({@code "ledger":[]}) but with its {@code ledgerHead}: for a
     * store that keeps the entries as rows of their own ({@link #writeEntry}) and checks, on reading them back, that
     * they end where the account was saved ({@link #ledgerHead}).
     */
    public static String writeWithoutLedger(Account account) {
        return document(account, false);
    }

    static String document(Account account, boolean withEntries) {
        ObjectNode node = Json.document(SCHEMA_VERSION);
        node.put("id", account.getId().value());
        node.put("owner", account.owner().value());
        node.put("openedAt", account.openedAt().toString());
        node.set("terms", terms(account.terms()));
        ObjectNode status = node.putObject("status");
        status.put("state", STATES.name(account.status().state()));
        status.put("since", account.status().since().toString());
        if (!account.creditLimitSince().equals(account.openedAt())) {   // absent while the limit is the opening's
            node.put("creditLimitSince", account.creditLimitSince().toString());
        }
        account.paymentPlan().forEach(plan -> node.set("paymentPlan", DunningJson.plan(plan)));
        TermsHistoryJson.write(node, account);
        ArrayNode ledger = node.putArray("ledger");
        if (withEntries) {
            account.ledger().entries().zip(account.ledger().seals())
                    .forEach(sealed -> ledger.add(sealed(sealed._1, sealed._2)));
        }
        account.ledger().head().forEach(head -> node.set("ledgerHead", seal(head)));
        return Json.text(node);
    }

    /**
     * The account this JSON describes, restored with {@link Account#restore} (no event); an account that breaks
     * its invariants (a reference twice, entries out of order, a closed account with a balance, ...) is
     * {@link JsonError.NotRestorable}.
     */
    public static Either<JsonError, Account> read(String json) {
        return Json.read(json, SCHEMA_VERSION, r -> account(r, true));
    }

    /**
     * The account of a document {@link #writeWithoutLedger} wrote, with an empty ledger (its entries are read
     * elsewhere; its {@code ledgerHead} is {@link #ledgerHead}'s). A document with entries is refused.
     */
    public static Either<JsonError, Account> readWithoutLedger(String json) {
        return Json.read(json, SCHEMA_VERSION, r -> account(r, false));
    }

    /** The {@code ledgerHead} of an account document: the seal its ledger ended with when written (none: empty). */
    public static Either<JsonError, Option<LedgerSeal>> ledgerHead(String json) {
        return Json.read(json, SCHEMA_VERSION, r -> r.optionalObject("ledgerHead").map(AccountJson::seal));
    }

    static Account account(JsonReader r, boolean withEntries) {
        AccountId id = r.parsed("id", AccountId::of, "an account id (not blank)");
        CustomerId owner = r.parsed("owner", CustomerId::of, "a customer id (not blank)");
        JsonReader status = r.object("status");
        AccountTerms terms = terms(r.object("terms"));
        Seq<Tuple2<LedgerEntry, Option<LedgerSeal>>> read = r.objects("ledger", AccountJson::maybeSealed);
        if (!withEntries && read.nonEmpty()) {
            throw r.invalidField("ledger", read.size() + " entries", "no entries (they are kept apart)");
        }
        Option<LedgerSeal> head = r.optionalObject("ledgerHead").map(AccountJson::seal);
        if (read.exists(e -> e._2.isEmpty())) {
            throw JsonFailure.notRestorable(unsealed(id.value(), read.map(Tuple2::_2), head));
        }
        Seq<StoredEntry> ledger = read.map(e -> new StoredEntry(e._1, e._2.get()));
        java.time.Instant openedAt = r.instant("openedAt");
        java.time.Instant limitSince = r.has("creditLimitSince") ? r.instant("creditLimitSince") : openedAt;
        Option<PaymentPlan> plan = r.optionalObject("paymentPlan").map(DunningJson::plan);
        Account account = Account.restore(id, owner, terms, openedAt, Ledger.empty(), ledger.map(StoredEntry::entry),
                        ledger.map(StoredEntry::seal), AccountStatus.of(STATES.read(status, "state"),
                                status.instant("since")), limitSince, plan, TermsHistoryJson.read(r))
                .getOrElseThrow(JsonFailure::notRestorable);
        if (withEntries && !account.ledger().head().equals(head)) {
            throw JsonFailure.notRestorable(new RestoreError("account", id.value(), List.of(new FieldProblem(
                    "ledgerHead", headProblem(head, account.ledger().head())))));
        }
        return account;
    }

    /**
     * Why a ledger read back does not end where it was written: {@code written} the head saved with the account,
     * {@code read} the last seal of the entries found.
     */
    public static String headProblem(Option<LedgerSeal> written, Option<LedgerSeal> read) {
        return "the ledger was saved ending at " + written.map(h -> "entry " + h.sequence()).getOrElse("no entry")
                + " but ends at " + read.map(h -> "entry " + h.sequence()).getOrElse("no entry")
                + (written.map(LedgerSeal::sequence).getOrElse(0L) > read.map(LedgerSeal::sequence).getOrElse(0L)
                ? ": entries were removed from its end" : ": its last entry is not the one saved");
    }

    // ---- ledger entries -----------------------------------------------------------------------------------------

    /**
     * One ledger entry and its seal as JSON, exactly as it appears in the account's {@code ledger} array: for a store
     * that keeps the entries of a ledger as rows of their own (the ledger is append-only, so a save only adds rows).
     *
     * <pre>{@code
     * AccountJson.writeEntry(account.ledger().entries().head(), account.ledger().seals().head());
     * // {"sequence":1,"hash":"9f2c...","kind":"PAYMENT","reference":"PAY-1","amountFen":3000,"postedAt":"..."}
     * }</pre>
     */
    public static String writeEntry(LedgerEntry entry, LedgerSeal seal) {
        return Json.text(sealed(entry, seal));
    }

    /**
     * The ledger entry and seal this JSON describes (as {@link #writeEntry} writes it; it has no schema version of
     * its own: it is a part of an account of schema version {@value #SCHEMA_VERSION}).
     */
    public static Either<JsonError, StoredEntry> readEntry(String json) {
        return Json.readObject(json, AccountJson::storedEntry);
    }

    /**
     * A ledger entry as stored: the entry and its seal, which {@link Account#restore(AccountId, CustomerId,
     * AccountTerms, java.time.Instant, Seq, Seq, AccountStatus)} checks against each other.
     *
     * @param entry the entry
     * @param seal  its sequence number and hash
     */
    public record StoredEntry(LedgerEntry entry, LedgerSeal seal) {
    }

    static ObjectNode sealed(LedgerEntry entry, LedgerSeal seal) {
        ObjectNode node = seal(seal);
        node.setAll(entry(entry));
        return node;
    }

    static ObjectNode seal(LedgerSeal seal) {
        ObjectNode node = Json.object();
        node.put("sequence", seal.sequence());
        node.put("hash", seal.hash());
        return node;
    }

    static LedgerSeal seal(JsonReader r) {
        long sequence = r.longValue("sequence");
        String hash = r.text("hash");
        if (sequence < 1) {
            throw r.invalidField("sequence", Long.toString(sequence), "a sequence number from 1");
        }
        if (!LedgerSeal.isHash(hash)) {
            throw r.invalidField("hash", hash.length() + " characters", "64 lower-case hexadecimal digits");
        }
        return new LedgerSeal(sequence, hash);
    }

    static StoredEntry storedEntry(JsonReader r) {
        return new StoredEntry(entry(r), seal(r));
    }

    /** An entry and its seal; none when the entry has neither {@code sequence} nor {@code hash} (stored before seals). */
    static Tuple2<LedgerEntry, Option<LedgerSeal>> maybeSealed(JsonReader r) {
        LedgerEntry entry = entry(r);
        return Tuple.of(entry, r.has("sequence") || r.has("hash") ? Option.some(seal(r)) : Option.none());
    }

    // ---- parts --------------------------------------------------------------------------------------------------

    static ObjectNode terms(AccountTerms terms) {
        ObjectNode node = Json.object();
        ObjectNode cycle = node.putObject("billingCycle");
        cycle.put("startDay", terms.billingCycle().startDay());
        cycle.put("zone", terms.billingCycle().zone().getId());
        node.put("creditLimitFen", terms.creditLimit().fen());
        node.put("arrearsGracePeriod", terms.arrearsGracePeriod().toString());
        ArrayNode thresholds = node.putArray("spendAlertThresholdsFen");
        terms.spendAlertThresholds().forEach(t -> thresholds.add(t.fen()));
        if (!terms.dunning().equals(DunningSchedule.SINGLE_STEP)) {   // absent on the default schedule
            node.set("dunning", DunningJson.dunning(terms.dunning()));
        }
        return node;
    }

    static AccountTerms terms(JsonReader r) {
        JsonReader cycle = r.object("billingCycle");
        BillingCycle billingCycle = new BillingCycle(cycle.intValue("startDay"),
                cycle.parsed("zone", ZoneId::of, "a time zone id such as Asia/Shanghai"));
        return new AccountTerms(billingCycle, money(r, "creditLimitFen"), r.duration("arrearsGracePeriod"),
                r.longs("spendAlertThresholdsFen").map(Money::ofFen),
                r.optionalObject("dunning").map(DunningJson::dunning).getOrElse(DunningSchedule.SINGLE_STEP));
    }

    static ObjectNode entry(LedgerEntry entry) {
        ObjectNode node = Json.object();
        if (entry instanceof LedgerEntry.Adjustment adjustment) {
            node.put("kind", "ADJUSTMENT");
            node.put("direction", DIRECTIONS.name(adjustment.direction()));
        } else {
            node.put("kind", entryKind(entry));
        }
        node.put("reference", entry.reference().value());
        node.put("amountFen", entry.amount().fen());
        if (entry instanceof LedgerEntry.Adjustment adjustment) {
            node.put("corrects", adjustment.corrects().value());
            node.put("reason", adjustment.reason());
        }
        node.put("postedAt", entry.postedAt().toString());
        return node;
    }

    static String entryKind(LedgerEntry entry) {
        if (entry instanceof LedgerEntry.Charge) {
            return "CHARGE";
        } else if (entry instanceof LedgerEntry.Payment) {
            return "PAYMENT";
        } else if (entry instanceof LedgerEntry.CompensationCredit) {
            return "COMPENSATION_CREDIT";
        }
        return "ADJUSTMENT";
    }

    static LedgerEntry entry(JsonReader r) {
        String kind = r.text("kind");
        EntryReference reference = reference(r, "reference");
        Money amount = money(r, "amountFen");
        return switch (kind) {
            case "CHARGE" -> new LedgerEntry.Charge(reference, amount, r.instant("postedAt"));
            case "PAYMENT" -> new LedgerEntry.Payment(reference, amount, r.instant("postedAt"));
            case "COMPENSATION_CREDIT" -> new LedgerEntry.CompensationCredit(reference, amount, r.instant("postedAt"));
            case "ADJUSTMENT" -> new LedgerEntry.Adjustment(reference, DIRECTIONS.read(r, "direction"), amount,
                    reference(r, "corrects"), r.text("reason"), r.instant("postedAt"));
            default -> throw r.invalidField("kind", kind, "one of CHARGE, PAYMENT, COMPENSATION_CREDIT, ADJUSTMENT");
        };
    }

    static <E extends LedgerEntry> E entry(JsonReader r, String field, Class<E> kind, String kindName) {
        LedgerEntry entry = entry(r.object(field));
        if (!kind.isInstance(entry)) {
            throw r.object(field).invalidField("kind", entryKind(entry), kindName);
        }
        return kind.cast(entry);
    }

    static EntryReference reference(JsonReader r, String field) {
        return r.parsed(field, EntryReference::of, "an entry reference (not blank)");
    }

    static Money money(JsonReader r, String field) {
        return Money.ofFen(r.longValue(field));
    }

    static ObjectNode cycle(CyclePeriod cycle) {
        ObjectNode node = Json.object();
        node.put("start", cycle.start().toString());
        node.put("end", cycle.end().toString());
        return node;
    }

    static CyclePeriod cycle(JsonReader r) {
        return r.build("end", () -> new CyclePeriod(r.date("start"), r.date("end")));
    }

    // ---- outbox -------------------------------------------------------------------------------------------------

    /**
     * The outbox messages of a change saved as {@code version}: one per event, in order, with deterministic ids
     * ({@code account/<id>/<version>/<index>}) and the event's JSON as payload. What an adapter appends to its
     * outbox in the transaction of the save.
     */
    public static Seq<OutboxMessage> outboxMessages(AccountId id, long version, Seq<AccountEvent> events) {
        return Json.outboxMessages(ACCOUNT_TYPE, id.value(), version, events, AccountEventJson::eventType, AccountEvent::occurredAt,
                AccountEventJson::writeEvent);
    }

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
    public static RestoreError unsealed(String accountId, Seq<Option<LedgerSeal>> seals, Option<LedgerSeal> head) {
        return UnsealedLedgerJson.unsealed(accountId, seals, head);
    }

    /**
     * Whether a ledger entry as a store kept it ({@link #writeEntry}'s shape) has no seal at all: one stored before
     * ledger seals. False for anything else, including text that is not an entry.
     */
    public static boolean isUnsealedEntry(String json) {
        return UnsealedLedgerJson.isUnsealedEntry(json);
    }

    /** A ledger entry stored before ledger seals ({@link #writeEntry}'s shape without sequence and hash). */
    public static Either<JsonError, LedgerEntry> readUnsealedEntry(String json) {
        return UnsealedLedgerJson.readUnsealedEntry(json);
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
    public static Either<JsonError, String> reseal(String json) {
        return UnsealedLedgerJson.reseal(json);
    }

    /** The event's stable type name, the {@code type} field of its JSON: {@code "PaymentPosted"}. */
    public static String eventType(AccountEvent event) {
        return AccountEventJson.eventType(event);
    }

    /** The event as JSON (see the class comment for the names). */
    public static String writeEvent(AccountEvent event) {
        return AccountEventJson.writeEvent(event);
    }

    /** The event this JSON describes. */
    public static Either<JsonError, AccountEvent> readEvent(String json) {
        return AccountEventJson.readEvent(json);
    }
}
