package org.telecrm.privacy.purpose;

/** The kinds of personal information the library holds of a customer, and whether the law counts them sensitive. */
public enum PersonalInformation {
    /** A person's name. */
    NAME(false),
    /**
     * An identity document's number: sensitive personal information (PIPL art. 28), which takes separate consent or a
     * legal duty (art. 29), never a contract alone.
     */
    IDENTITY_NUMBER(true),
    /** Mobile and landline numbers of the customer or its contacts. */
    PHONE_NUMBER(false),
    /** E-mail addresses. */
    EMAIL(false),
    /** Spend and payment history (the ledger): what churn warnings read. */
    SPEND(false);

    private final boolean sensitive;

    PersonalInformation(boolean sensitive) {
        this.sensitive = sensitive;
    }

    /** Sensitive personal information in the sense of PIPL art. 28. */
    public boolean sensitive() {
        return sensitive;
    }
}
