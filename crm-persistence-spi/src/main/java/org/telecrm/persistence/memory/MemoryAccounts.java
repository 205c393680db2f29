package org.telecrm.persistence.memory;

import io.vavr.Tuple;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.SortedSet;
import io.vavr.collection.TreeSet;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.telecrm.account.Account;
import org.telecrm.account.AccountEvent;
import org.telecrm.account.AccountId;
import org.telecrm.customer.CustomerId;
import org.telecrm.persistence.Page;
import org.telecrm.persistence.PageRequest;
import org.telecrm.persistence.SaveConflict;
import org.telecrm.persistence.Versioned;
import org.telecrm.persistence.accounts.Accounts;
import org.telecrm.persistence.accounts.LedgerRewriteRefused;
import org.telecrm.persistence.json.AccountJson;

import java.util.Objects;

/** The in-memory store's accounts, by id, with the index by owner. */
final class MemoryAccounts implements Accounts {

    private final InMemoryStorage store;

    MemoryAccounts(InMemoryStorage store) {
        this.store = store;
    }

    @Override
    public Option<Versioned<Account>> load(AccountId id) {
        return store.read().accounts().get(Objects.requireNonNull(id, "id"));
    }

    @Override
    public Either<SaveConflict, Long> save(Account account, long expectedVersion, Seq<AccountEvent> events) {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(events, "events");
        return store.write(state -> {
            long actual = state.accounts().get(account.getId()).map(Versioned::version).getOrElse(0L);
            if (actual != expectedVersion) {
                return Either.left(new SaveConflict(TYPE, account.getId().value(), expectedVersion, actual));
            }
            long version = expectedVersion + 1;
            Map<CustomerId, SortedSet<AccountId>> byOwner = state.accountsByOwner();
            Option<Versioned<Account>> previous = state.accounts().get(account.getId());
            previous.forEach(stored -> LedgerRewriteRefused.requireAppendOnly(stored.aggregate(), account));
            if (previous.isDefined() && !previous.get().aggregate().owner().equals(account.owner())) {
                CustomerId old = previous.get().aggregate().owner();
                byOwner = byOwner.put(old, byOwner.get(old).get().remove(account.getId()));
            }
            byOwner = byOwner.put(account.owner(), byOwner.get(account.owner())
                    .getOrElse(TreeSet.empty()).add(account.getId()));
            InMemoryStorage.State next = state.withAccounts(
                            state.accounts().put(account.getId(), new Versioned<>(account, version)), byOwner)
                    .append(AccountJson.outboxMessages(account.getId(), version, events));
            return Either.right(Tuple.of(next, version));
        });
    }

    @Override
    public Page<Versioned<Account>> byCustomer(CustomerId customer, PageRequest page) {
        InMemoryStorage.State state = store.read();
        SortedSet<String> ids = state.accountsByOwner().get(Objects.requireNonNull(customer, "customer"))
                .map(set -> (SortedSet<String>) TreeSet.ofAll(set.map(AccountId::value)))
                .getOrElse(TreeSet.empty());
        return InMemoryStorage.page(ids, page, id -> state.accounts().get(AccountId.of(id)).get());
    }
}
