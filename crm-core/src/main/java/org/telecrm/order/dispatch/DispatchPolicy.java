package org.telecrm.order.dispatch;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import org.jmolecules.ddd.annotation.Service;
import org.telecrm.customer.star.StarLevel;
import org.telecrm.customer.star.StarLevelService;
import org.telecrm.order.OrderKind;

import java.util.Comparator;
import java.util.Objects;

/**
 * Dispatch priority, "zero delay" (零时延, rules.md section 4): key accounts' orders and fault reports are dispatched,
 * built and repaired first. The policy is a total order over work items, so a dispatcher can sort a queue; the
 * keys, compared in turn:
 * <ol>
 *   <li>the <b>dispatch priority</b> of the customer's star level, higher first, as the star-service table states it
 *       ({@code StarEntitlements.dispatchPriority}; in the sample table, the number of stars); a customer without
 *       stars has priority 0, behind every key account;</li>
 *   <li>the <b>order kind</b>, in the policy's kind order: by default {@link #SAMPLE_KIND_ORDER}, faults before
 *       provisioning before changes before complaint follow-ups before cancellations;</li>
 *   <li>the <b>age</b>, older (received earlier) first;</li>
 *   <li>the <b>identifier</b>, in text order, so that different items never tie and any permutation of a queue
 *       sorts the same;</li>
 *   <li>the star level itself, more first: it only separates two records with the same identifier, which keeps
 *       the order consistent with {@code equals}.</li>
 * </ol>
 *
 * <pre>{@code
 * DispatchPolicy policy = DispatchPolicy.sample();
 * Seq<WorkItem> queue = policy.sort(items);          // or items.sorted(policy.comparator())
 * policy.explain(queue.get(0), queue.get(1)).describe();
 * DispatchPolicy complaintsFirst = DispatchPolicy.of(StarLevelService.sample(), List.of(OrderKind.COMPLAINT,
 *         OrderKind.FAULT_REPORT, OrderKind.PROVISIONING, OrderKind.CHANGE, OrderKind.PRE_SALE, OrderKind.CANCELLATION)).get();
 * }</pre>
 */
@Service
public final class DispatchPolicy {

    /**
     * Faults before provisioning before complaint follow-up, from the issue and rules.md section 4 (优先抢修 before
     * 优先施工). Where changes and cancellations go is a <b>library sample default, not from the sources</b>: a change
     * is construction work like provisioning and follows it; a pre-sale consultation, about a service not yet in use,
     * comes after the work on services in use; a cancellation, which loses the customer nothing by waiting, goes last.
     */
    public static final Seq<OrderKind> SAMPLE_KIND_ORDER = List.of(OrderKind.FAULT_REPORT, OrderKind.PROVISIONING,
            OrderKind.CHANGE, OrderKind.COMPLAINT, OrderKind.PRE_SALE, OrderKind.CANCELLATION);

    private static final DispatchPolicy SAMPLE = new DispatchPolicy(StarLevelService.sample(), SAMPLE_KIND_ORDER);

    private final StarLevelService stars;
    private final Seq<OrderKind> kindOrder;
    private final Comparator<WorkItem> comparator;

    private DispatchPolicy(StarLevelService stars, Seq<OrderKind> kindOrder) {
        this.stars = stars;
        this.kindOrder = kindOrder;
        this.comparator = Comparator.comparingInt(this::dispatchPriority).reversed()
                .thenComparingInt(item -> kindRank(item.kind()))
                .thenComparing(WorkItem::receivedAt)
                .thenComparing(WorkItem::id)
                .thenComparing(Comparator.comparingInt(DispatchPolicy::stars).reversed());
    }

    /** The policy for a star-service table's dispatch priorities and a kind order, or why the kind order is refused. */
    public static Validation<Seq<DispatchError>, DispatchPolicy> of(StarLevelService stars, Seq<OrderKind> kindOrder) {
        Objects.requireNonNull(stars, "stars");
        Objects.requireNonNull(kindOrder, "kindOrder");
        Seq<DispatchError> problems = List.of(OrderKind.values()).flatMap(kind -> {
            int times = kindOrder.count(kind::equals);
            return times == 0 ? List.of(new DispatchError.MissingKind(kind))
                    : times > 1 ? List.of(new DispatchError.RepeatedKind(kind, times)) : List.<DispatchError>empty();
        });
        return problems.isEmpty() ? Validation.valid(new DispatchPolicy(stars, kindOrder)) : Validation.invalid(problems);
    }

    /** The sample star table's priorities and {@link #SAMPLE_KIND_ORDER}. */
    public static DispatchPolicy sample() {
        return SAMPLE;
    }

    public Seq<OrderKind> kindOrder() {
        return kindOrder;
    }

    /** The dispatch order: negative when {@code a} is dispatched before {@code b}. */
    public Comparator<WorkItem> comparator() {
        return comparator;
    }

    /** The queue in dispatch order. */
    public Seq<WorkItem> sort(Seq<WorkItem> queue) {
        return queue.sorted(comparator);
    }

    /** The item's dispatch priority: its star level's, or 0 without stars. */
    public int dispatchPriority(WorkItem item) {
        return item.star().map(star -> stars.table().entitlementsOf(star).dispatchPriority()).getOrElse(0);
    }

    /** The kind's rank in the kind order, 0 first. */
    public int kindRank(OrderKind kind) {
        return kindOrder.indexOf(kind);
    }

    /** Which of the two is dispatched first, and the key that decided it. */
    public Precedence explain(WorkItem a, WorkItem b) {
        boolean aFirst = comparator.compare(a, b) <= 0;
        WorkItem first = aFirst ? a : b;
        WorkItem second = aFirst ? b : a;
        if (dispatchPriority(first) != dispatchPriority(second)) {
            return new Precedence(first, second, Precedence.Key.DISPATCH_PRIORITY, "dispatch priority "
                    + dispatchPriority(first) + " (" + starsOf(first) + ") over " + dispatchPriority(second)
                    + " (" + starsOf(second) + ")");
        }
        if (first.kind() != second.kind()) {
            return new Precedence(first, second, Precedence.Key.ORDER_KIND, "order kind " + first.kind()
                    + " ranks before " + second.kind());
        }
        if (!first.receivedAt().equals(second.receivedAt())) {
            return new Precedence(first, second, Precedence.Key.AGE, "older: received " + first.receivedAt()
                    + ", the other " + second.receivedAt());
        }
        if (!first.id().equals(second.id())) {
            return new Precedence(first, second, Precedence.Key.ID, "equal otherwise; identifier " + first.id()
                    + " sorts before " + second.id());
        }
        if (stars(first) != stars(second)) {
            return new Precedence(first, second, Precedence.Key.STAR_LEVEL, "same identifier; " + starsOf(first)
                    + " over " + starsOf(second));
        }
        return new Precedence(first, second, Precedence.Key.NONE, "the same item");
    }

    private static int stars(WorkItem item) {
        return item.star().map(StarLevel::stars).getOrElse(0);
    }

    private static String starsOf(WorkItem item) {
        return item.star().map(StarLevel::toString).getOrElse("no stars");
    }
}
