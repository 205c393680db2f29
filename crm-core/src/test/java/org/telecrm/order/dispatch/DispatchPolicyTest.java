package org.telecrm.order.dispatch;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.telecrm.customer.star.StarEntitlements;
import org.telecrm.customer.star.StarLevel;
import org.telecrm.customer.star.StarLevelService;
import org.telecrm.customer.star.StarServiceTable;
import org.telecrm.order.OrderKind;
import org.telecrm.testing.FieldErrors;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.telecrm.order.OrderKind.CANCELLATION;
import static org.telecrm.order.OrderKind.CHANGE;
import static org.telecrm.order.OrderKind.COMPLAINT;
import static org.telecrm.order.OrderKind.FAULT_REPORT;
import static org.telecrm.order.OrderKind.PRE_SALE;
import static org.telecrm.order.OrderKind.PROVISIONING;

/** Worked examples of "zero delay" dispatch (rules.md section 4) on the sample policy. */
class DispatchPolicyTest {

    private static final DispatchPolicy POLICY = DispatchPolicy.sample();
    private static final Instant EIGHT = Instant.parse("2026-06-01T08:00:00Z");
    private static final Instant NINE = Instant.parse("2026-06-01T09:00:00Z");

    static WorkItem item(String id, int stars, OrderKind kind, Instant receivedAt) {
        return stars == 0 ? WorkItem.forOtherCustomer(WorkItemId.of(id), kind, receivedAt)
                : WorkItem.forKeyAccount(WorkItemId.of(id), StarLevel.of(stars).get(), kind, receivedAt);
    }

    static Seq<String> ids(Seq<WorkItem> queue) {
        return queue.map(i -> i.id().value());
    }

    /** {@code first} is dispatched before {@code second} whichever way round they are queued; why. */
    static Precedence dispatchedFirst(DispatchPolicy policy, WorkItem first, WorkItem second) {
        assertEquals(List.of(first, second), policy.sort(List.of(second, first)));
        assertEquals(List.of(first, second), policy.sort(List.of(first, second)));
        Precedence why = policy.explain(second, first);
        assertEquals(first, why.first());
        return why;
    }

    @Nested
    class TheStarLevelsDispatchPriorityComesFirst {

        @Test
        void moreStarsFirstWhateverTheKind() {
            assertEquals("C5 before F3: dispatch priority 5 (5 stars) over 3 (3 stars)",
                    dispatchedFirst(POLICY, item("C5", 5, COMPLAINT, NINE), item("F3", 3, FAULT_REPORT, EIGHT)).describe());
        }

        @Test
        void everyKeyAccountBeforeOtherCustomers() {
            assertEquals("K1 before P: dispatch priority 1 (1 star) over 0 (no stars)",
                    dispatchedFirst(POLICY, item("K1", 1, CANCELLATION, NINE), item("P", 0, FAULT_REPORT, EIGHT)).describe());
        }

        @Test
        void prioritiesComeFromTheStarTable() {
            StarEntitlements five = StarServiceTable.SAMPLE.entitlementsOf(StarLevel.FIVE_STARS);
            StarServiceTable tied = StarServiceTable.SAMPLE.withEntitlements(new StarEntitlements(StarLevel.FIVE_STARS,
                    five.planItems(), five.basicServices(), five.responseTarget(), five.restorationTarget(),
                    five.visitsPerYear(), 4));
            DispatchPolicy policy = DispatchPolicy.of(StarLevelService.of(tied).get(), DispatchPolicy.SAMPLE_KIND_ORDER).get();
            assertEquals(Precedence.Key.ORDER_KIND,
                    dispatchedFirst(policy, item("F4", 4, FAULT_REPORT, NINE), item("P5", 5, PROVISIONING, EIGHT)).decidedBy());
        }
    }

    @Nested
    class ThenTheOrderKind {

        @Test
        void faultsBeforeProvisioningBeforeComplaintFollowUp() {
            Seq<WorkItem> queue = List.of(item("X", 3, CANCELLATION, EIGHT), item("C", 3, COMPLAINT, EIGHT),
                    item("G", 3, CHANGE, EIGHT), item("P", 3, PROVISIONING, EIGHT), item("F", 3, FAULT_REPORT, NINE));
            assertEquals(List.of("F", "P", "G", "C", "X"), ids(POLICY.sort(queue)));
            assertEquals("F before P: order kind FAULT_REPORT ranks before PROVISIONING",
                    POLICY.explain(queue.get(3), queue.get(4)).describe());
        }

        @Test
        void unlessConfiguredOtherwise() {
            DispatchPolicy complaintsFirst = DispatchPolicy.of(StarLevelService.sample(),
                    List.of(COMPLAINT, FAULT_REPORT, PROVISIONING, CHANGE, PRE_SALE, CANCELLATION)).get();
            assertEquals(Precedence.Key.ORDER_KIND,
                    dispatchedFirst(complaintsFirst, item("C", 2, COMPLAINT, NINE), item("F", 2, FAULT_REPORT, EIGHT)).decidedBy());
        }
    }

    @Nested
    class ThenTheAgeThenTheIdentifier {

        @Test
        void olderFirst() {
            assertEquals(Precedence.Key.AGE,
                    dispatchedFirst(POLICY, item("B", 2, FAULT_REPORT, EIGHT), item("A", 2, FAULT_REPORT, NINE)).decidedBy());
        }

        @Test
        void theIdentifierBreaksAnyOtherTie() {
            WorkItem a = item("A", 2, FAULT_REPORT, EIGHT);
            assertEquals("A before B: equal otherwise; identifier A sorts before B",
                    dispatchedFirst(POLICY, a, item("B", 2, FAULT_REPORT, EIGHT)).describe());
            assertEquals(Precedence.Key.NONE, POLICY.explain(a, a).decidedBy());
        }
    }

    @Nested
    class AKindOrderMustRankEveryKindOnce {

        @Test
        void aMissingAndARepeatedKind() {
            Seq<DispatchError> errors = DispatchPolicy.of(StarLevelService.sample(),
                    List.of(FAULT_REPORT, FAULT_REPORT, PROVISIONING, COMPLAINT, CHANGE, PRE_SALE)).getError();
            assertEquals(2, errors.size());
            assertTrue(errors.forAll(e -> e.field().equals("kindOrder")));
            assertEquals("kindOrder must rank each order kind once; FAULT_REPORT appears 2 times",
                    FieldErrors.assertNamed(errors.filter(e -> e instanceof DispatchError.RepeatedKind), DispatchError::field,
                            DispatchError::message, "kindOrder"));
            assertEquals("kindOrder must rank every order kind; CANCELLATION is missing",
                    FieldErrors.assertNamed(errors.filter(e -> e instanceof DispatchError.MissingKind), DispatchError::field,
                            DispatchError::message, "kindOrder"));
        }
    }
}
