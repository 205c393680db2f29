package org.telecrm.sla.contract;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.telecrm.calendar.CalendarError;
import org.telecrm.calendar.WorkingDayCalendar;
import org.telecrm.sla.CircuitId;
import org.telecrm.sla.provisioning.AssessmentError;
import org.telecrm.sla.provisioning.ProvisioningCase;
import org.telecrm.sla.provisioning.ProvisioningCompensation;
import org.telecrm.sla.quality.Measurement;
import org.telecrm.sla.quality.Outage;
import org.telecrm.sla.quality.QualityCase;

import java.time.YearMonth;

/**
 * A signed contract's evaluations (queries): a provisioning order and a circuit's month of outages, each under the
 * terms version in force on its date, through the provisioning and quality engines. {@link SlaContract#evaluateOrder}
 * and {@link SlaContract#evaluateQuality} say what each answers.
 */
final class ContractEvaluation {

    private ContractEvaluation() {
    }

    static Either<EvaluationError, OrderEvaluation> order(SlaContract contract, ProvisioningOrder order,
                                                          WorkingDayCalendar calendar) {
        if (contract.status() instanceof ContractStatus.Draft) {
            return Either.left(new EvaluationError.NotActivated(contract.getId()));
        }
        Option<Circuit> found = contract.circuit(order.circuit());
        if (found.isEmpty()) {
            return Either.left(new EvaluationError.UnknownCircuit(contract.getId(), order.circuit()));
        }
        if (!contract.coverage().contains(order.acceptedOn())) {
            return Either.left(new EvaluationError.NotCovered("acceptedOn", order.acceptedOn().toString(),
                    contract.coverage().toString()));
        }
        Circuit circuit = found.get();
        TermsVersion version = contract.termsInForceOn(order.acceptedOn()).get();
        ProvisioningCase c = new ProvisioningCase(circuit.product(), circuit.provisioningClass(),
                circuit.standardOneTimeFee(), order.acceptedOn(), order.progress());
        // the days the customer held the order are days off (rules.md section 6): the one place this rule applies
        Either<CalendarError, WorkingDayCalendar> net = calendar.withDaysOff(order.heldDays());
        if (net.isLeft()) {
            return Either.left(new EvaluationError.Provisioning(new AssessmentError.OutsideCalendar("heldDays",
                    net.getLeft())));
        }
        return ProvisioningCompensation.of(net.get(), version.terms().tariff()).assess(c)
                .<EvaluationError>mapLeft(EvaluationError.Provisioning::new)
                .map(assessment -> new OrderEvaluation(contract.getId(), order, version.number(), assessment));
    }

    static Either<EvaluationError, QualityEvaluation> quality(SlaContract contract, CircuitId circuitId,
                                                              YearMonth month, Seq<Outage> outages) {
        return qualityCase(contract, circuitId, month, outages).flatMap(c -> {
            TermsVersion version = contract.termsInForceOn(c.firstDay()).get();
            return version.terms().qualityEngine().assess(c)
                    .<EvaluationError>mapLeft(EvaluationError.Quality::new)
                    .map(assessment -> new QualityEvaluation(contract.getId(), circuitId, month, version.number(),
                            assessment));
        });
    }

    static Either<EvaluationError, MeasuredEvaluation> measured(SlaContract contract, CircuitId circuitId,
                                                                YearMonth month, Seq<Outage> outages,
                                                                Seq<Measurement> measurements) {
        return qualityCase(contract, circuitId, month, outages).flatMap(c -> {
            TermsVersion version = contract.termsInForceOn(c.firstDay()).get();
            return version.terms().qualityEngine().assessMeasured(c, measurements)
                    .<EvaluationError>mapLeft(EvaluationError.Quality::new)
                    .map(assessment -> new MeasuredEvaluation(contract.getId(), circuitId, month, version.number(),
                            assessment));
        });
    }

    /** The circuit's month as the quality engine takes it, its covered days only; refused for a draft, an unknown
     * circuit, a month the contract does not cover. */
    private static Either<EvaluationError, QualityCase> qualityCase(SlaContract contract, CircuitId circuitId,
                                                                    YearMonth month, Seq<Outage> outages) {
        if (contract.status() instanceof ContractStatus.Draft) {
            return Either.left(new EvaluationError.NotActivated(contract.getId()));
        }
        Option<Circuit> found = contract.circuit(circuitId);
        if (found.isEmpty()) {
            return Either.left(new EvaluationError.UnknownCircuit(contract.getId(), circuitId));
        }
        ValidityPeriod coverage = contract.coverage();
        if (!coverage.overlaps(month)) {
            return Either.left(new EvaluationError.NotCovered("month", month.toString(), coverage.toString()));
        }
        Circuit circuit = found.get();
        return Either.right(QualityCase.forMonth(circuitId, circuit.qualityLevel(), circuit.monthlyRental(), month,
                outages).coveredBetween(coverage.from(), coverage.to()));
    }
}
