package org.telecrm.persistence.tck;

import io.vavr.collection.Seq;
import org.telecrm.account.Account;
import org.telecrm.account.AccountEvent;

/**
 * An account reached through the public API, and every event its commands raised on the way, oldest first.
 *
 * @param account the account after the last accepted command
 * @param events  the events of every accepted command, from the opening on
 */
public record AccountHistory(Account account, Seq<AccountEvent> events) {
}
