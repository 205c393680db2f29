package org.telecrm.examples.bench;

import org.telecrm.examples.monthend.SampleProvince;
import org.telecrm.order.OrderKind;
import org.telecrm.order.aggregate.ServiceOrder;
import org.telecrm.sla.contract.Circuit;
import org.telecrm.sla.contract.SlaContract;

import java.io.IOException;

/** A sample unit's provisioning orders as {@code settle}'s input lines: what settle is measured on beside the month-end. */
final class SettleLines {

    private SettleLines() {
    }

    /** Appends a line per provisioning order of {@code unit}; how many. */
    static int write(SampleProvince.Unit unit, Appendable lines) throws IOException {
        SlaContract contract = unit.contracts().head().state();
        int written = 0;
        for (ServiceOrder order : unit.orders().map(o -> o.state()).filter(o -> o.kind() == OrderKind.PROVISIONING)) {
            Circuit circuit = contract.circuit(order.intake().circuit().get()).get();
            lines.append("{\"orderId\":\"").append(order.id().value()).append("\",\"product\":\"")
                    .append(circuit.product().name()).append("\",\"provisioningClass\":\"")
                    .append(circuit.provisioningClass().name()).append("\",\"standardOneTimeFee\":\"")
                    .append(circuit.standardOneTimeFee().toPlainString()).append("\",\"acceptedOn\":\"")
                    .append(order.acceptedAt().atZone(SampleProvince.ZONE).toLocalDate().toString()).append('"');
            if (order.completedAt().isDefined()) {
                lines.append(",\"completedOn\":\"")
                        .append(order.completedAt().get().atZone(SampleProvince.ZONE).toLocalDate().toString())
                        .append('"');
            }
            lines.append("}\n");
            written++;
        }
        return written;
    }
}
