package org.telecrm.sla.settlement;

import org.jmolecules.ddd.annotation.ValueObject;
import org.telecrm.money.Money;
import org.telecrm.sla.CircuitId;
import org.telecrm.sla.quality.Availability;
import org.telecrm.sla.quality.QualityAssessment;

import java.util.Objects;

/**
 * One circuit's line of the monthly operation report (运行情况报告): its provisioning orders, its availability against
 * the target, and what it earned in credits.
 *
 * @param circuit                  the circuit
 * @param ordersCompleted          orders completed in the month
 * @param completedOnTime          of those, completed on or before their due date
 * @param openOrders               orders still open at the month's end
 * @param openOverdue              of those, already past their due date
 * @param provisioningCompensation compensation owed for the orders completed late (claimable)
 * @param accruingCompensation     compensation accrued so far by open overdue orders (claimable once completed)
 * @param quality                  the month's quality assessment
 */
@ValueObject
public record CircuitReport(CircuitId circuit, int ordersCompleted, int completedOnTime, int openOrders,
                            int openOverdue, Money provisioningCompensation, Money accruingCompensation,
                            QualityAssessment quality) {

    public CircuitReport {
        Objects.requireNonNull(circuit, "circuit");
        Objects.requireNonNull(provisioningCompensation, "provisioningCompensation");
        Objects.requireNonNull(accruingCompensation, "accruingCompensation");
        Objects.requireNonNull(quality, "quality");
    }

    public int completedLate() {
        return ordersCompleted - completedOnTime;
    }

    public Availability availability() {
        return quality.availability();
    }

    public boolean availabilityTargetMet() {
        return quality.targetMet();
    }

    public Money qualityCredit() {
        return quality.credit();
    }

    /** Provisioning compensation and quality credit owed for the month. */
    public Money totalCredit() {
        return provisioningCompensation.plus(quality.credit());
    }

    /** One line for the report. */
    public String describe() {
        return circuit + ": provisioning " + completedOnTime + "/" + ordersCompleted + " on time"
                + (openOrders > 0 ? ", " + openOrders + " open (" + openOverdue + " overdue, accruing "
                + accruingCompensation.toPlainString() + ")" : "")
                + "; availability " + availability() + " against " + quality.terms().availabilityTarget()
                + (availabilityTargetMet() ? " (met)" : " (missed)")
                + "; credits: provisioning " + provisioningCompensation.toPlainString() + ", quality "
                + qualityCredit().toPlainString() + ", total " + totalCredit().toPlainString();
    }
}
