package org.telecrm.customer.value;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A customer's payment record, part of its current added value (rules.md section 2): of the months billed, how
 * many were paid late.
 *
 * <pre>{@code
 * PaymentRecord record = new PaymentRecord(12, 1);   // one late month in a year
 * }</pre>
 *
 * @param monthsBilled   months with a bill in the record (0: no record yet, worth no points)
 * @param monthsPaidLate of those, months paid after the due date (at most {@code monthsBilled})
 */
@ValueObject
public record PaymentRecord(int monthsBilled, int monthsPaidLate) {

    /** No record yet. */
    public static final PaymentRecord NONE = new PaymentRecord(0, 0);

    public int monthsPaidOnTime() {
        return monthsBilled - monthsPaidLate;
    }
}
