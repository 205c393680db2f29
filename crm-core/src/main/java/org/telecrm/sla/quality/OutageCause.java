package org.telecrm.sla.quality;

/**
 * Who or what caused an outage. Only {@link #PROVIDER} time counts against a quality level; customer-side and
 * force-majeure outages never change the availability or the credit (rules.md section 5: compensation is what the
 * provider pays when <em>it</em> breaks the agreement).
 */
public enum OutageCause {
    /** 电信责任: the provider's network or staff; counts. */
    PROVIDER("电信责任"),
    /** 客户原因: the customer's equipment, premises, power or request; never counts. */
    CUSTOMER_SIDE("客户原因"),
    /** 不可抗力: force majeure; never counts. */
    FORCE_MAJEURE("不可抗力");

    private final String chineseName;

    OutageCause(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }

    /** Whether time of this cause counts against the provider's quality commitments. */
    public boolean counts() {
        return this == PROVIDER;
    }
}
