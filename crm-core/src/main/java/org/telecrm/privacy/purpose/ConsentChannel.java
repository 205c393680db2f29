package org.telecrm.privacy.purpose;

/** Where a customer gave or withdrew consent: what the operator must be able to show. */
public enum ConsentChannel {
    /** At a business hall (营业厅), on paper or a signature pad. */
    BUSINESS_HALL,
    /** Online: the operator's app or web site. */
    ONLINE,
    /** By telephone, recorded. */
    PHONE,
    /** By text message reply. */
    SMS,
    /** A signed document (a contract annex). */
    WRITTEN
}
