package org.telecrm.order.report;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import org.telecrm.order.OrderKind;
import org.telecrm.order.aggregate.ServiceOrder;
import org.telecrm.order.clock.CalendarVersions;
import org.telecrm.order.compensation.CompensationLink;
import org.telecrm.sla.claim.Breach;
import org.telecrm.sla.contract.Circuit;
import org.telecrm.sla.contract.OrderEvaluation;
import org.telecrm.sla.contract.QualityEvaluation;
import org.telecrm.sla.contract.SlaContract;
import org.telecrm.sla.quality.Outage;
import org.telecrm.sla.quality.OutageCause;
import org.telecrm.sla.settlement.CircuitReport;
import org.telecrm.sla.settlement.MonthlySettlement;
import org.telecrm.sla.settlement.OperationReport;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.function.Function;

/**
 * A contract's month from its service orders: the monthly operation report (rules.md section 5) and the breaches to
 * raise claims for, both from the same evaluations, so that the report and the claims never disagree. Provisioning
 * orders are evaluated pause-aware ({@link CompensationLink#evaluate}); handled fault reports become outage records
 * ({@link CompensationLink#outages(ServiceOrder, OutageCause)}: one per circuit and open period, so a reopened fault's
 * up-time between its restoration and its reopening is not outage) with the cause the host's fault diagnosis gives.
 *
 * <pre>{@code
 * ContractMonth m = ContractMonth.of(contract, ordersOfTheMonth, YearMonth.of(2026, 3), calendars, diagnosis);
 * m.report().describe();   // the operation report's lines
 * m.breaches();            // one claim each (the contract answers AlreadyRaised for those it has)
 * m.problems();            // orders left out, each with why
 * }</pre>
 *
 * @param report   the operation report
 * @param breaches the month's breaches, provisioning then quality, per circuit in contract order
 * @param problems orders that could not be evaluated, each with why (none for a consistent store)
 */
public record ContractMonth(OperationReport report, Seq<Breach> breaches, Seq<String> problems) {

    public ContractMonth {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(breaches, "breaches");
        Objects.requireNonNull(problems, "problems");
    }

    /**
     * Evaluates {@code orders} (those of the contract accepted or completed in {@code month}, as
     * {@code ServiceOrders.byContractAndMonth} returns them): provisioning orders completed in the month or still open
     * at its end, and fault reports handled, as outages with {@code diagnosis}'s cause.
     */
    public static ContractMonth of(SlaContract contract, Seq<ServiceOrder> orders, YearMonth month,
                                   CalendarVersions calendars, Function<ServiceOrder, OutageCause> diagnosis) {
        LocalDate lastDay = month.atEndOfMonth();
        List<String> problems = List.empty();
        List<OrderEvaluation> evaluations = List.empty();
        List<Outage> outages = List.empty();
        for (ServiceOrder order : orders.sortBy(ServiceOrder::id)) {
            if (order.kind() == OrderKind.PROVISIONING) {
                boolean completedInMonth = order.completedAt()
                        .exists(at -> YearMonth.from(at.atZone(order.basis().zone())).equals(month));
                if (!completedInMonth && order.completedAt().isDefined()) {
                    continue;                                     // accepted this month, completed in another
                }
                if (order.completedAt().isEmpty() && !order.isOpen()) {
                    continue;                                     // cancelled before completion: nothing to evaluate
                }
                Either<String, OrderEvaluation> e = CompensationLink.evaluate(order, contract, calendars, lastDay)
                        .mapLeft(error -> order.id() + ": " + error.message());
                if (e.isLeft()) {
                    problems = problems.append(e.getLeft());
                } else {
                    evaluations = evaluations.append(e.get());
                }
            } else if (order.kind() == OrderKind.FAULT_REPORT && order.completedAt().isDefined()) {
                outages = outages.appendAll(CompensationLink.outages(order, diagnosis.apply(order)).get());   // a fault
            }
        }
        List<CircuitReport> circuits = List.empty();
        List<Breach> breaches = List.empty();
        for (Circuit circuit : contract.circuits()) {
            Seq<OrderEvaluation> own = evaluations.filter(e -> e.order().circuit().equals(circuit.id()));
            Either<String, QualityEvaluation> quality = contract.evaluateQuality(circuit.id(), month,
                    outages.filter(o -> o.circuit().equals(circuit.id()))).mapLeft(e -> circuit.id() + ": " + e.message());
            if (quality.isLeft()) {
                problems = problems.append(quality.getLeft());
                continue;
            }
            circuits = circuits.append(MonthlySettlement.circuitReport(circuit, own, quality.get()));
            breaches = breaches.appendAll(own.filter(e -> e.order().isCompleted()).flatMap(OrderEvaluation::breach))
                    .appendAll(quality.get().breach());
        }
        return new ContractMonth(new OperationReport(contract.id(), contract.customer(), month, circuits), breaches,
                problems);
    }

}
