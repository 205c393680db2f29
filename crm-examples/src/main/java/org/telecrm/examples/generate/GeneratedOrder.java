package org.telecrm.examples.generate;

import io.vavr.control.Option;
import org.telecrm.money.Money;
import org.telecrm.sla.Product;
import org.telecrm.sla.ProvisioningClass;
import org.telecrm.sla.provisioning.ProvisioningCase;

import java.time.LocalDate;

/**
 * One valid random order, as the generator makes it: the values, and the settle input line that states them.
 *
 * @param feeAsNumber whether the line gives the fee as a JSON number rather than a string (both are valid)
 * @param completedOn empty for an order that is still open
 */
public record GeneratedOrder(String orderId, String customerId, Product product, ProvisioningClass provisioningClass,
                             Money standardOneTimeFee, boolean feeAsNumber, LocalDate acceptedOn,
                             Option<LocalDate> completedOn) {

    /** The order as one settle input line (no newline). */
    public String toJson() {
        String fee = standardOneTimeFee.toPlainString();
        return "{\"orderId\":\"" + orderId + "\",\"customerId\":\"" + customerId + "\",\"product\":\"" + product
                + "\",\"provisioningClass\":\"" + provisioningClass + "\",\"standardOneTimeFee\":"
                + (feeAsNumber ? fee : "\"" + fee + "\"") + ",\"acceptedOn\":\"" + acceptedOn + "\""
                + completedOn.map(day -> ",\"completedOn\":\"" + day + "\"").getOrElse("") + "}";
    }

    /** The case the engine assesses for this order, open orders as of {@code asOf}. */
    public ProvisioningCase toCase(LocalDate asOf) {
        return completedOn.isDefined()
                ? ProvisioningCase.completed(product, provisioningClass, standardOneTimeFee, acceptedOn, completedOn.get())
                : ProvisioningCase.openAsOf(product, provisioningClass, standardOneTimeFee, acceptedOn, asOf);
    }
}
