package org.telecrm.order.aggregate;

/**
 * Where an order was taken (rules.md sections 4 and 7).
 *
 * <pre>{@code
 * Channel.HOTLINE_10000.chineseName();   // "10000号"
 * }</pre>
 */
public enum Channel {
    HOTLINE_10000("10000号"),
    BUSINESS_HALL("营业厅"),
    ACCOUNT_MANAGER("客户经理"),
    ONE_STOP_SERVICE("一站式服务");

    private final String chineseName;

    Channel(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
