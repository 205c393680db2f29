package org.telecrm.sla.settlement;

import org.telecrm.sla.ProvisioningOrderId;

/**
 * An order or an outage record the monthly settlement could not use; the rest of the month is settled without it.
 * The message names the record and says why.
 */
public sealed interface SettlementProblem {

    String message();

    record OrderNotEvaluated(ProvisioningOrderId order, String reason) implements SettlementProblem {
        public String message() {
            return "order " + order + ": " + reason;
        }
    }

    record OutageNotCounted(String ticket, String reason) implements SettlementProblem {
        public String message() {
            return "outage " + ticket + ": " + reason;
        }
    }
}
