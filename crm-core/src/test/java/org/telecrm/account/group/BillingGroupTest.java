package org.telecrm.account.group;

import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.TreeSet;
import io.vavr.control.Either;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.telecrm.account.Account;
import org.telecrm.account.AccountEvent;
import org.telecrm.account.AccountId;
import org.telecrm.account.AccountState;
import org.telecrm.account.AccountTerms;
import org.telecrm.account.EntryReference;
import org.telecrm.customer.CustomerId;
import org.telecrm.kernel.Changed;
import org.telecrm.money.Money;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Group billing: a headquarters pays for chosen branch accounts, a unified payment allocated by a named rule. */
class BillingGroupTest {

    private static final Instant T0 = Instant.parse("2026-08-01T01:00:00Z");
    private static final Instant T1 = Instant.parse("2026-08-02T01:00:00Z");
    private static final BillingGroupId G = BillingGroupId.of("G-0755-001");
    private static final AccountId HQ = AccountId.of("A-HQ");
    private static final AccountId SZ = AccountId.of("A-SZ");
    private static final AccountId GZ = AccountId.of("A-GZ");

    private static BillingGroup group(AllocationRule rule) {
        BillingGroup g = BillingGroup.form(G, HQ, rule, T0).state();
        return g.cover(SZ, T0).flatMap(c -> c.state().cover(GZ, T0)).get().state();
    }

    private static Account account(AccountId id, long limitYuan, long chargedYuan) {
        Account a = Account.open(id, CustomerId.of("C-" + id.value()), AccountTerms.withCreditLimit(
                Money.ofYuan(limitYuan)), T0).get().state();
        return chargedYuan == 0 ? a : a.postCharge(EntryReference.of("B-" + id.value()), Money.ofYuan(chargedYuan),
                T0).get().state();
    }

    @Nested
    class TheHeadquartersPaysForChosenBranches {

        @Test
        void formingAndCoveringAreAnnounced() {
            Changed<BillingGroup, BillingGroupEvent> formed = BillingGroup.form(G, HQ, AllocationRule.PRO_RATA, T0);
            assertEquals(List.of(new BillingGroupEvent.GroupFormed(G, HQ, AllocationRule.PRO_RATA, T0)),
                    formed.events());
            Changed<BillingGroup, BillingGroupEvent> covered = formed.state().cover(SZ, T1).get();
            assertEquals(List.of(new BillingGroupEvent.BranchCovered(G, SZ, T1)), covered.events());
            assertEquals(List.of(HQ, SZ), covered.state().accounts());
            assertTrue(covered.state().cover(SZ, T1).get().changedNothing());
            assertEquals(List.of(new BillingGroupEvent.BranchReleased(G, SZ, T1)),
                    covered.state().release(SZ, T1).get().events());
            assertTrue(covered.state().release(GZ, T1).get().changedNothing());
        }

        @Test
        void theHeadquartersIsNoBranchOfItsOwnGroupAndTimeMovesForward() {
            BillingGroup g = group(AllocationRule.PRO_RATA);
            assertEquals("group G-0755-001: the headquarters' account A-HQ pays for the group and cannot be one of its"
                    + " branches", g.cover(HQ, T1).getLeft().message());
            BillingGroup later = g.release(GZ, T1).get().state();
            assertInstanceOf(BillingGroupRejection.OutOfOrder.class, later.cover(GZ, T0).getLeft());
        }

        @Test
        void theRuleChangesByCommand() {
            AllocationRule hqFirst = new AllocationRule.InOrder(List.of(HQ));
            Changed<BillingGroup, BillingGroupEvent> changed = group(AllocationRule.PRO_RATA).changeRule(hqFirst, T1)
                    .get();
            assertEquals(List.of(new BillingGroupEvent.AllocationRuleChanged(G, AllocationRule.PRO_RATA, hqFirst, T1)),
                    changed.events());
        }

        @Test
        void restoringChecksTheGroup() {
            BillingGroup g = group(AllocationRule.PRO_RATA);
            assertEquals(g, BillingGroup.restore(G, HQ, g.rule(), g.branches(), g.formedAt(), g.changedAt()).get());
            assertEquals(List.of("branches", "changedAt"), BillingGroup.restore(G, HQ, g.rule(),
                    TreeSet.of(HQ, SZ), T1, T0).getLeft().problems().map(p -> p.field()));
        }
    }

    @Nested
    class AUnifiedPaymentIsAllocatedByTheGroupsRule {

        @Test
        void proRataToTheDebtsTheFenLeftOverToTheLargestRemainders() {
            GroupAllocation.Allocation a = group(AllocationRule.PRO_RATA).allocate(Money.ofFen(100),
                    HashMap.of(HQ, Money.ofFen(100), SZ, Money.ofFen(100), GZ, Money.ofFen(100))).get();
            assertEquals(List.of(HQ, GZ, SZ), a.shares().map(GroupAllocation.Share::account));
            assertEquals(List.of(Money.ofFen(33), Money.ofFen(34), Money.ofFen(33)),
                    a.shares().map(GroupAllocation.Share::amount), "all three tie: the fen left goes to A-GZ, first by id");
        }

        @Test
        void inOrderPaysTheListedDebtsInFullFirst() {
            GroupAllocation.Allocation a = group(new AllocationRule.InOrder(List.of(SZ))).allocate(Money.ofYuan(500),
                    HashMap.of(HQ, Money.ofYuan(300), SZ, Money.ofYuan(400), GZ, Money.ofYuan(-50))).get();
            assertEquals(Money.ofYuan(400), a.shareOf(SZ));
            assertEquals(Money.ofYuan(100), a.shareOf(HQ));
            assertEquals(Money.ZERO, a.shareOf(GZ), "an account in credit owes nothing");
        }

        @Test
        void whatIsBeyondEveryDebtIsCreditedToTheHeadquarters() {
            GroupAllocation.Allocation a = group(AllocationRule.PRO_RATA).allocate(Money.ofYuan(1_000),
                    HashMap.of(HQ, Money.ofYuan(100), SZ, Money.ofYuan(200), GZ, Money.ZERO)).get();
            assertEquals(Money.ofYuan(700), a.beyond());
            assertEquals(Money.ofYuan(800), a.shareOf(HQ));
        }

        @Test
        void theBalancesMustBeThoseOfTheGroupsAccounts() {
            Either<BillingGroupRejection, GroupAllocation.Allocation> wrong = group(AllocationRule.PRO_RATA).allocate(
                    Money.ofYuan(1), HashMap.of(HQ, Money.ZERO, AccountId.of("A-X"), Money.ZERO));
            assertEquals(new BillingGroupRejection.BalancesDoNotMatch(G, List.of(GZ, SZ), List.of(AccountId.of("A-X"))),
                    wrong.getLeft());
        }

        @Test
        void eachShareIsPostedAsAPaymentAndReopensASuspendedBranchLikeAnyPayment() {
            BillingGroup g = group(AllocationRule.PRO_RATA);
            Account hq = account(HQ, 0, 100);
            Account sz = account(SZ, 100, 400).reviewArrears(T0.plusSeconds(3 * 86_400)).get().state();
            Account gz = account(GZ, 0, 0);
            assertEquals(AccountState.SUSPENDED_FOR_ARREARS, sz.status().state());
            GroupAllocation.Allocation a = g.allocate(Money.ofYuan(500), HashMap.of(HQ, hq.balanceOwed(), SZ,
                    sz.balanceOwed(), GZ, gz.balanceOwed())).get();
            List<BillingGroup.Posting> postings = List.ofAll(BillingGroup.postings(EntryReference.of("PAY-G-1"), a));
            assertEquals(List.of(new BillingGroup.Posting(HQ, EntryReference.of("PAY-G-1/A-HQ"), Money.ofYuan(100)),
                    new BillingGroup.Posting(SZ, EntryReference.of("PAY-G-1/A-SZ"), Money.ofYuan(400))), postings);
            Instant paidAt = T0.plusSeconds(4 * 86_400);
            Changed<Account, AccountEvent> paid = sz.postPayment(postings.get(1).reference(), postings.get(1).amount(),
                    paidAt).get();
            assertEquals(AccountState.ACTIVE, paid.state().status().state());
            assertInstanceOf(AccountEvent.ReopenedAfterArrears.class, paid.events().last());
        }
    }

    @Nested
    class StatementsPerBranchAndForTheGroup {

        @Test
        void eachAccountsLineAndTheGroupsTotals() {
            BillingGroup g = group(AllocationRule.PRO_RATA);
            Account hq = account(HQ, 0, 100);
            Account sz = account(SZ, 1_000, 400).postPayment(EntryReference.of("PAY-G-1/A-SZ"), Money.ofYuan(150), T1)
                    .get().state();
            Account gz = account(GZ, 0, 0);
            GroupStatement s = GroupStatement.of(g, List.of(gz, sz, hq), T0.plusSeconds(1),
                    Instant.parse("2026-09-01T00:00:00Z")).get();
            assertEquals(List.of(HQ, GZ, SZ), s.lines().map(GroupStatement.Line::account));
            GroupStatement.Line branch = s.lineOf(SZ).get();
            assertEquals(new GroupStatement.Line(SZ, true, Money.ofYuan(400), Money.ZERO, Money.ofYuan(150),
                    Money.ofYuan(250), AccountState.ACTIVE), branch);
            assertEquals(Money.ofYuan(500), s.opening());
            assertEquals(Money.ofYuan(150), s.credited());
            assertEquals(Money.ofYuan(350), s.closing());
            assertTrue(GroupStatement.of(g, List.of(hq, sz), T0, T1).isLeft(), "every account of the group");
        }
    }
}
