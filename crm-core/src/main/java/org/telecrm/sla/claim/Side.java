package org.telecrm.sla.claim;

/** The two sides of an SLA contract, each of which signs the contract and confirms a compensation claim. */
public enum Side {
    /** The key-account customer. */
    CUSTOMER("客户"),
    /** The operator (the provider, through its key-account department). */
    PROVIDER("电信");

    private final String chineseName;

    Side(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
