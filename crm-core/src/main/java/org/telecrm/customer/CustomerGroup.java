package org.telecrm.customer;

/**
 * The customer groups of rules.md section 1: public (公众客户), commercial (商业客户) and key account (大客户).
 *
 * <pre>{@code
 * CustomerGroup.KEY_ACCOUNT.chineseName();   // "大客户"
 * }</pre>
 */
public enum CustomerGroup {
    /** 公众客户: residential and individual customers. */
    PUBLIC("公众客户"),
    /** 商业客户: small and medium businesses. */
    COMMERCIAL("商业客户"),
    /** 大客户: key accounts, graded 1A to 5A. */
    KEY_ACCOUNT("大客户");

    private final String chineseName;

    CustomerGroup(String chineseName) {
        this.chineseName = chineseName;
    }

    /** The group's name in the source documents. */
    public String chineseName() {
        return chineseName;
    }
}
