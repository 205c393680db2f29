package org.telecrm.persistence.memory;

import org.telecrm.persistence.PageRequest;
import org.telecrm.persistence.outbox.OutboxMessage;
import org.telecrm.persistence.protection.PersonalDataKeys;
import org.telecrm.persistence.tck.PersonalDataContract;

/**
 * The embedded default passes the kit's protection of personal data. Its aggregates are objects in this process's
 * memory, not a stored form; what it holds as text is the outbox, which is what is scanned.
 */
class InMemoryPersonalDataTest extends PersonalDataContract {

    @Override
    protected Ports emptyStore(PersonalDataKeys keys) {
        InMemoryStorage storage = new InMemoryStorage(keys);
        return new Ports(storage.customers(), storage.accounts(), storage.outbox(), storage.keyRotation(),
                () -> storage.outbox().pending(PageRequest.MAX_SIZE).map(OutboxMessage::toString).mkString("\n"));
    }
}
