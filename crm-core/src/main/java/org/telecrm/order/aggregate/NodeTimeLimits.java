package org.telecrm.order.aggregate;

import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import org.jmolecules.ddd.annotation.ValueObject;
import org.telecrm.customer.star.StarEntitlements;
import org.telecrm.customer.star.StarLevel;
import org.telecrm.customer.star.StarLevelService;
import org.telecrm.order.OrderKind;
import org.telecrm.order.clock.TimeLimit;

import java.time.Duration;
import java.util.Objects;

/**
 * The rule table of node time limits per (order kind, node, star level) (工作节点时限, rules.md section 7). An order
 * copies its limits at acceptance ({@link #limitsFor}), so a later change of the table never changes an accepted
 * order. The numbers and where they come from:
 * <ul>
 *   <li>fault report and complaint, <b>response</b> (leaving DISPATCHED, from acceptance): the star level's
 *       {@code responseTarget} from the star-level engine (rules.md section 3); without stars
 *       {@link #SAMPLE_NO_STAR_RESPONSE};</li>
 *   <li>fault report, <b>restoration</b> (leaving IN_PROGRESS, from acceptance): the star level's
 *       {@code restorationTarget}; without stars {@link #SAMPLE_NO_STAR_RESTORATION};</li>
 *   <li>provisioning, <b>completion</b> (leaving IN_PROGRESS, from acceptance): the SLA deadline in working days under
 *       the contract terms version in force at acceptance (rules.md section 5), which the caller reads from the
 *       contract; without a contract the rules.md section 5 normal-class deadline {@link #RULES_MD_NORMAL_DEADLINE};</li>
 *   <li><b>delivery</b> to a key account's headquarters: {@link #RULES_MD_DELIVERY} after completion (section 4);</li>
 *   <li><b>return visit</b>: {@link #RULES_MD_RETURN_VISIT_AFTER_OPENING} after a service is opened (provisioning,
 *       change) and {@link #RULES_MD_RETURN_VISIT_AFTER_FAULT} after a fault is handled (section 4, library default:
 *       calendar days by date in the order's zone; {@link #withReturnVisits} sets a contract's clock hours instead),
 *       from completion; complaints and cancellations use the one-week limit too (library default);</li>
 *   <li>a <b>pre-sale response</b> (003): the consultation (leaving ACCEPTED), the resource check (leaving DISPATCHED)
 *       and the solution proposal (leaving IN_PROGRESS, from acceptance) under {@link #preSale} ({@link PreSaleLimits},
 *       library sample defaults: the source gives no number); the customer's answer to the proposal as the return
 *       visit after opening;</li>
 *   <li>everything else is a <b>library sample default, not from the sources</b>: {@link #sample()}.</li>
 * </ul>
 *
 * <pre>{@code
 * NodeTimeLimits table = NodeTimeLimits.sample();
 * NodeLimits limits = table.limitsFor(OrderKind.PROVISIONING, Option.some(StarLevel.FIVE_STARS), Option.some(6), true);
 * limits.of(Node.IN_PROGRESS).get().describe();   // "6 working days from acceptance (SLA terms in force at acceptance)"
 * }</pre>
 *
 * @param stars             the star-level engine the response and restoration targets come from
 * @param dispatchWithin    leaving ACCEPTED, from entry
 * @param startWorkWithin   leaving DISPATCHED for kinds without a response target, from entry
 * @param complaintHandling leaving IN_PROGRESS for a complaint, from acceptance
 * @param changeHandling    leaving IN_PROGRESS for a change, from acceptance
 * @param cancellationHandling leaving IN_PROGRESS for a cancellation, from acceptance
 * @param closeWithin       leaving RETURN_VISITED, from entry
 * @param returnVisitAfterOpening the return visit after a service is opened (provisioning, change, complaint, cancellation)
 * @param returnVisitAfterFault   the return visit after a fault is handled
 * @param preSale           the stages of a pre-sale response
 */
@ValueObject
public record NodeTimeLimits(StarLevelService stars, TimeLimit dispatchWithin, TimeLimit startWorkWithin,
                             TimeLimit complaintHandling, TimeLimit changeHandling, TimeLimit cancellationHandling,
                             TimeLimit closeWithin, TimeLimit returnVisitAfterOpening, TimeLimit returnVisitAfterFault,
                             PreSaleLimits preSale) {

    /** rules.md section 4: delivery within 3 working days after the circuit is opened. */
    public static final TimeLimit RULES_MD_DELIVERY = new TimeLimit.WorkingDays(3);
    /**
     * rules.md section 4, library default: return visit "within one week" after a service is opened, read as people
     * read it: by the end of the 7th calendar day after the opening day, by date in the order's zone.
     */
    public static final TimeLimit RULES_MD_RETURN_VISIT_AFTER_OPENING = new TimeLimit.CalendarDays(7);
    /** rules.md section 4, library default: "within 3 days" after a fault is handled: by the end of the 3rd calendar day. */
    public static final TimeLimit RULES_MD_RETURN_VISIT_AFTER_FAULT = new TimeLimit.CalendarDays(3);
    /** The setting a contract may choose instead (rules.md section 4): one week in clock hours from the opening. */
    public static final TimeLimit CLOCK_HOURS_RETURN_VISIT_AFTER_OPENING = new TimeLimit.ClockTime(Duration.ofDays(7));
    /** The setting a contract may choose instead: 3 days in clock hours (72 h) from the fault's handling. */
    public static final TimeLimit CLOCK_HOURS_RETURN_VISIT_AFTER_FAULT = new TimeLimit.ClockTime(Duration.ofDays(3));
    /** rules.md section 5: the normal class's provisioning deadline, for a provisioning order without SLA terms. */
    public static final int RULES_MD_NORMAL_DEADLINE = 20;
    /** Library sample default: response without stars, 2 h. */
    public static final TimeLimit SAMPLE_NO_STAR_RESPONSE = new TimeLimit.ClockTime(Duration.ofHours(2));
    /** Library sample default: restoration without stars, 24 h. */
    public static final TimeLimit SAMPLE_NO_STAR_RESTORATION = new TimeLimit.ClockTime(Duration.ofHours(24));

    private static final NodeTimeLimits SAMPLE = new NodeTimeLimits(StarLevelService.sample(),
            new TimeLimit.ClockTime(Duration.ofHours(2)), new TimeLimit.WorkingDays(1), new TimeLimit.WorkingDays(5),
            new TimeLimit.WorkingDays(10), new TimeLimit.WorkingDays(5), new TimeLimit.WorkingDays(1),
            RULES_MD_RETURN_VISIT_AFTER_OPENING, RULES_MD_RETURN_VISIT_AFTER_FAULT, PreSaleLimits.SAMPLE);

    public NodeTimeLimits {
        Objects.requireNonNull(stars, "stars");
        Objects.requireNonNull(dispatchWithin, "dispatchWithin");
        Objects.requireNonNull(startWorkWithin, "startWorkWithin");
        Objects.requireNonNull(complaintHandling, "complaintHandling");
        Objects.requireNonNull(changeHandling, "changeHandling");
        Objects.requireNonNull(cancellationHandling, "cancellationHandling");
        Objects.requireNonNull(closeWithin, "closeWithin");
        Objects.requireNonNull(returnVisitAfterOpening, "returnVisitAfterOpening");
        Objects.requireNonNull(returnVisitAfterFault, "returnVisitAfterFault");
        Objects.requireNonNull(preSale, "preSale");
    }

    /**
     * This table with other return-visit limits: the named setting of rules.md section 4, e.g. a contract that counts
     * in clock hours: {@code table.withReturnVisits(CLOCK_HOURS_RETURN_VISIT_AFTER_OPENING, CLOCK_HOURS_RETURN_VISIT_AFTER_FAULT)}.
     */
    public NodeTimeLimits withReturnVisits(TimeLimit afterOpening, TimeLimit afterFault) {
        return new NodeTimeLimits(stars, dispatchWithin, startWorkWithin, complaintHandling, changeHandling,
                cancellationHandling, closeWithin, afterOpening, afterFault, preSale);
    }

    /** This table with other limits for the stages of a pre-sale response. */
    public NodeTimeLimits withPreSale(PreSaleLimits limits) {
        return new NodeTimeLimits(stars, dispatchWithin, startWorkWithin, complaintHandling, changeHandling,
                cancellationHandling, closeWithin, returnVisitAfterOpening, returnVisitAfterFault, limits);
    }

    /**
     * The sample star table and library sample defaults: dispatch within 2 h, start work within 1 working day,
     * complaints handled in 5 working days, changes in 10, cancellations in 5, closed 1 working day after the return
     * visit; a pre-sale response's stages as {@link PreSaleLimits#SAMPLE}.
     */
    public static NodeTimeLimits sample() {
        return SAMPLE;
    }

    /**
     * The limits of an order of {@code kind} for a customer of {@code star} level.
     *
     * @param provisioningDeadline the SLA deadline in working days under the terms in force at acceptance, if any
     * @param delivery             whether the order passes DELIVERED (provisioning for a key account's headquarters)
     */
    public NodeLimits limitsFor(OrderKind kind, Option<StarLevel> star, Option<Integer> provisioningDeadline,
                                boolean delivery) {
        Option<StarEntitlements> entitled = star.map(s -> stars.table().entitlementsOf(s));
        String starSource = star.map(s -> "star-level engine, " + s.label()).getOrElse("library sample, no stars");
        boolean preSales = kind == OrderKind.PRE_SALE;
        Map<Node, NodeLimit> limits = HashMap.of(Node.ACCEPTED, preSales
                ? new NodeLimit(preSale.consultation(), Anchor.NODE_ENTRY, "pre-sale consultation: library sample")
                : new NodeLimit(dispatchWithin, Anchor.NODE_ENTRY, "library sample"));
        boolean respond = kind == OrderKind.FAULT_REPORT || kind == OrderKind.COMPLAINT;
        limits = limits.put(Node.DISPATCHED, preSales
                ? new NodeLimit(preSale.resourceCheck(), Anchor.NODE_ENTRY, "pre-sale resource check: library sample")
                : respond
                ? new NodeLimit(entitled.map(e -> (TimeLimit) new TimeLimit.ClockTime(e.responseTarget()))
                .getOrElse(SAMPLE_NO_STAR_RESPONSE), Anchor.ACCEPTANCE, "response: " + starSource)
                : new NodeLimit(startWorkWithin, Anchor.NODE_ENTRY, "library sample"));
        limits = limits.put(Node.IN_PROGRESS, switch (kind) {
            case PROVISIONING -> new NodeLimit(new TimeLimit.WorkingDays(provisioningDeadline.getOrElse(RULES_MD_NORMAL_DEADLINE)),
                    Anchor.ACCEPTANCE, provisioningDeadline.isDefined() ? "SLA terms in force at acceptance"
                    : "rules.md §5 normal class");
            case FAULT_REPORT -> new NodeLimit(entitled.map(e -> (TimeLimit) new TimeLimit.ClockTime(e.restorationTarget()))
                    .getOrElse(SAMPLE_NO_STAR_RESTORATION), Anchor.ACCEPTANCE, "restoration: " + starSource);
            case COMPLAINT -> new NodeLimit(complaintHandling, Anchor.ACCEPTANCE, "library sample");
            case CHANGE -> new NodeLimit(changeHandling, Anchor.ACCEPTANCE, "library sample");
            case CANCELLATION -> new NodeLimit(cancellationHandling, Anchor.ACCEPTANCE, "library sample");
            case PRE_SALE -> new NodeLimit(preSale.proposal(), Anchor.ACCEPTANCE, "pre-sale solution proposal: library sample");
        });
        NodeLimit returnVisit = kind == OrderKind.FAULT_REPORT
                ? new NodeLimit(returnVisitAfterFault, Anchor.COMPLETION, "return visit: rules.md §4")
                : new NodeLimit(returnVisitAfterOpening, Anchor.COMPLETION, preSales
                ? "the customer's answer: as the return visit, rules.md §4" : "return visit: rules.md §4");
        boolean delivers = delivery && kind == OrderKind.PROVISIONING;
        limits = delivers
                ? limits.put(Node.COMPLETED, new NodeLimit(RULES_MD_DELIVERY, Anchor.NODE_ENTRY, "delivery: rules.md §4"))
                .put(Node.DELIVERED, returnVisit)
                : limits.put(Node.COMPLETED, returnVisit);
        return new NodeLimits(limits.put(Node.RETURN_VISITED, new NodeLimit(closeWithin, Anchor.NODE_ENTRY, "library sample")),
                delivers);
    }
}
