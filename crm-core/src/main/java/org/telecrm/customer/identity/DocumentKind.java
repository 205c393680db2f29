package org.telecrm.customer.identity;

/**
 * The kinds of identity document a customer registers with: two identify a person, one an organisation.
 *
 * <pre>{@code
 * DocumentKind.UNIFIED_SOCIAL_CREDIT_CODE.identifiesAPerson();   // false
 * }</pre>
 */
public enum DocumentKind {
    /** 公民身份号码 on the resident identity card (居民身份证), GB 11643. */
    RESIDENT_IDENTITY_NUMBER("居民身份证号码", true),
    /** 统一社会信用代码 of an organisation, GB 32100. */
    UNIFIED_SOCIAL_CREDIT_CODE("统一社会信用代码", false),
    /** A passport (护照), any issuing country. */
    PASSPORT("护照", true),
    /**
     * No document any more: a person's, erased at their request ({@link ErasedDocument}). Still a person's, so the
     * erased customer stays a public customer.
     */
    ERASED("已删除", true);

    private final String chineseName;
    private final boolean identifiesAPerson;

    DocumentKind(String chineseName, boolean identifiesAPerson) {
        this.chineseName = chineseName;
        this.identifiesAPerson = identifiesAPerson;
    }

    public String chineseName() {
        return chineseName;
    }

    /** True for a person's document, false for an organisation's. */
    public boolean identifiesAPerson() {
        return identifiesAPerson;
    }
}
