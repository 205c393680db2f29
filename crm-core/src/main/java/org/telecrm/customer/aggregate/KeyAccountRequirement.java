package org.telecrm.customer.aggregate;

/**
 * What an active key account must have (rules.md section 1: a graded customer with an account manager and a
 * contact to serve): a key account cannot become active, nor stay active, without each of these.
 *
 * <pre>{@code
 * KeyAccountRequirement.PRIMARY_CONTACT.description();   // "a primary contact"
 * }</pre>
 */
public enum KeyAccountRequirement {
    GRADE("a grade"),
    ACCOUNT_MANAGER("an account manager"),
    PRIMARY_CONTACT("a primary contact");

    private final String description;

    KeyAccountRequirement(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
