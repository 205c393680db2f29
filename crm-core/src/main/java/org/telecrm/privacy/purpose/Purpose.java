package org.telecrm.privacy.purpose;

/**
 * Why an operator processes a customer's personal information (PIPL art. 6: a specific, reasonable purpose, the
 * minimum needed for it). The purposes of the library's own operations; the host maps its own onto them.
 */
public enum Purpose {
    /** Opening and providing the service the customer contracted for: registration, provisioning, the circuit. */
    SERVICE_DELIVERY("提供服务"),
    /** Billing, collection, arrears (the billing account and its ledger). */
    BILLING("计费收费"),
    /** Fault handling, complaints and the return visit (回访) that follows them. */
    SERVICE_ASSURANCE("服务保障与回访"),
    /** Churn early warning and retention offers (rules.md section 1): not needed to perform the contract. */
    RETENTION_MARKETING("维系营销"),
    /** Other marketing of products and services. */
    MARKETING("营销推广");

    private final String chineseName;

    Purpose(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
