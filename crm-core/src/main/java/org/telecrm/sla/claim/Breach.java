package org.telecrm.sla.claim;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.jmolecules.ddd.annotation.ValueObject;
import org.telecrm.money.Money;
import org.telecrm.sla.CircuitId;
import org.telecrm.sla.ProvisioningOrderId;
import org.telecrm.sla.SlaContractId;
import org.telecrm.sla.provisioning.ProvisioningAssessment;
import org.telecrm.sla.quality.MeasuredAssessment;
import org.telecrm.sla.quality.QualityAssessment;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * An SLA breach with its evidence: what a compensation claim is raised from. The amount is not stored beside the
 * evidence but read from it ({@link #amount()}), and so is the audit basis ({@link #basis()}).
 *
 * <p>A contract's evaluations produce breaches ({@code SlaContract.evaluateOrder}, {@code SlaContract.evaluateQuality},
 * {@code SlaContract.evaluateMeasured}, the monthly settlement); the contract checks, when a claim is raised, that the breach is its own, is about one of
 * its circuits, and was evaluated under the terms version in force at {@link #termsDate()}.
 *
 * <pre>{@code
 * Breach b = contract.evaluateOrder(order, calendar).get().breach().get();
 * b.id();       // DDN-1/LATE_PROVISIONING/SO-7
 * b.amount();   // CNY 1800.00
 * b.basis();    // the order, its due date and days late, and every term with where it came from
 * }</pre>
 */
public sealed interface Breach {

    SlaContractId contract();

    CircuitId circuit();

    /** The number of the contract's terms version the evidence was computed under. */
    int termsVersion();

    /** The breach's stable identity: one claim per breach. */
    BreachId id();

    /** What the provider owes for it. */
    Money amount();

    /** The date whose terms version applies: an order's acceptance, a month's first measured day. */
    LocalDate termsDate();

    /** The audit basis: what decided the amount, one line per step. */
    Seq<String> basis();

    /**
     * A circuit opened late: the provisioning compensation engine's assessment of the order.
     *
     * @param order the provisioning order
     */
    @ValueObject
    record LateProvisioning(SlaContractId contract, CircuitId circuit, ProvisioningOrderId order, int termsVersion,
                            ProvisioningAssessment assessment) implements Breach {

        public LateProvisioning {
            Objects.requireNonNull(contract, "contract");
            Objects.requireNonNull(circuit, "circuit");
            Objects.requireNonNull(order, "order");
            Objects.requireNonNull(assessment, "assessment");
        }

        public BreachId id() {
            return BreachId.lateProvisioning(circuit, order);
        }

        public Money amount() {
            return assessment.compensation();
        }

        public LocalDate termsDate() {
            return assessment.of().acceptedOn();
        }

        public Seq<String> basis() {
            return List.of("late provisioning of circuit " + circuit + ", order " + order + " under contract " + contract
                                    + " terms version " + termsVersion,
                            "accepted " + assessment.of().acceptedOn() + ", due " + assessment.dueOn() + ", counted to "
                                    + assessment.of().progress().countedTo() + ": " + assessment.workingDaysLate()
                                    + " working day(s) late",
                            "charged one-time fee " + assessment.chargedOneTimeFee().toPlainString() + ", compensation base "
                                    + assessment.compensationBase().toPlainString() + ", compensation "
                                    + assessment.compensation().toPlainString() + (assessment.capped() ? " (capped)" : ""))
                    .appendAll(assessment.terms().describe());
        }
    }

    /**
     * A circuit's month below its quality level's commitments: the quality engine's assessment of the month.
     */
    @ValueObject
    record QualityBreach(SlaContractId contract, CircuitId circuit, YearMonth month, int termsVersion,
                         QualityAssessment assessment) implements Breach {

        public QualityBreach {
            Objects.requireNonNull(contract, "contract");
            Objects.requireNonNull(circuit, "circuit");
            Objects.requireNonNull(month, "month");
            Objects.requireNonNull(assessment, "assessment");
        }

        public BreachId id() {
            return BreachId.quality(circuit, month);
        }

        public Money amount() {
            return assessment.credit();
        }

        public LocalDate termsDate() {
            return assessment.of().firstDay();
        }

        public Seq<String> basis() {
            return List.of("quality breach of circuit " + circuit + " in " + month + " under contract " + contract
                    + " terms version " + termsVersion).appendAll(assessment.describe());
        }
    }

    /**
     * A circuit's month with measurement windows (latency, packet loss, jitter) beyond its quality level's allowance:
     * the quality engine's assessment of the month's outages and measurements. What it owes is what the measurements
     * add to the outages' credit within the level's cap ({@link MeasuredAssessment#credit()}); the outages' own credit
     * is the month's {@link QualityBreach}, claimed on its own, on the same outage records.
     */
    @ValueObject
    record MeasuredBreach(SlaContractId contract, CircuitId circuit, YearMonth month, int termsVersion,
                          MeasuredAssessment assessment) implements Breach {

        public MeasuredBreach {
            Objects.requireNonNull(contract, "contract");
            Objects.requireNonNull(circuit, "circuit");
            Objects.requireNonNull(month, "month");
            Objects.requireNonNull(assessment, "assessment");
        }

        public BreachId id() {
            return BreachId.measured(circuit, month);
        }

        public Money amount() {
            return assessment.credit();
        }

        public LocalDate termsDate() {
            return assessment.outages().of().firstDay();
        }

        public Seq<String> basis() {
            return List.of("measured breach of circuit " + circuit + " in " + month + " under contract " + contract
                    + " terms version " + termsVersion).appendAll(assessment.outages().describe())
                    .appendAll(assessment.describe());
        }
    }
}
