package org.telecrm.privacy.access;

/**
 * The two tiers of customer data of rules.md section 1 (data centralisation): what is shared across the province, and
 * what stays in the customer's city.
 */
public enum DataTier {
    /**
     * Shared data, centralised at province level: who the customer is (name, group, city, grade, lifecycle, account
     * manager; the identity document masked) and its billing information.
     */
    SHARED,
    /**
     * Individual data, kept at city level: contacts and their phone numbers and e-mail, the key-account file,
     * churn warnings, service activities.
     */
    INDIVIDUAL
}
