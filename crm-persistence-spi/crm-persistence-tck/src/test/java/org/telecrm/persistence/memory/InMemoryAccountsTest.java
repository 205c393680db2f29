package org.telecrm.persistence.memory;

import org.telecrm.persistence.tck.AccountsContract;

/** The embedded default passes the accounts contract of the kit. */
class InMemoryAccountsTest extends AccountsContract {

    @Override
    protected Ports emptyStore() {
        InMemoryStorage storage = new InMemoryStorage();
        return new Ports(storage.accounts(), storage.transactions(), storage.outbox());
    }
}
