package org.telecrm.account;

import io.vavr.collection.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.telecrm.account.group.AllocationRule;
import org.telecrm.account.group.BillingGroupId;
import org.telecrm.account.group.BillingGroupRejection;
import org.telecrm.customer.CustomerId;
import org.telecrm.money.Money;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The account's small values and rejections: each says what it is, in words a message can carry. */
class AccountValuesSayWhatTheyAreTest {

    private static final AccountId A1 = AccountId.of("A-1");

    @Nested
    class RejectionsNameWhatAndWhere {

        @Test
        void anAccountRejectionNamesTheAccountAndWhatIsWrong() {
            assertEquals("reference must not be blank", new AccountRejection.Blank("reference").message());
            String notOver = new AccountRejection.NotOverLimit(A1, Money.ofYuan(100), Money.ofYuan(1000)).message();
            assertTrue(notOver.startsWith("account A-1 owes ") && notOver.contains("not above its credit limit"),
                    notOver);
            assertEquals("account A-1 already has payment plan PLAN-1 in force",
                    new AccountRejection.PaymentPlanInForce(A1, EntryReference.of("PLAN-1")).message());
        }

        @Test
        void aGroupRejectionNamesTheGroupAndTheAccountsItConcerns() {
            BillingGroupId group = BillingGroupId.of("G-1");
            assertEquals("group G-1: the balances must be those of its accounts; missing A-2",
                    new BillingGroupRejection.BalancesDoNotMatch(group, List.of(AccountId.of("A-2")), List.empty())
                            .message());
            assertEquals("group G-1: the balances must be those of its accounts; missing A-2; not in the group A-9",
                    new BillingGroupRejection.BalancesDoNotMatch(group, List.of(AccountId.of("A-2")),
                            List.of(AccountId.of("A-9"))).message());
            Instant was = Instant.parse("2026-03-01T00:00:00Z");
            Instant latest = Instant.parse("2026-03-02T00:00:00Z");
            assertEquals("at must not be before " + latest + " (the group's latest change), was " + was,
                    new BillingGroupRejection.OutOfOrder("at", was, latest).message());
            assertEquals("payment must be positive, was 0.00",
                    new BillingGroupRejection.NotPositive("payment", "0.00").message());
        }
    }

    @Nested
    class CyclesAndIdentifiersOrder {

        @Test
        void aCycleHoldsItsFirstDayAndNotItsEnd() {
            CyclePeriod march = new CyclePeriod(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1));
            assertTrue(march.contains(LocalDate.of(2026, 3, 1)));
            assertTrue(march.contains(LocalDate.of(2026, 3, 31)));
            assertFalse(march.contains(LocalDate.of(2026, 4, 1)));
            assertFalse(march.contains(LocalDate.of(2026, 2, 28)));
        }

        @Test
        void cyclesReferencesAndGroupsOrderAsTheirStartOrText() {
            CyclePeriod march = new CyclePeriod(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1));
            CyclePeriod april = new CyclePeriod(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 1));
            assertEquals(List.of(march, april), List.of(april, march).sorted());
            assertTrue(march.compareTo(april) < 0 && april.compareTo(march) > 0);
            assertTrue(EntryReference.of("BILL-1").compareTo(EntryReference.of("BILL-2")) < 0);
            assertTrue(EntryReference.of("BILL-2").compareTo(EntryReference.of("BILL-1")) > 0);
            assertTrue(BillingGroupId.of("G-1").compareTo(BillingGroupId.of("G-2")) < 0);
            assertTrue(BillingGroupId.of("G-2").compareTo(BillingGroupId.of("G-1")) > 0);
        }
    }

    @Nested
    class SchedulesAndRulesDescribeThemselves {

        @Test
        void aDunningScheduleSaysItsSteps() {
            assertEquals("no reminder, no partial suspension", DunningSchedule.SINGLE_STEP.describe());
            String staged = DunningSchedule.SINGLE_STEP.withReminderAfter(Duration.ofDays(1)).describe();
            assertEquals("reminder after PT24H, no partial suspension", staged);
            assertTrue(DunningSchedule.SAMPLE_STAGED.describe().contains("partial suspension for "),
                    DunningSchedule.SAMPLE_STAGED.describe());
        }

        @Test
        void anAllocationRuleSaysHowItAllocates() {
            assertEquals("pro rata to the debts", new AllocationRule.ProRata().describe());
            assertEquals("in order A-2, A-1, then the others by identifier",
                    new AllocationRule.InOrder(List.of(AccountId.of("A-2"), A1)).describe());
        }
    }

    @Test
    void anAccountsEventsNameTheAccountAsTheirAggregate() {
        var opened = Account.open(A1, CustomerId.of("C-1"), AccountTerms.withCreditLimit(Money.ofYuan(1000)),
                Instant.parse("2026-03-01T00:00:00Z")).get();
        assertFalse(opened.events().isEmpty());
        assertTrue(opened.events().forAll(e -> e.aggregateId().equals(A1)));
    }
}
