package org.telecrm.persistence.accounts;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.telecrm.account.Account;
import org.telecrm.account.AccountEvent;
import org.telecrm.account.AccountId;
import org.telecrm.customer.CustomerId;
import org.telecrm.kernel.Changed;
import org.telecrm.persistence.Page;
import org.telecrm.persistence.PageRequest;
import org.telecrm.persistence.SaveConflict;
import org.telecrm.persistence.Versioned;

/**
 * The billing accounts a host stores: load by identifier, save with the expected version (optimistic concurrency),
 * and the queries a host needs. Saving appends the change's events to the outbox in the same transaction (see
 * {@link org.telecrm.persistence.Transactions}). Loading rebuilds the account with {@link Account#restore}: no
 * rule runs, no event is raised. Infrastructure failures are {@link org.telecrm.persistence.StorageFailure}s.
 *
 * <pre>{@code
 * Changed<Account, AccountEvent> opened = Account.open(id, CustomerId.of("C-1"),
 *         AccountTerms.withCreditLimit(Money.ofYuan(100)), t0).get();
 * accounts.save(opened, Versioned.NEW);                               // Right(1), AccountOpened in the outbox
 * Versioned<Account> loaded = accounts.load(id).get();                // version 1
 * accounts.save(opened, Versioned.NEW).isLeft();                      // true: a SaveConflict, nothing written
 * accounts.byCustomer(CustomerId.of("C-1"), PageRequest.first(50)).items();   // [loaded]
 * }</pre>
 */
public interface Accounts {

    /** The stable type name of accounts in conflicts, event ids and JSON. */
    String TYPE = "account";

    /** The account with this id as stored, with its version; none when there is none. */
    Option<Versioned<Account>> load(AccountId id);

    /**
     * Stores {@code account} when the store holds it at {@code expectedVersion} ({@link Versioned#NEW} when it must
     * not exist yet) and appends {@code events} (oldest first) to the outbox, all in one transaction. Returns the new
     * version ({@code expectedVersion + 1}), or a {@link SaveConflict} naming both versions with nothing written.
     */
    Either<SaveConflict, Long> save(Account account, long expectedVersion, Seq<AccountEvent> events);

    /** {@link #save(Account, long, Seq)} of a command's outcome. */
    default Either<SaveConflict, Long> save(Changed<Account, AccountEvent> change, long expectedVersion) {
        return save(change.state(), expectedVersion, change.events());
    }

    /** The accounts a customer owns, ordered by account id, a page at a time. */
    Page<Versioned<Account>> byCustomer(CustomerId customer, PageRequest page);
}
