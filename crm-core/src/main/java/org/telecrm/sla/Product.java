package org.telecrm.sla;

/** The leased-circuit products an SLA covers (rules.md section 5). */
public enum Product {
    /** 数字电路 digital circuit leasing. */
    DIGITAL_CIRCUIT("数字电路"),
    /** DDN digital data network circuit. */
    DDN("DDN"),
    /** Frame relay. */
    FR("FR"),
    /** ATM circuit. */
    ATM("ATM");

    private final String chineseName;

    Product(String chineseName) {
        this.chineseName = chineseName;
    }

    /** The product's name in the source documents. */
    public String chineseName() {
        return chineseName;
    }
}
