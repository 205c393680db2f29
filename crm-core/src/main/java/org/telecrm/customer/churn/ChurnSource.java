package org.telecrm.customer.churn;

/**
 * The four sources of churn information (客户流失信息的四种获取方式, rules.md section 1).
 *
 * <pre>{@code
 * signal.source() == ChurnSource.CANCELLATION_ORDER
 * }</pre>
 */
public enum ChurnSource {
    /** 消费金额的波动: fluctuation of the customer's spend against its own trailing baseline. */
    SPEND_FLUCTUATION("消费金额的波动"),
    /** 其它渠道得到的客户危机情况: crisis information from other channels. */
    CRISIS_INFORMATION("其它渠道得到的客户危机情况"),
    /** 本地网关口局的准实时清单: near-real-time lists from the local network's gateway exchange. */
    GATEWAY_LIST("本地网关口局的准实时清单"),
    /** 一站服务系统的退租单: cancellation orders from the one-stop service system. */
    CANCELLATION_ORDER("一站服务系统的退租单");

    private final String chineseName;

    ChurnSource(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
