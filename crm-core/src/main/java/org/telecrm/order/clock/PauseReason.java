package org.telecrm.order.clock;

/**
 * Why the SLA clock of an order is paused: the order waits on the customer (issue 6, section 3).
 *
 * <pre>{@code
 * PauseReason.SITE_NOT_READY.chineseName();   // "现场未具备条件"
 * }</pre>
 */
public enum PauseReason {
    /** The customer's site is not ready (machine room, power, ducts). */
    SITE_NOT_READY("现场未具备条件"),
    /** The customer asked to delay the work. */
    CUSTOMER_REQUESTED_DELAY("客户要求延期");

    private final String chineseName;

    PauseReason(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
