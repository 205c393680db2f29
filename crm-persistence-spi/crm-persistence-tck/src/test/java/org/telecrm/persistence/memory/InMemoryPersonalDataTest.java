package org.telecrm.persistence.memory;

import org.telecrm.persistence.protection.PersonalDataKeys;
import org.telecrm.persistence.tck.PersonalDataContract;

/**
 * The embedded default passes the kit's protection of personal data: it holds each customer's document sealed, as a
 * database adapter's rows, and the scan reads what it holds ({@code heldAsText}: documents, lookups, the outbox).
 */
class InMemoryPersonalDataTest extends PersonalDataContract {

    @Override
    protected Ports emptyStore(PersonalDataKeys keys) {
        InMemoryStorage storage = new InMemoryStorage(keys);
        return new Ports(storage.customers(), storage.accounts(), storage.outbox(), storage.keyRotation(),
                storage::heldAsText);
    }
}
