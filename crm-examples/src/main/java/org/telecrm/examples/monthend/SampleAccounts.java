package org.telecrm.examples.monthend;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.telecrm.account.Account;
import org.telecrm.account.AccountEvent;
import org.telecrm.account.AccountId;
import org.telecrm.account.AccountTerms;
import org.telecrm.account.DunningSchedule;
import org.telecrm.account.EntryReference;
import org.telecrm.account.PaymentPlan;
import org.telecrm.account.group.AllocationRule;
import org.telecrm.account.group.BillingGroup;
import org.telecrm.account.group.BillingGroupEvent;
import org.telecrm.account.group.BillingGroupId;
import org.telecrm.customer.CustomerId;
import org.telecrm.kernel.Changed;
import org.telecrm.money.Money;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;

import static org.telecrm.examples.monthend.SampleProvince.at;
import static org.telecrm.examples.monthend.SampleProvince.ok;
import static org.telecrm.examples.monthend.SampleProvince.then;

/**
 * The sample province's billing: each account with seven months of charges and payments on the province's staged
 * dunning schedule (some key accounts on their own, a contract term), its arrears scenario, a few payment plans, and
 * each key account's billing group, its headquarters paying for its branch's account with a unified payment of the
 * month. Every number here is sample data, not from the sources (rules.md section 7 and seed 000 name suspension for
 * arrears and re-opening on payment only).
 */
final class SampleAccounts {

    /** The province's schedule for every sample account: the library sample, reminder on day 1, 单停 3, 双停 10. */
    static final DunningSchedule PROVINCE_SCHEDULE = DunningSchedule.SAMPLE_STAGED;
    /**
     * A key account's own schedule, a term of its contract (sample): reminded at once, partially suspended from the
     * grace period's end for 15 days, so suspended on day 18 rather than 10.
     */
    static final DunningSchedule KEY_ACCOUNT_SCHEDULE = DunningSchedule.SINGLE_STEP.withReminderAfter(Duration.ZERO)
            .withPartialSuspensionFor(Duration.ofDays(15));
    /** One key account in this many (unit 0, 3, 6, ...) has its own schedule on its headquarters' account. */
    static final int OWN_SCHEDULE_EVERY = 3;
    /** One group in this many (unit 1, 4, 7, ... from 3A) pays only part of the month's bills. */
    static final int PARTIAL_PAYMENT_EVERY = 3;
    /** The part of the month's bills such a group pays: two thirds, and a fen, so that the allocation rounds. */
    static final long PARTIAL_NUMERATOR = 2;
    static final long PARTIAL_DENOMINATOR = 3;
    /** The hour (Beijing time) of the month's last day at which the groups' unified payments are received. */
    static final int UNIFIED_PAYMENT_HOUR = 16;

    /**
     * How an account stands with its bills: paid every month; the month's bill unpaid (within the limit); over the
     * limit from the 2nd (unpaid: suspended), from the 2nd and paid on the 20th (re-opened), from the 18th, from the
     * day before the month's last (reminded); or over the limit from the 2nd with a payment plan of two instalments
     * (the 15th of this month and of the next) agreed on the 4th, kept (the first instalment paid on the 14th) or
     * broken (nothing paid).
     */
    enum Arrears { NONE, UNPAID, OVER_EARLY, OVER_PAID, OVER_LATE, OVER_LAST_DAYS, PLAN_KEPT, PLAN_BROKEN }

    private final YearMonth month;

    SampleAccounts(YearMonth month) {
        this.month = month;
    }

    /** The arrears scenario of unit {@code n}'s headquarters. */
    static Arrears headquarters(int n) {
        return switch (n % 7) {
            case 3 -> Arrears.OVER_EARLY;      // suspended at month end
            case 5 -> Arrears.OVER_PAID;       // suspended, then paid: re-opened
            case 6 -> Arrears.OVER_LATE;       // partially suspended on its own schedule, suspended on the province's
            default -> Arrears.UNPAID;         // the month's bill is paid after the month
        };
    }

    /** The arrears scenario of unit {@code n}'s commercial customer. */
    static Arrears commercial(int n) {
        if (n % 10 == 1) {
            return Arrears.PLAN_KEPT;
        }
        if (n % 20 == 6) {
            return Arrears.PLAN_BROKEN;
        }
        return n % 5 == 1 ? Arrears.OVER_EARLY : n % 5 == 3 ? Arrears.OVER_LAST_DAYS : Arrears.NONE;
    }

    /** Whether unit {@code n}'s headquarters' account has the key account's own dunning schedule. */
    static boolean ownSchedule(int n) {
        return n % OWN_SCHEDULE_EVERY == 0;
    }

    Changed<Account, AccountEvent> account(AccountId id, CustomerId owner, long monthlyYuan, long lastMonthYuan,
                                           Arrears arrears, DunningSchedule schedule, Instant opened) {
        Money limit = Money.ofYuan(Math.max(1000, monthlyYuan * 3));
        Changed<Account, AccountEvent> account = ok(Account.open(id, owner, AccountTerms.withCreditLimit(limit)
                .withDunning(schedule), opened));
        for (int m = 6; m >= 0; m--) {
            YearMonth billed = month.minusMonths(m);
            long yuan = m == 0 ? lastMonthYuan : monthlyYuan;
            String bill = "BILL-" + id.value() + "-" + billed;
            account = then(account, account.state().postCharge(EntryReference.of(bill), Money.ofYuan(yuan),
                    at(billed.atDay(1), 10, 0)));
            if (m == 0 && arrears.ordinal() >= Arrears.OVER_EARLY.ordinal()) {
                // a one-off charge above the credit limit, unpaid: dunned as the schedule says
                int day = arrears == Arrears.OVER_LATE ? 18
                        : arrears == Arrears.OVER_LAST_DAYS ? billed.lengthOfMonth() - 1 : 2;
                Money oneOff = limit.plus(Money.ofYuan(yuan));
                account = then(account, account.state().postCharge(EntryReference.of(bill + "-X"), oneOff,
                        at(billed.atDay(day), 10, 0)));
                account = outcome(account, arrears, billed, bill, oneOff);
            }
            if (m > 0 || arrears == Arrears.NONE) {
                account = then(account, account.state().postPayment(EntryReference.of("PAY-" + id.value() + "-" + billed),
                        Money.ofYuan(yuan), at(billed.atDay(12), 15, 0)));
            }
        }
        return account;
    }

    /** What follows the one-off charge: a payment on the 20th, or a payment plan kept or broken. */
    private Changed<Account, AccountEvent> outcome(Changed<Account, AccountEvent> account, Arrears arrears,
                                                   YearMonth billed, String bill, Money oneOff) {
        String id = account.state().getId().value();
        if (arrears == Arrears.OVER_PAID) {
            // posted after the grace period: partially suspended (单停); paid on the 20th: re-opened
            account = then(account, account.state().postCharge(EntryReference.of(bill + "-Y"), Money.ofYuan(10),
                    at(billed.atDay(8), 10, 0)));
            return then(account, account.state().postPayment(EntryReference.of("PAY-" + id + "-" + billed + "-X"),
                    oneOff.plus(Money.ofYuan(10)), at(billed.atDay(20), 15, 0)));
        }
        if (arrears == Arrears.PLAN_KEPT || arrears == Arrears.PLAN_BROKEN) {
            Money above = account.state().balanceOwed().minus(account.state().terms().creditLimit());
            Money first = Money.ofFen(above.fen() / 2);
            account = then(account, account.state().agreePaymentPlan(EntryReference.of("PLAN-" + id + "-" + billed),
                    List.of(new PaymentPlan.Instalment(at(billed.atDay(15), 23, 0), first),
                            new PaymentPlan.Instalment(at(billed.plusMonths(1).atDay(15), 23, 0), above.minus(first))),
                    at(billed.atDay(4), 10, 0)));
            if (arrears == Arrears.PLAN_KEPT) {
                account = then(account, account.state().postPayment(EntryReference.of("PAY-" + id + "-" + billed
                        + "-I1"), first, at(billed.atDay(14), 15, 0)));
            }
        }
        return account;
    }

    // ---- groups ------------------------------------------------------------------------------------------------

    /** The group of unit {@code n}: its headquarters pays for the branch's account, by a named rule. */
    static BillingGroupId groupId(String city, String unit) {
        return BillingGroupId.of("G-" + city + "-" + unit);
    }

    /**
     * Unit {@code n}'s group: pro rata to the debts for even units, the branch's bill first for odd ones; formed when
     * the accounts were opened.
     */
    Changed<BillingGroup, BillingGroupEvent> group(int n, BillingGroupId id, AccountId headquarters, AccountId branch,
                                                   Instant formed) {
        AllocationRule rule = n % 2 == 0 ? AllocationRule.PRO_RATA : new AllocationRule.InOrder(List.of(branch));
        Changed<BillingGroup, BillingGroupEvent> group = BillingGroup.form(id, headquarters, rule, formed);
        return then(group, group.state().cover(branch, formed));
    }

    /**
     * The month's unified payment of unit {@code n}'s group: the month's bills of the headquarters and the branch
     * ({@code bills} yuan), or for one group in {@link #PARTIAL_PAYMENT_EVERY} two thirds of them and a fen; received
     * on the month's last day.
     */
    UnifiedPayment unifiedPayment(int n, BillingGroupId group, long bills) {
        Money amount = Money.ofYuan(bills);
        if (n % PARTIAL_PAYMENT_EVERY == 1) {
            amount = Money.ofFen(amount.fen() * PARTIAL_NUMERATOR / PARTIAL_DENOMINATOR + 1);
        }
        return new UnifiedPayment(group, EntryReference.of("PAY-" + group.value() + "-" + month), amount,
                at(month.atEndOfMonth(), UNIFIED_PAYMENT_HOUR, 0));
    }

    /** The unit a sample group belongs to, when {@code group} is one the sample names. */
    static Option<Integer> unitOf(BillingGroupId group) {
        String[] parts = group.value().split("-");
        if (parts.length != 3 || !parts[0].equals("G") || !parts[2].matches("\\d{6}")) {
            return Option.none();
        }
        int n = Integer.parseInt(parts[2]);
        return SampleProvince.CITIES.get(n % SampleProvince.CITIES.size()).equals(parts[1]) ? Option.some(n)
                : Option.none();
    }
}
