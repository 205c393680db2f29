package org.telecrm.account;

/**
 * One reason why {@link AccountTerms} cannot govern an account, naming its field.
 *
 * <pre>{@code
 * AccountTerms.withCreditLimit(Money.ofYuan(-1)).problems().head().message();
 * // "creditLimit must be zero or more, was CNY -1.00"
 * }</pre>
 *
 * @param field    the field, e.g. {@code "spendAlertThresholds[1]"} or {@code "billingCycle.startDay"}
 * @param was      its value, as text
 * @param expected what it must be
 */
public record TermProblem(String field, String was, String expected) {

    /** A sentence that says what is wrong, naming the field. */
    public String message() {
        return field + " must be " + expected + ", was " + was;
    }
}
