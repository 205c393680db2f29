package org.telecrm.order.report;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.telecrm.money.Money;
import org.telecrm.order.OrderKind;
import org.telecrm.order.aggregate.Node;
import org.telecrm.order.aggregate.NodeVisit;
import org.telecrm.order.aggregate.ReturnVisitOutcome;
import org.telecrm.order.aggregate.ServiceOrder;
import org.telecrm.order.clock.CalendarVersions;
import org.telecrm.order.clock.ClockReading;
import org.telecrm.sla.claim.Breach;
import org.telecrm.sla.claim.ClaimStatus;
import org.telecrm.sla.contract.CompensationClaim;
import org.telecrm.sla.contract.SlaContract;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;


/**
 * The month-end reports, pure functions of the contracts and orders a host loads (through the storage ports) and the
 * month. Every result is ordered (by bureau, department, week, order id), so that rendering it twice gives the same
 * bytes.
 *
 * <pre>{@code
 * Seq<BureauCompensation> byBureau = MonthEndReports.compensation(contracts, YearMonth.of(2026, 3));
 * Seq<NodePassRate> rates = MonthEndReports.slaPassRates(orders, YearMonth.of(2026, 3), endOfMonth, calendars);
 * Seq<FaultWeek> weeks = MonthEndReports.faultWeeks(orders, YearMonth.of(2026, 3), calendars);
 * ReturnVisitCoverage visits = MonthEndReports.returnVisits(orders, YearMonth.of(2026, 3));
 * }</pre>
 */
public final class MonthEndReports {

    private MonthEndReports() {
    }

    /**
     * The month a breach belongs to: a quality or measured breach's month, a late order's completion (or counted-to)
     * day.
     */
    public static YearMonth monthOf(Breach breach) {
        if (breach instanceof Breach.QualityBreach q) {
            return q.month();
        }
        if (breach instanceof Breach.MeasuredBreach m) {
            return m.month();
        }
        return YearMonth.from(((Breach.LateProvisioning) breach).assessment().of().progress().countedTo());
    }

    /**
     * Compensation per responsible bureau and segment of the claims for breaches of {@code month} (rejected claims
     * excluded: nothing is owed for them), ordered by bureau then segment.
     */
    public static Seq<BureauCompensation> compensation(Seq<SlaContract> contracts, YearMonth month) {
        Seq<CompensationClaim> claims = contracts.flatMap(SlaContract::claims)
                .filter(c -> monthOf(c.breach()).equals(month))
                .filter(c -> !(c.status() instanceof ClaimStatus.Rejected));
        return claims.groupBy(c -> Tuple.of(c.responsibility().bureau(), c.responsibility().segment()))
                .map(group -> {
                    Seq<CompensationClaim> of = group._2;
                    Seq<CompensationClaim> settled = of.filter(c -> c.status() instanceof ClaimStatus.Settled);
                    return new BureauCompensation(group._1._1, group._1._2, of.size(), settled.size(),
                            sum(of.map(CompensationClaim::amount)), sum(settled.map(CompensationClaim::amount)));
                })
                .toList()
                .sorted(Comparator.comparing(BureauCompensation::bureau).thenComparing(BureauCompensation::segment));
    }

    /**
     * The SLA pass rate per department and node: every stay with a time limit that was left in {@code month}
     * (measured when it was left), and every stay still open at {@code endOfMonth} that is already overdue (a failure
     * that should not wait to be counted). Ordered by department, then node.
     */
    public static Seq<NodePassRate> slaPassRates(Seq<ServiceOrder> orders, YearMonth month, Instant endOfMonth,
                                                 CalendarVersions calendars) {
        Seq<Tuple2<NodeVisit, Boolean>> measured = orders.flatMap(order -> order.visits()
                .filter(v -> order.limits().of(v.node()).isDefined())
                // the order's reading looks at the node's last stay; earlier stays of a re-entered node are skipped
                .filter(v -> order.visits().findLast(w -> w.node() == v.node()).contains(v))
                .flatMap(v -> {
                    Option<ClockReading> reading = order.reading(v.node(), endOfMonth, calendars).getOrElse(Option.none());
                    if (reading.isEmpty()) {
                        return Option.none();
                    }
                    boolean overdue = reading.get().overdue();
                    if (v.left().isDefined()) {
                        boolean inMonth = YearMonth.from(v.left().get().atZone(order.basis().zone())).equals(month);
                        return inMonth ? Option.some(Tuple.of(v, !overdue)) : Option.none();
                    }
                    return overdue ? Option.some(Tuple.of(v, false)) : Option.none();
                }));
        return measured.groupBy(t -> Tuple.of(t._1.party().department(), t._1.node()))
                .map(g -> new NodePassRate(g._1._1, g._1._2, g._2.size(), g._2.count(t -> t._2)))
                .toList()
                .sorted(Comparator.comparing((NodePassRate r) -> r.department().value()).thenComparing(NodePassRate::node));
    }

    /**
     * Fault statistics per week of the fault reports accepted in {@code month} (the day read in each order's zone):
     * reported, key accounts', restored, restored within the restoration limit (the IN_PROGRESS limit), and reopened.
     * A fault is restored when it left its latest spell of work for COMPLETED: a reopened (or reworked) fault back in
     * work is not restored, and once restored again its reading is taken at that completion with its clock continued
     * across the reopening (from the restoration: the wait for the close and the time closed do not count), so a
     * fault that comes back counts against the restoration figures. Every week touching the month is listed, faults or not.
     */
    public static Seq<FaultWeek> faultWeeks(Seq<ServiceOrder> orders, YearMonth month, CalendarVersions calendars) {
        Seq<ServiceOrder> faults = orders.filter(o -> o.kind() == OrderKind.FAULT_REPORT)
                .filter(o -> YearMonth.from(acceptedOn(o)).equals(month));
        Seq<LocalDate> mondays = io.vavr.collection.Stream.iterate(monday(month.atDay(1)), d -> d.plusWeeks(1))
                .takeWhile(d -> !d.isAfter(month.atEndOfMonth())).toList();
        return mondays.map(monday -> {
            Seq<ServiceOrder> week = faults.filter(o -> monday(acceptedOn(o)).equals(monday));
            Seq<ServiceOrder> restored = week.filter(o -> restoredAt(o).isDefined());
            int within = restored.count(o -> o.reading(Node.IN_PROGRESS, restoredAt(o).get(), calendars)
                    .map(r -> r.exists(reading -> !reading.overdue())).getOrElse(false));
            return new FaultWeek(monday, week.size(), week.count(o -> o.intake().star().isDefined()), restored.size(),
                    within, week.count(o -> o.reopenCount() > 0));
        });
    }

    /** When the order left its latest spell of work (IN_PROGRESS) for COMPLETED; none while in work or before. */
    static Option<Instant> restoredAt(ServiceOrder order) {
        int work = order.visits().lastIndexWhere(v -> v.node() == Node.IN_PROGRESS);
        return work < 0 || work + 1 >= order.visits().size() ? Option.none()
                : Option.of(order.visits().get(work + 1)).filter(v -> v.node() == Node.COMPLETED).map(NodeVisit::entered);
    }

    /**
     * Return-visit coverage of the orders (other than cancellations) completed in {@code month}: visited or not, and
     * the dissatisfied visits escalated to the account manager.
     */
    public static ReturnVisitCoverage returnVisits(Seq<ServiceOrder> orders, YearMonth month) {
        Seq<ServiceOrder> completed = orders
                .filter(o -> o.completedAt().exists(at -> YearMonth.from(at.atZone(o.basis().zone())).equals(month)))
                .sortBy(ServiceOrder::id);
        Seq<ServiceOrder> visited = completed.filter(o -> o.returnVisit().isDefined());
        return new ReturnVisitCoverage(completed.size(), visited.size(),
                completed.filter(o -> o.returnVisit().isEmpty()).map(ServiceOrder::id),
                visited.filter(o -> o.returnVisit().contains(ReturnVisitOutcome.DISSATISFIED)).map(ServiceOrder::id));
    }

    private static LocalDate acceptedOn(ServiceOrder order) {
        return order.acceptedAt().atZone(order.basis().zone()).toLocalDate();
    }

    private static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static Money sum(Seq<Money> amounts) {
        return amounts.foldLeft(Money.ZERO, Money::plus);
    }

}
