package org.telecrm.sla.settlement;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import org.jmolecules.ddd.annotation.Service;
import org.telecrm.calendar.WorkingDayCalendar;
import org.telecrm.money.Money;
import org.telecrm.sla.claim.Breach;
import org.telecrm.sla.claim.BreachId;
import org.telecrm.sla.contract.Circuit;
import org.telecrm.sla.contract.ContractStatus;
import org.telecrm.sla.contract.OrderEvaluation;
import org.telecrm.sla.contract.ProvisioningOrder;
import org.telecrm.sla.contract.QualityEvaluation;
import org.telecrm.sla.contract.SlaContract;
import org.telecrm.sla.contract.ValidityPeriod;
import org.telecrm.sla.provisioning.ProvisioningCase;
import org.telecrm.sla.quality.Outage;

import java.time.YearMonth;
import java.util.Objects;

/**
 * The monthly SLA settlement (rules.md section 5: the key-account department settles compensation and reports on
 * operation regularly), as a pure function of a contract, a month, the month's provisioning orders and its outage
 * records, on a working-day calendar. It changes nothing: the claims due are raised on the contract by the caller.
 *
 * <p>For each circuit of the contract it evaluates, under the terms version in force at the relevant date:
 * <ul>
 *   <li>the month's provisioning orders: those <b>completed in the month</b> (a late one is a claim due) and those
 *       still open (assessed as of the day they carry; an overdue one accrues, and is claimed once completed, since a
 *       breach is claimed once); an order completed in another month is left out as a problem;</li>
 *   <li>the month's outage records (only the days the contract covers; see {@code QualityCompensation}): the
 *       availability, overruns and credit (a claim due when positive).</li>
 * </ul>
 * Breaches that already have a claim on the contract are listed as already claimed, never due twice. An order or an
 * outage record that cannot be used (an unknown circuit, a bad date) is reported as a {@link SettlementProblem}, and
 * the rest of the month is still settled.
 *
 * <pre>{@code
 * MonthlyStatement march = MonthlySettlement.of(WorkingDayCalendar.official())
 *         .settle(contract, YearMonth.of(2026, 3), orders, outages).get();
 * march.claimsDue();             // breaches to raise claims for
 * march.report().describe();     // the operation report, one line per circuit
 * march.problems();              // records left out, and why
 * }</pre>
 */
@Service
public final class MonthlySettlement {

    private final WorkingDayCalendar calendar;

    private MonthlySettlement(WorkingDayCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    public static MonthlySettlement of(WorkingDayCalendar calendar) {
        return new MonthlySettlement(calendar);
    }

    public Either<SettlementError, MonthlyStatement> settle(SlaContract contract, YearMonth month,
                                                            Seq<ProvisioningOrder> orders, Seq<Outage> outages) {
        if (contract.status() instanceof ContractStatus.Draft) {
            return Either.left(new SettlementError.NotActivated(contract.id()));
        }
        ValidityPeriod coverage = contract.coverage();
        if (!coverage.overlaps(month)) {
            return Either.left(new SettlementError.MonthNotCovered(contract.id(), month, coverage.toString()));
        }
        List<SettlementProblem> problems = List.empty();
        List<Outage> usable = List.empty();
        for (Outage o : outages) {
            Seq<String> why = contract.circuit(o.circuit()).isEmpty()
                    ? List.of("circuit " + o.circuit() + " is not covered by contract " + contract.id())
                    : o.problems().map(p -> p.message());
            if (why.isEmpty()) {
                usable = usable.append(o);
            } else {
                problems = problems.appendAll(why.map(reason -> new SettlementProblem.OutageNotCounted(o.ticket(), reason)));
            }
        }
        List<OrderEvaluation> evaluations = List.empty();
        for (ProvisioningOrder order : orders) {
            if (order.progress() instanceof ProvisioningCase.Progress.CompletedOn done
                    && !YearMonth.from(done.day()).equals(month)) {
                problems = problems.append(new SettlementProblem.OrderNotEvaluated(order.id(),
                        "completed on " + done.day() + ", outside " + month));
                continue;
            }
            Either<String, OrderEvaluation> evaluated = contract.evaluateOrder(order, calendar).mapLeft(e -> e.message());
            if (evaluated.isLeft()) {
                problems = problems.append(new SettlementProblem.OrderNotEvaluated(order.id(), evaluated.getLeft()));
            } else {
                evaluations = evaluations.append(evaluated.get());
            }
        }
        List<CircuitReport> reports = List.empty();
        List<Breach> breaches = List.empty();
        for (Circuit circuit : contract.circuits()) {
            Seq<OrderEvaluation> own = evaluations.filter(e -> e.order().circuit().equals(circuit.id()));
            Either<String, QualityEvaluation> quality = contract.evaluateQuality(circuit.id(), month,
                    usable.filter(o -> o.circuit().equals(circuit.id()))).mapLeft(e -> e.message());
            if (quality.isLeft()) {
                return Either.left(new SettlementError.CircuitNotEvaluated(circuit.id(), quality.getLeft()));
            }
            reports = reports.append(circuitReport(circuit, own, quality.get()));
            breaches = breaches.appendAll(own.flatMap(OrderEvaluation::breach)).appendAll(quality.get().breach());
        }
        Seq<Breach> due = breaches.filter(b -> contract.claimFor(b.id()).isEmpty());
        Seq<BreachId> claimed = breaches.filter(b -> contract.claimFor(b.id()).isDefined()).map(Breach::id);
        return Either.right(new MonthlyStatement(
                new OperationReport(contract.id(), contract.customer(), month, reports), due, claimed, problems));
    }

    /**
     * A circuit's line of the operation report from its orders' evaluations (completed and open) and its month's
     * quality evaluation; for a host that evaluates the orders itself (e.g. pause-aware, from service orders).
     */
    public static CircuitReport circuitReport(Circuit circuit, Seq<OrderEvaluation> orders, QualityEvaluation quality) {
        Seq<OrderEvaluation> completed = orders.filter(e -> e.order().isCompleted());
        Seq<OrderEvaluation> open = orders.filter(e -> !e.order().isCompleted());
        return new CircuitReport(circuit.id(), completed.size(), completed.count(e -> !e.late()), open.size(),
                open.count(OrderEvaluation::late), sum(completed), sum(open), quality.assessment());
    }

    private static Money sum(Seq<OrderEvaluation> evaluations) {
        return evaluations.map(e -> e.assessment().compensation()).fold(Money.ZERO, Money::plus);
    }
}
