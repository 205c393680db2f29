package org.telecrm.sla.settlement;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.jmolecules.ddd.annotation.ValueObject;
import org.telecrm.customer.CustomerId;
import org.telecrm.money.Money;
import org.telecrm.sla.CircuitId;
import org.telecrm.sla.SlaContractId;

import java.time.YearMonth;
import java.util.Objects;

/**
 * The monthly operation report an SLA customer is given regularly (定期提供运行情况报告, rules.md section 5): per
 * circuit, on-time provisioning, availability against the target, and credits.
 *
 * <pre>{@code
 * OperationReport report = statement.report();
 * report.circuit(CircuitId.of("DDN-1")).get().availability();   // exact
 * report.totalCredit();                                          // over all circuits
 * report.describe();                                             // a heading, then one line per circuit
 * }</pre>
 */
@ValueObject
public record OperationReport(SlaContractId contract, CustomerId customer, YearMonth month, Seq<CircuitReport> circuits) {

    public OperationReport {
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(circuits, "circuits");
    }

    public Option<CircuitReport> circuit(CircuitId circuit) {
        return circuits.find(c -> c.circuit().equals(circuit));
    }

    public int ordersCompleted() {
        return circuits.map(CircuitReport::ordersCompleted).sum().intValue();
    }

    public int completedOnTime() {
        return circuits.map(CircuitReport::completedOnTime).sum().intValue();
    }

    /** Circuits whose availability met the target. */
    public int circuitsMeetingTarget() {
        return circuits.count(CircuitReport::availabilityTargetMet);
    }

    public Money totalCredit() {
        return circuits.map(CircuitReport::totalCredit).fold(Money.ZERO, Money::plus);
    }

    public Seq<String> describe() {
        return List.of("SLA operation report " + month + ", contract " + contract + ", customer " + customer + ": "
                        + completedOnTime() + "/" + ordersCompleted() + " orders on time, " + circuitsMeetingTarget() + "/"
                        + circuits.size() + " circuits met their availability target, credits " + totalCredit().toPlainString())
                .appendAll(circuits.map(CircuitReport::describe));
    }
}
