package org.telecrm.order;

/**
 * The kinds of electronic work order (电子工单, rules.md section 7).
 *
 * <pre>{@code
 * OrderKind.FAULT_REPORT.chineseName();   // "故障申告"
 * }</pre>
 */
public enum OrderKind {
    /** 开通: provisioning a new service or circuit. */
    PROVISIONING("开通"),
    /** 故障申告: a fault report (障碍). */
    FAULT_REPORT("故障申告"),
    /** 投诉: a complaint, and its follow-up. */
    COMPLAINT("投诉"),
    /** 变更: a change to a service in use. */
    CHANGE("变更"),
    /** 退租: a cancellation. */
    CANCELLATION("退租"),
    /**
     * 售前响应: a pre-sale response (003): the consultation, the resource check and the solution proposal, handed over
     * into a provisioning order once the customer agrees ({@code order.presale.PreSale}).
     */
    PRE_SALE("售前响应");

    private final String chineseName;

    OrderKind(String chineseName) {
        this.chineseName = chineseName;
    }

    /** The kind's name in the source documents. */
    public String chineseName() {
        return chineseName;
    }
}
