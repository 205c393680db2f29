package org.telecrm.persistence.jdbc;

import io.vavr.collection.List;
import io.vavr.control.Either;
import org.junit.jupiter.api.Test;
import org.telecrm.account.Account;
import org.telecrm.account.AccountEvent;
import org.telecrm.account.AccountId;
import org.telecrm.account.AccountTerms;
import org.telecrm.customer.CustomerId;
import org.telecrm.kernel.Changed;
import org.telecrm.money.Money;
import org.telecrm.persistence.Versioned;
import org.telecrm.persistence.accounts.Accounts;
import org.telecrm.persistence.protection.PersonalDataKeys;

import javax.sql.DataSource;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The snippet of the README section "The JDBC adapter", as it runs (on H2 here, where the README says PostgreSQL). */
class JdbcReadmeTest {

    @Test
    void the_jdbc_adapter_snippet_runs_as_documented() {
        AccountId id = AccountId.of("A-1");
        Changed<Account, AccountEvent> opened = Account.open(id, CustomerId.of("C-1"),
                AccountTerms.withCreditLimit(Money.ofYuan(100)), Instant.parse("2026-07-01T01:00:00Z")).get();

        DataSource dataSource = new ConnectionSettings(Database.H2, "jdbc:h2:mem:readme;DB_CLOSE_DELAY=-1", "sa", "")
                .pool("crm", 10);
        PersonalDataKeys keys = TestDatabase.KEYS;   // the host's, from its key management service
        JdbcStorage storage = JdbcStorage.migrate(dataSource, keys);
        Accounts accounts = storage.accounts();
        assertEquals(Either.right(1L), accounts.save(opened, Versioned.NEW));
        assertEquals(new Versioned<>(opened.state(), 1), accounts.load(id).get());
        assertEquals(List.of("account/A-1/1/0"), storage.outbox().pending(100).map(m -> m.id().value()).toList());
        assertEquals(Either.right(2L), storage.inTransaction(() -> accounts.save(opened.state()
                .postPayment(org.telecrm.account.EntryReference.of("PAY-1"), Money.ofYuan(1),
                        Instant.parse("2026-07-02T01:00:00Z")).get(), 1)));
    }
}
