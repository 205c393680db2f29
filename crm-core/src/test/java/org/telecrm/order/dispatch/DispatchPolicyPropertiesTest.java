package org.telecrm.order.dispatch;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.telecrm.customer.star.StarEntitlements;
import org.telecrm.customer.star.StarLevel;
import org.telecrm.customer.star.StarLevelService;
import org.telecrm.customer.star.StarServiceTable;
import org.telecrm.order.OrderKind;

import java.time.Instant;
import java.util.Comparator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The dispatch order is a total order consistent with equals, so any permutation of a queue sorts the same. Items
 * are drawn from small domains so that ties on every key are frequent.
 */
class DispatchPolicyPropertiesTest {

    @Property
    void antisymmetric(@ForAll("policies") DispatchPolicy policy, @ForAll("items") WorkItem a, @ForAll("items") WorkItem b) {
        Comparator<WorkItem> order = policy.comparator();
        assertEquals(Integer.signum(order.compare(a, b)), -Integer.signum(order.compare(b, a)));
    }

    @Property
    void transitive(@ForAll("policies") DispatchPolicy policy, @ForAll("items") WorkItem a, @ForAll("items") WorkItem b,
                    @ForAll("items") WorkItem c) {
        Comparator<WorkItem> order = policy.comparator();
        if (order.compare(a, b) <= 0 && order.compare(b, c) <= 0) {
            assertTrue(order.compare(a, c) <= 0);
        }
    }

    @Property
    void totalAndConsistentWithEquals(@ForAll("policies") DispatchPolicy policy, @ForAll("items") WorkItem a,
                                      @ForAll("items") WorkItem b) {
        assertEquals(a.equals(b), policy.comparator().compare(a, b) == 0);
    }

    @Property
    void everyPermutationOfAQueueSortsTheSame(@ForAll("policies") DispatchPolicy policy, @ForAll("queues") Seq<WorkItem> queue,
                                              @ForAll("seeds") long seed) {
        java.util.List<WorkItem> shuffled = new java.util.ArrayList<>(queue.toJavaList());
        java.util.Collections.shuffle(shuffled, new java.util.Random(seed));
        assertEquals(policy.sort(queue), policy.sort(List.ofAll(shuffled)));
    }

    @Property
    void eachItemOfASortedQueueComesFirstForAReason(@ForAll("policies") DispatchPolicy policy, @ForAll("queues") Seq<WorkItem> queue) {
        policy.sort(queue).sliding(2).filter(pair -> pair.size() == 2).forEach(pair -> {
            Precedence p = policy.explain(pair.last(), pair.head());
            assertEquals(pair.head(), p.first());
            if (!pair.head().equals(pair.last())) {
                assertTrue(p.decidedBy() != Precedence.Key.NONE);
            }
        });
    }

    @Property
    void keyAccountsNeverWaitBehindOtherCustomers(@ForAll("policies") DispatchPolicy policy, @ForAll("queues") Seq<WorkItem> queue) {
        Seq<Boolean> keyAccount = policy.sort(queue).map(item -> item.star().isDefined());
        assertEquals(keyAccount.sorted(Comparator.reverseOrder()), keyAccount);
    }

    // ---- generators --------------------------------------------------------------------------------

    @Provide
    Arbitrary<WorkItem> items() {
        Arbitrary<Option<StarLevel>> star = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(Option.<StarLevel>none())),
                Tuple.of(5, Arbitraries.of(StarLevel.class).map(Option::some)));
        Arbitrary<Instant> received = Arbitraries.integers().between(0, 3).map(h -> Instant.parse("2026-06-01T08:00:00Z").plusSeconds(3600L * h));
        return Combinators.combine(Arbitraries.of("A", "B", "C", "D"), star, Arbitraries.of(OrderKind.class), received)
                .as((id, s, kind, at) -> new WorkItem(WorkItemId.of(id), s, kind, at));
    }

    @Provide
    Arbitrary<Seq<WorkItem>> queues() {
        return items().list().ofMaxSize(12).map(List::ofAll);
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    /** The sample policy; or any kind order, with the sample star table or one where 4 and 5 stars tie. */
    @Provide
    Arbitrary<DispatchPolicy> policies() {
        StarEntitlements five = StarServiceTable.SAMPLE.entitlementsOf(StarLevel.FIVE_STARS);
        StarLevelService tied = StarLevelService.of(StarServiceTable.SAMPLE.withEntitlements(new StarEntitlements(
                StarLevel.FIVE_STARS, five.planItems(), five.basicServices(), five.responseTarget(),
                five.restorationTarget(), five.visitsPerYear(), 4))).get();
        Arbitrary<Seq<OrderKind>> kindOrders = Arbitraries.of(OrderKind.class).list().uniqueElements().ofSize(OrderKind.values().length)
                .map(List::ofAll);
        return Arbitraries.oneOf(Arbitraries.just(DispatchPolicy.sample()),
                Combinators.combine(Arbitraries.of(StarLevelService.sample(), tied), kindOrders)
                        .as((stars, kinds) -> DispatchPolicy.of(stars, kinds).get()));
    }
}
