package org.telecrm.account;

import io.vavr.control.Either;
import org.telecrm.customer.CustomerId;
import org.telecrm.kernel.Changed;
import org.telecrm.money.Money;

import java.time.Duration;
import java.time.Instant;

/** Test fixtures for accounts: opening, and unwrapping a command's result with a readable failure. */
final class Accounts {

    static final AccountId ID = AccountId.of("A-0755-88001234");
    static final CustomerId OWNER = CustomerId.of("C-440300-000123");
    /** 2026-07-01 09:00 in Shanghai. */
    static final Instant T0 = Instant.parse("2026-07-01T01:00:00Z");

    private Accounts() {
    }

    /** {@code days} whole days after {@link #T0}. */
    static Instant day(long days) {
        return T0.plus(Duration.ofDays(days));
    }

    static Account open(AccountTerms terms) {
        return accepted(Account.open(ID, OWNER, terms, T0)).state();
    }

    /** An account with this credit limit in yuan, the default 3 days' grace, calendar-month cycles. */
    static Account withLimit(long yuan) {
        return open(AccountTerms.withCreditLimit(Money.ofYuan(yuan)));
    }

    static EntryReference ref(String value) {
        return EntryReference.of(value);
    }

    static Changed<Account, AccountEvent> accepted(Either<AccountRejection, Changed<Account, AccountEvent>> result) {
        return result.getOrElseGet(rejection -> {
            throw new AssertionError("refused: " + rejection.message());
        });
    }

    static AccountRejection refused(Either<AccountRejection, Changed<Account, AccountEvent>> result) {
        return result.swap().getOrElseGet(changed -> {
            throw new AssertionError("accepted: " + changed.events());
        });
    }

    static Account charge(Account account, String reference, long yuan, Instant at) {
        return accepted(account.postCharge(ref(reference), Money.ofYuan(yuan), at)).state();
    }

    static Account pay(Account account, String reference, long yuan, Instant at) {
        return accepted(account.postPayment(ref(reference), Money.ofYuan(yuan), at)).state();
    }
}
