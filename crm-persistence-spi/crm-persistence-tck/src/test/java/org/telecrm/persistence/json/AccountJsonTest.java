package org.telecrm.persistence.json;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.telecrm.account.Account;
import org.telecrm.account.AccountEvent;
import org.telecrm.account.AccountId;
import org.telecrm.account.AccountState;
import org.telecrm.account.AccountStatus;
import org.telecrm.account.AccountTerms;
import org.telecrm.account.BillingCycle;
import org.telecrm.account.DunningSchedule;
import org.telecrm.account.EntryReference;
import org.telecrm.account.LedgerEntry;
import org.telecrm.account.PaymentPlan;
import org.telecrm.customer.CustomerId;
import org.telecrm.money.Money;
import org.telecrm.persistence.tck.AccountGenerators;
import org.telecrm.persistence.tck.AccountHistory;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

class AccountJsonTest {

    @Provide
    Arbitrary<AccountHistory> histories() {
        return AccountGenerators.histories();
    }

    @Property(tries = 300)
    void an_account_reads_back_equal_to_what_was_written(@ForAll("histories") AccountHistory history) {
        assertEquals(Either.right(history.account()), AccountJson.read(AccountJson.write(history.account())));
    }

    @Property(tries = 300)
    void every_event_reads_back_equal_to_what_was_written(@ForAll("histories") AccountHistory history) {
        assertEquals(history.events(), history.events().map(e -> AccountJson.readEvent(AccountJson.writeEvent(e)).get()));
    }

    @Property(tries = 100)
    void every_ledger_entry_on_its_own_reads_back_equal_to_what_was_written(
            @ForAll("histories") AccountHistory history) {
        Account account = history.account();
        List<AccountJson.StoredEntry> entries = account.ledger().entries()
                .zipWith(account.ledger().seals(), AccountJson.StoredEntry::new).toList();
        assertEquals(entries, entries.map(e -> AccountJson.readEntry(AccountJson.writeEntry(e.entry(), e.seal())).get()));
    }

    /** The documented document of the class comment: the stable names, checked both ways. */
    /** The SHA-256 chain of the documented ledger: pinned, since stored ledgers are checked against it. */
    static final String H1 = "a7457c3f4848be76cd3ac20a0a0948c2c6d115b555be7e6d7d9411aa9e9b2cd5";
    static final String H2 = "02558c057b8e06839f4f6f8f75627c8d92c2d67c84bb241c3ce17587061440c2";

    static final String DOCUMENTED = "{\"schemaVersion\":1,\"id\":\"A-1\",\"owner\":\"C-1\","
            + "\"openedAt\":\"2026-07-01T01:00:00Z\",\"terms\":{\"billingCycle\":{\"startDay\":1,"
            + "\"zone\":\"Asia/Shanghai\"},\"creditLimitFen\":10000,\"arrearsGracePeriod\":\"PT72H\","
            + "\"spendAlertThresholdsFen\":[100000]},\"status\":{\"state\":\"ACTIVE\","
            + "\"since\":\"2026-07-01T01:00:00Z\"},\"ledger\":[{\"sequence\":1,\"hash\":\"" + H1 + "\","
            + "\"kind\":\"CHARGE\",\"reference\":\"B-1\","
            + "\"amountFen\":30000,\"postedAt\":\"2026-07-01T01:00:00Z\"},{\"sequence\":2,\"hash\":\"" + H2 + "\","
            + "\"kind\":\"ADJUSTMENT\","
            + "\"direction\":\"CREDIT\",\"reference\":\"ADJ-1\",\"amountFen\":500,\"corrects\":\"B-1\","
            + "\"reason\":\"rounding\",\"postedAt\":\"2026-07-02T01:00:00Z\"}],"
            + "\"ledgerHead\":{\"sequence\":2,\"hash\":\"" + H2 + "\"}}";

    static final Instant T0 = Instant.parse("2026-07-01T01:00:00Z");

    static final Account DOCUMENTED_ACCOUNT = Account.restore(AccountId.of("A-1"), CustomerId.of("C-1"),
            new AccountTerms(BillingCycle.CALENDAR_MONTH, Money.ofYuan(100), Duration.ofHours(72),
                    List.of(Money.ofYuan(1_000))),
            T0,
            List.of(new LedgerEntry.Charge(EntryReference.of("B-1"), Money.ofYuan(300), T0),
                    new LedgerEntry.Adjustment(EntryReference.of("ADJ-1"), LedgerEntry.Adjustment.Direction.CREDIT,
                            Money.ofYuan(5), EntryReference.of("B-1"), "rounding",
                            Instant.parse("2026-07-02T01:00:00Z"))),
            AccountStatus.of(AccountState.ACTIVE, T0)).get();

    @Nested
    class StableFieldNames {

        @Test
        void the_documented_account_json_is_what_is_written() {
            assertEquals(DOCUMENTED, AccountJson.write(DOCUMENTED_ACCOUNT));
        }

        @Test
        void the_documented_account_json_reads_back_to_the_account() {
            assertEquals(Either.right(DOCUMENTED_ACCOUNT), AccountJson.read(DOCUMENTED));
        }

        @Test
        void every_account_state_has_a_stored_name() {
            for (AccountState state : AccountState.values()) {
                Account account = Account.restore(AccountId.of("A-1"), CustomerId.of("C-1"),
                        AccountTerms.withCreditLimit(Money.ZERO), T0, List.empty(), AccountStatus.of(state, T0)).get();
                assertEquals(Either.right(account), AccountJson.read(AccountJson.write(account)));
            }
        }

        @Test
        void an_event_names_its_type_and_account() {
            AccountEvent closed = new AccountEvent.AccountClosed(AccountId.of("A-1"), CustomerId.of("C-1"), T0);
            assertEquals("{\"schemaVersion\":1,\"type\":\"AccountClosed\",\"account\":\"A-1\","
                    + "\"occurredAt\":\"2026-07-01T01:00:00Z\",\"owner\":\"C-1\"}", AccountJson.writeEvent(closed));
        }

        @Test
        void a_reopening_without_a_clearing_entry_has_no_cleared_by_field() {
            AccountEvent reopened = new AccountEvent.ReopenedAfterArrears(AccountId.of("A-1"), CustomerId.of("C-1"),
                    Option.none(), Money.ZERO, T0);
            assertEquals(Either.right(reopened), AccountJson.readEvent(AccountJson.writeEvent(reopened)));
        }
    }

    @Nested
    class StagedDunningPaymentPlansAndTermChanges {

        private final Account staged = Account.open(AccountId.of("A-1"), CustomerId.of("C-1"),
                        AccountTerms.withCreditLimit(Money.ofYuan(100)).withDunning(DunningSchedule.SAMPLE_STAGED), T0)
                .flatMap(c -> c.state().postCharge(EntryReference.of("B-1"), Money.ofYuan(300), T0))
                .flatMap(c -> c.state().reviewArrears(T0.plus(Duration.ofDays(1))))
                .flatMap(c -> c.state().changeCreditLimit(Money.ofYuan(150), T0.plus(Duration.ofDays(1))))
                .flatMap(c -> c.state().agreePaymentPlan(EntryReference.of("PLAN-1"), List.of(
                        new PaymentPlan.Instalment(T0.plus(Duration.ofDays(5)), Money.ofYuan(150))),
                        T0.plus(Duration.ofDays(2))))
                .get().state();

        @Test
        void the_schedule_the_limits_instant_and_the_plan_are_stored_and_read_back() {
            String json = AccountJson.write(staged);
            assertTrue(json.contains("\"dunning\":{\"reminderAfter\":\"PT24H\",\"partialSuspensionFor\":\"PT168H\"}"),
                    json);
            assertTrue(json.contains("\"creditLimitSince\":\"2026-07-02T01:00:00Z\""), json);
            assertTrue(json.contains("\"paymentPlan\":{\"reference\":\"PLAN-1\""), json);
            assertTrue(json.contains("\"state\":\"REMINDED\""), json);
            assertEquals(Either.right(staged), AccountJson.read(json));
            Account withoutLedger = AccountJson.readWithoutLedger(AccountJson.writeWithoutLedger(staged)).get();
            assertEquals(staged.paymentPlan(), withoutLedger.paymentPlan());
            assertEquals(staged.creditLimitSince(), withoutLedger.creditLimitSince());
            assertEquals(staged.terms(), withoutLedger.terms());
        }

        @Test
        void an_account_at_the_defaults_is_written_without_them() {
            Account plain = Account.open(AccountId.of("A-1"), CustomerId.of("C-1"),
                    AccountTerms.withCreditLimit(Money.ZERO), T0).get().state();
            String json = AccountJson.write(plain);
            assertFalse(json.contains("dunning") || json.contains("creditLimitSince") || json.contains("paymentPlan"),
                    json);
        }
    }

    @Nested
    class UnknownFieldsAreTolerated {

        @Test
        void at_the_root_and_inside_entries() {
            String withExtras = DOCUMENTED.replace("\"owner\":", "\"addedLater\":{\"x\":[1,2]},\"owner\":")
                    .replace("\"kind\":\"CHARGE\",", "\"kind\":\"CHARGE\",\"note\":\"n\",");
            assertEquals(Either.right(DOCUMENTED_ACCOUNT), AccountJson.read(withExtras));
        }
    }

    @Nested
    class MalformedJsonIsATypedErrorNamingTheField {

        private JsonError error(String json) {
            return AccountJson.read(json).getLeft();
        }

        @Test
        void not_json() {
            JsonError error = error("{\"schemaVersion\":1,");
            assertEquals("$", error.field());
            assertEquals(JsonError.Malformed.class, error.getClass());
        }

        @Test
        void not_an_object() {
            assertEquals(new JsonError.Malformed("$", "expected a JSON object"), error("[1]"));
        }

        @Test
        void a_missing_field() {
            assertEquals(new JsonError.Missing("owner"), error(DOCUMENTED.replace("\"owner\":\"C-1\",", "")));
            assertEquals("owner is missing", error(DOCUMENTED.replace("\"owner\":\"C-1\",", "")).message());
        }

        @Test
        void a_missing_nested_field_by_its_path() {
            assertEquals(new JsonError.Missing("ledger[1].amountFen"),
                    error(DOCUMENTED.replace("\"amountFen\":500,", "")));
            assertEquals(new JsonError.Missing("terms.billingCycle.zone"),
                    error(DOCUMENTED.replace(",\"zone\":\"Asia/Shanghai\"", "")));
        }

        @Test
        void a_null_field_is_missing() {
            assertEquals(new JsonError.Missing("status.since"),
                    error(DOCUMENTED.replace("\"since\":\"2026-07-01T01:00:00Z\"", "\"since\":null")));
        }

        @Test
        void a_field_of_the_wrong_type() {
            assertEquals(new JsonError.Invalid("terms.creditLimitFen", "\"100\"", "a whole number"),
                    error(DOCUMENTED.replace("\"creditLimitFen\":10000", "\"creditLimitFen\":\"100\"")));
            assertEquals(new JsonError.Invalid("terms.spendAlertThresholdsFen[0]", "1.5", "a whole number"),
                    error(DOCUMENTED.replace("[100000]", "[1.5]")));
        }

        @Test
        void a_value_that_does_not_parse() {
            assertEquals("openedAt", error(DOCUMENTED.replace("\"openedAt\":\"2026-07-01T01:00:00Z\"",
                    "\"openedAt\":\"yesterday\"")).field());
            assertEquals("terms.billingCycle.zone", error(DOCUMENTED.replace("Asia/Shanghai", "Mars/Olympus")).field());
            assertEquals("ledger[0].reference", error(DOCUMENTED.replace("\"B-1\",\"amountFen\"", "\" \",\"amountFen\""))
                    .field());
        }

        @Test
        void an_unknown_name() {
            assertEquals("ledger[0].kind", error(DOCUMENTED.replace("\"CHARGE\"", "\"GIFT\"")).field());
            assertEquals("status.state", error(DOCUMENTED.replace("\"ACTIVE\"", "\"ASLEEP\"")).field());
            assertEquals("ledger[1].direction", error(DOCUMENTED.replace("\"CREDIT\"", "\"SIDEWAYS\"")).field());
        }

        @Test
        void another_schema_version() {
            assertEquals(new JsonError.UnsupportedSchemaVersion("schemaVersion", 2, 1),
                    error(DOCUMENTED.replace("\"schemaVersion\":1", "\"schemaVersion\":2")));
            assertEquals(new JsonError.Missing("schemaVersion"),
                    error(DOCUMENTED.replace("\"schemaVersion\":1,", "")));
        }

        @Test
        void an_event_of_an_unknown_type_or_with_the_wrong_entry() {
            assertEquals("type", AccountJson.readEvent("{\"schemaVersion\":1,\"type\":\"Exploded\",\"account\":\"A-1\","
                    + "\"occurredAt\":\"2026-07-01T01:00:00Z\"}").getLeft().field());
            assertEquals(new JsonError.Invalid("entry.kind", "PAYMENT", "CHARGE"),
                    AccountJson.readEvent("{\"schemaVersion\":1,\"type\":\"ChargePosted\",\"account\":\"A-1\","
                            + "\"occurredAt\":\"2026-07-01T01:00:00Z\",\"balanceOwedFen\":0,\"entry\":{\"kind\":\"PAYMENT\","
                            + "\"reference\":\"P-1\",\"amountFen\":1,\"postedAt\":\"2026-07-01T01:00:00Z\"}}").getLeft());
        }
    }

    /** A ledger entry on its own, for a store that keeps entries as rows: the same JSON as inside the ledger array. */
    @Nested
    class LedgerEntriesOnTheirOwn {

        @Test
        void an_entry_is_written_as_the_ledger_array_holds_it() {
            String ledger = AccountJson.write(DOCUMENTED_ACCOUNT);
            DOCUMENTED_ACCOUNT.ledger().entries().zip(DOCUMENTED_ACCOUNT.ledger().seals()).forEach(sealed -> {
                String entry = AccountJson.writeEntry(sealed._1, sealed._2);
                assertEquals(true, ledger.contains(entry), entry);
            });
        }

        @Test
        void a_faulty_entry_is_a_typed_error_naming_the_field() {
            assertEquals(new JsonError.Missing("amountFen"),
                    AccountJson.readEntry("{\"kind\":\"CHARGE\",\"reference\":\"B-1\",\"postedAt\":\"2026-07-01T01:00:00Z\"}")
                            .getLeft());
            assertEquals("kind", AccountJson.readEntry("{\"kind\":\"GIFT\",\"reference\":\"B-1\",\"amountFen\":1,"
                    + "\"postedAt\":\"2026-07-01T01:00:00Z\"}").getLeft().field());
            String unsealed = "{\"kind\":\"CHARGE\",\"reference\":\"B-1\",\"amountFen\":1,"
                    + "\"postedAt\":\"2026-07-01T01:00:00Z\"}";
            assertEquals(new JsonError.Missing("sequence"), AccountJson.readEntry(unsealed).getLeft());
            assertEquals("hash", AccountJson.readEntry(unsealed.replace("{", "{\"sequence\":1,\"hash\":\"ABC\","))
                    .getLeft().field());
            assertEquals(JsonError.Malformed.class, AccountJson.readEntry("[]").getLeft().getClass());
        }
    }

    /** The hash chain: an entry altered, removed or moved in a stored document is refused, the last one included. */
    @Nested
    class ATamperedLedgerIsNotRestorable {

        private String problems(String json) {
            JsonError error = AccountJson.read(json).getLeft();
            assertEquals(JsonError.NotRestorable.class, error.getClass(), error.message());
            return error.message();
        }

        @Test
        void an_altered_amount_breaks_its_entrys_hash() {
            String message = problems(DOCUMENTED.replace("\"amountFen\":30000", "\"amountFen\":3000"));
            assertEquals(true, message.contains("entries[0].hash: does not match the entry"), message);
        }

        @Test
        void a_removed_entry_shifts_the_sequence() {
            String withoutFirst = DOCUMENTED.replaceFirst("\\{\"sequence\":1,[^}]*\\},", "");
            String message = problems(withoutFirst);
            assertEquals(true, message.contains("entries[0].sequence: must be 1, was 2"), message);
        }

        @Test
        void a_removed_last_entry_is_found_by_the_head() {
            Account paid = DOCUMENTED_ACCOUNT.postPayment(EntryReference.of("P-1"), Money.ofYuan(1),
                    Instant.parse("2026-07-03T01:00:00Z")).get().state();
            String json = AccountJson.write(paid);
            String withoutLast = json.replaceFirst(",\\{\"sequence\":3,[^}]*\\}\\]", "]");
            String message = problems(withoutLast);
            assertEquals(true, message.contains("ledgerHead: the ledger was saved ending at entry 3 but ends at entry 2:"
                    + " entries were removed from its end"), message);
        }

        @Test
        void two_entries_swapped_are_refused() {
            Account paid = DOCUMENTED_ACCOUNT.postPayment(EntryReference.of("P-1"), Money.ofYuan(1),
                    Instant.parse("2026-07-02T01:00:00Z")).get().state();
            Seq<LedgerEntry> swapped = paid.ledger().entries().update(1, paid.ledger().entries().get(2))
                    .update(2, paid.ledger().entries().get(1));
            assertEquals(true, Account.restore(paid.getId(), paid.owner(), paid.terms(), paid.openedAt(), swapped,
                    paid.ledger().seals(), paid.status()).isLeft());
        }

        @Test
        void the_head_and_seals_round_trip() {
            assertEquals(Either.right(DOCUMENTED_ACCOUNT.ledger().head()), AccountJson.ledgerHead(DOCUMENTED));
            assertEquals(DOCUMENTED_ACCOUNT.ledger().seals(),
                    AccountJson.read(DOCUMENTED).get().ledger().seals());
        }
    }
}
