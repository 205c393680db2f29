package org.telecrm.persistence;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import org.junit.jupiter.api.Test;
import org.telecrm.account.Account;
import org.telecrm.account.AccountEvent;
import org.telecrm.account.AccountId;
import org.telecrm.account.AccountRejection;
import org.telecrm.account.AccountTerms;
import org.telecrm.account.EntryReference;
import org.telecrm.customer.CustomerId;
import org.telecrm.kernel.Changed;
import org.telecrm.money.Money;
import org.telecrm.persistence.accounts.Accounts;
import org.telecrm.persistence.json.AccountJson;
import org.telecrm.persistence.memory.InMemoryStorage;
import org.telecrm.persistence.outbox.OutboxMessage;

import java.time.Instant;
import java.util.ArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The snippets of the README section "Plugging in storage", exactly as they run. */
class StorageReadmeTest {

    @Test
    void the_ports_snippets_run_as_documented() {
        InMemoryStorage storage = new InMemoryStorage();
        Accounts accounts = storage.accounts();
        Instant t0 = Instant.parse("2026-07-01T01:00:00Z");
        AccountId id = AccountId.of("A-1");

        Changed<Account, AccountEvent> opened = Account.open(id, CustomerId.of("C-1"),
                AccountTerms.withCreditLimit(Money.ofYuan(100)), t0).get();
        assertEquals(Either.right(1L), accounts.save(opened, Versioned.NEW));

        Versioned<Account> loaded = accounts.load(id).get();
        assertEquals(1L, loaded.version());
        Changed<Account, AccountEvent> charged = loaded.aggregate()
                .postCharge(EntryReference.of("B-2026-06"), Money.ofYuan(30), t0).get();
        assertEquals(Either.right(2L), accounts.save(charged, loaded.version()));
        assertEquals("account A-1 was saved concurrently: expected version 1, stored version 2",
                accounts.save(charged, loaded.version()).getLeft().message());

        Either<String, Long> result = storage.transactions().inTransaction(() ->
                accounts.load(id).toEither("no such account")
                        .flatMap(v -> v.aggregate().postPayment(EntryReference.of("PAY-1"), Money.ofYuan(30), t0)
                                .mapLeft(AccountRejection::message)
                                .flatMap(changed -> accounts.save(changed, v.version()).mapLeft(SaveConflict::message))));
        assertEquals(Either.right(3L), result);
        assertEquals(Money.ZERO, accounts.load(id).get().aggregate().balanceOwed());

        java.util.List<String> published = new ArrayList<>();
        Seq<OutboxMessage> batch = storage.outbox().pending(100);
        batch.forEach(m -> published.add(m.id().value() + " " + m.type()));
        storage.outbox().markDelivered(batch.map(OutboxMessage::id));
        assertEquals(List.of("account/A-1/1/0 account.AccountOpened", "account/A-1/2/0 account.ChargePosted",
                "account/A-1/3/0 account.PaymentPosted"), List.ofAll(published));
        assertEquals(0, storage.outbox().pending(100).size());
    }

    @Test
    void the_json_snippet_runs_as_documented() {
        assertEquals("owner is missing", AccountJson.read("{\"schemaVersion\":1,\"id\":\"A-1\"}").getLeft().message());
    }
}
