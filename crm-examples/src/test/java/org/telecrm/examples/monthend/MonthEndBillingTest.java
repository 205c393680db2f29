package org.telecrm.examples.monthend;

import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.telecrm.account.Account;
import org.telecrm.account.AccountId;
import org.telecrm.account.AccountState;
import org.telecrm.account.LedgerEntry;
import org.telecrm.account.group.AllocationRule;
import org.telecrm.account.group.BillingGroup;
import org.telecrm.account.group.GroupAllocation;
import org.telecrm.money.Money;
import org.telecrm.persistence.Versioned;
import org.telecrm.persistence.memory.InMemoryStorage;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.telecrm.examples.monthend.MonthEndTest.CALENDARS;
import static org.telecrm.examples.monthend.MonthEndTest.MARCH;
import static org.telecrm.examples.monthend.MonthEndTest.QUIET;

/**
 * The month-end's group billing and staged dunning on the sample province (30 key accounts, in memory): every unified
 * payment allocated to the fen by its group's rule, no account within its limit dunned, a key account's own schedule
 * followed, payment plans kept and broken, and the reports' group statements and dunning figure as the store has them.
 */
class MonthEndBillingTest {

    static final int UNITS = 30;
    static final SampleProvince SAMPLE = MonthEndTest.sample(2026);
    static final InMemoryStorage STORAGE = new InMemoryStorage();
    static final Ports PORTS = Ports.of(STORAGE);
    static final MonthEnd MONTH_END = new MonthEnd(PORTS, MARCH, CALENDARS, QUIET);
    static final MonthEnd.Changes CHANGES = MONTH_END.run(Option.some(SAMPLE.units(UNITS)), SAMPLE::unifiedPayments);
    /** When the dunning stage reviewed every account. */
    static final Instant REVIEWED = MONTH_END.asOf().plus(Duration.ofHours(4));

    static Seq<Account> accounts() {
        return List.ofAll(MonthEndReport.all(page -> PORTS.customers().byProvince(MonthEnd.PROVINCE, page)))
                .flatMap(c -> List.ofAll(MonthEndReport.all(page -> PORTS.accounts().byCustomer(c.aggregate().getId(),
                        page)))).map(Versioned::aggregate);
    }

    static Account account(AccountId id) {
        return PORTS.accounts().load(id).get().aggregate();
    }

    static Seq<BillingGroup> groups() {
        return accounts().flatMap(a -> List.ofAll(MonthEndReport.all(page -> PORTS.groups().paidBy(a.getId(), page))))
                .map(Versioned::aggregate);
    }

    static String unit(int n) {
        return SampleProvince.CITIES.get(n % SampleProvince.CITIES.size()) + "-" + String.format("%06d", n);
    }

    @Test
    void everyKeyAccountFrom3AHasItsHeadquartersPayingForItsBranchThroughAStoredGroupByANamedRule() {
        Seq<BillingGroup> groups = groups();
        Seq<Integer> from3A = List.range(0, UNITS).filter(n -> n % 5 >= 2);
        assertEquals(from3A.size(), groups.size());
        for (int n : from3A) {
            String city = SampleProvince.CITIES.get(n % 5);
            String unit = String.format("%06d", n);
            BillingGroup group = groups.find(g -> g.getId().equals(SampleAccounts.groupId(city, unit))).get();
            assertEquals(AccountId.of("A-" + city + "-K" + unit), group.headquarters());
            assertEquals(List.of(AccountId.of("A-" + city + "-B" + unit)), group.branches().toList());
        }
        assertTrue(groups.exists(g -> g.rule().equals(AllocationRule.PRO_RATA)));
        assertTrue(groups.exists(g -> g.rule() instanceof AllocationRule.InOrder));
    }

    @Test
    void eachUnifiedPaymentIsAllocatedByItsGroupsRuleNoFenLostOrCreated() {
        int partial = 0;
        for (BillingGroup group : groups()) {
            Seq<UnifiedPayment> payments = SAMPLE.unifiedPayments(group.getId());
            assertEquals(1, payments.size(), group.getId().value());
            UnifiedPayment payment = payments.head();
            Seq<Account> accounts = group.accounts().map(MonthEndBillingTest::account);
            Seq<LedgerEntry> shares = accounts.flatMap(a -> a.ledger().entries()).filter(e -> e.reference().value()
                    .startsWith(payment.reference().value() + "/"));
            assertTrue(shares.forAll(e -> e instanceof LedgerEntry.Payment && e.postedAt().equals(payment.receivedAt())));
            assertEquals(payment.amount(), shares.map(LedgerEntry::amount).fold(Money.ZERO, Money::plus),
                    group.getId() + ": the shares add up to the payment");
            // the shares are the rule's, over what each account owed before the payment
            GroupAllocation.Allocation expected = group.allocate(payment.amount(), HashMap.ofEntries(accounts.map(a ->
                    io.vavr.Tuple.of(a.getId(), BillingStages.owedBefore(a, payment.receivedAt()))))).get();
            assertEquals(BillingGroup.postings(payment.reference(), expected).map(p -> p.reference().value() + " "
                    + p.amount()).sorted(), shares.map(e -> e.reference().value() + " " + e.amount()).sorted());
            partial += payment.amount().fen() % 100 != 0 ? 1 : 0;
        }
        assertTrue(partial > 0, "some payments are partial, in fen, so the allocation rounds");
    }

    @Test
    void noAccountWithinItsLimitIsDunnedAndEveryStageIsReached() {
        Seq<Account> accounts = accounts();
        for (Account a : accounts) {
            assertTrue(!a.status().state().isDunning() || a.isOverLimit(), a.getId() + " is dunned within its limit");
        }
        for (AccountState stage : List.of(AccountState.REMINDED, AccountState.PARTIALLY_SUSPENDED,
                AccountState.SUSPENDED_FOR_ARREARS)) {
            assertTrue(accounts.exists(a -> a.status().is(stage)), stage.name());
        }
        // every account over its limit with no plan stands at the step its schedule has due when reviewed
        for (Account a : accounts.filter(a -> a.isOverLimit() && a.paymentPlan().isEmpty())) {
            assertEquals(a.dunningStageDue(REVIEWED), a.status().state(), a.getId().value());
        }
    }

    @Test
    void aKeyAccountOnItsOwnScheduleFollowsIt() {
        Seq<Account> own = accounts().filter(a -> a.terms().dunning().equals(SampleAccounts.KEY_ACCOUNT_SCHEDULE));
        assertEquals(List.range(0, UNITS).count(SampleAccounts::ownSchedule), own.size());
        assertTrue(own.forAll(a -> a.getId().value().contains("-K")), "headquarters' accounts only");
        // unit 27 (3A, its own schedule) went over its limit on the 18th: 单停 for 15 days by its contract, where the
        // province's schedule would have suspended it after 10
        Account late = account(AccountId.of("A-" + SampleProvince.CITIES.get(27 % 5) + "-K000027"));
        Duration over = Duration.between(late.overLimitSince().get(), REVIEWED);
        Duration grace = late.terms().arrearsGracePeriod();
        assertEquals(AccountState.PARTIALLY_SUSPENDED, late.status().state());
        assertEquals(AccountState.PARTIALLY_SUSPENDED, SampleAccounts.KEY_ACCOUNT_SCHEDULE.stageDue(over, grace));
        assertEquals(AccountState.SUSPENDED_FOR_ARREARS, SampleAccounts.PROVINCE_SCHEDULE.stageDue(over, grace));
        // unit 13 (on the province's schedule) went over on the 18th too: suspended
        Account province = account(AccountId.of("A-" + SampleProvince.CITIES.get(13 % 5) + "-K000013"));
        assertEquals(late.overLimitSince().get().atZone(SampleProvince.ZONE).toLocalDate(),
                province.overLimitSince().get().atZone(SampleProvince.ZONE).toLocalDate());
        assertEquals(AccountState.SUSPENDED_FOR_ARREARS, province.status().state());
    }

    @Test
    void aKeptPaymentPlanHoldsTheDunningAndABrokenOneResumesIt() {
        for (int n : List.of(1, 11, 21)) {
            Account kept = account(AccountId.of("A-" + SampleProvince.CITIES.get(n % 5) + "-M" + String.format("%06d", n)));
            assertTrue(kept.paymentPlan().isDefined() && kept.isOverLimit(), kept.getId().value());
            assertEquals(AccountState.ACTIVE, kept.status().state(), "held, though the province's schedule has "
                    + kept.dunningStageDue(REVIEWED) + " due");
        }
        for (int n : List.of(6, 26)) {
            Account broken = account(AccountId.of("A-" + SampleProvince.CITIES.get(n % 5) + "-M" + String.format("%06d", n)));
            assertTrue(broken.paymentPlan().isEmpty(), broken.getId().value());
            assertEquals(AccountState.SUSPENDED_FOR_ARREARS, broken.status().state(), broken.getId().value());
        }
        String dunning = CHANGES.lines().find(l -> l.startsWith("dunning:")).get();
        assertTrue(dunning.contains(", 2 plans broken"), dunning);
    }

    @Test
    void theReportsStateEachGroupsStatementToTheFenAndTheDunningFigureAsTheStoreHasIt() {
        java.util.List<Map<String, Object>> lines = new ArrayList<>();
        MonthEndReport.Figures figures = MonthEndReport.read(PORTS, MARCH, MONTH_END.asOf(), CALENDARS, lines::add, 5);
        java.util.List<Map<String, Object>> statements = lines.stream()
                .filter(l -> "group-statement".equals(l.get("report"))).toList();
        assertEquals(groups().size(), statements.size());
        assertEquals(Long.toString(groups().size()), figures.summary().get("billing groups"));
        for (Map<String, Object> s : statements) {
            @SuppressWarnings("unchecked")
            java.util.List<Map<String, Object>> perAccount = (java.util.List<Map<String, Object>>) s.get("accounts");
            assertEquals(2, perAccount.size());
            assertEquals(false, perAccount.get(0).get("branch"));
            for (String figure : List.of("opening", "charged", "credited", "closing")) {
                Money total = perAccount.stream().map(a -> Money.parse((String) a.get(figure)).get())
                        .reduce(Money.ZERO, Money::plus);
                assertEquals(total.toPlainString(), s.get(figure), s.get("group") + " " + figure);
            }
            UnifiedPayment payment = SAMPLE.unifiedPayments(org.telecrm.account.group.BillingGroupId.of(
                    (String) s.get("group"))).head();
            assertTrue(Money.parse((String) s.get("credited")).get().compareTo(payment.amount()) >= 0,
                    "the month's credits include the unified payment");
        }
        Seq<Account> accounts = accounts();
        MonthEndReport.DunningFigure d = figures.dunning();
        assertEquals(accounts.size(), d.withinLimit() + d.overLimitActive() + d.reminded() + d.partiallySuspended()
                + d.suspended() + d.closed());
        assertEquals(accounts.count(a -> a.status().is(AccountState.PARTIALLY_SUSPENDED)), d.partiallySuspended());
        assertEquals(accounts.count(a -> a.status().is(AccountState.REMINDED)), d.reminded());
        assertEquals(accounts.count(a -> a.paymentPlan().isDefined()), d.plansKept());
        assertEquals(3, d.plansKept(), "units 1, 11, 21");
        assertEquals(Long.toString(d.suspended()), figures.summary().get("accounts suspended for arrears"));
        assertFalse(lines.stream().anyMatch(l -> "dunning".equals(l.get("report"))), "the figure comes with the rest");
    }
}
