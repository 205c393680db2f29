package org.telecrm.customer.contact;

import org.telecrm.kernel.FieldError;

/**
 * Why a contact's details were refused. Every error names its field ({@code "name"}, {@code "phones[1]"},
 * {@code "email"}) and says what is wrong without quoting phone numbers or addresses (personal data).
 *
 * <pre>{@code
 * ContactDetails.parse("Zhang San", "IT manager", List.of("1381234567"), Option.none())
 *         .getError().head().message();
 * // "phones[0] must be a mainland mobile number: 11 digits, 1 then 3-9 then 9 more digits (was 10 characters)"
 * }</pre>
 */
public sealed interface ContactError extends FieldError {

    /** The field the problem is in. */
    String field();

    /** A sentence that says what is wrong, naming the field. */
    String message();

    record Blank(String field) implements ContactError {
        public String message() {
            return field + " must not be blank";
        }
    }

    /** Not a phone number of the accepted shapes; {@code expected} describes them. */
    record InvalidPhone(String field, String expected, int length) implements ContactError {
        public String message() {
            return field + " must be " + expected + " (was " + length + " characters)";
        }
    }

    record InvalidEmail(String field, String problem) implements ContactError {
        public String message() {
            return field + " is not an e-mail address: " + problem;
        }
    }

    /** The same number given twice. */
    record Repeated(String field, String sameAs) implements ContactError {
        public String message() {
            return field + " repeats " + sameAs;
        }
    }

    /** Neither a phone number nor an e-mail address. */
    record Unreachable(String field) implements ContactError {
        public String message() {
            return field + " must hold at least one phone number when there is no e-mail address";
        }
    }

    /** A text longer than the library accepts for its field. */
    record TooLong(String field, int maximum, int length) implements ContactError {
        public String message() {
            return field + " must be at most " + maximum + " characters (was " + length + ")";
        }
    }

    /** Not a mainland postcode ({@value Address#POSTCODE_DIGITS} digits). */
    record InvalidPostcode(String field, int length) implements ContactError {
        public String message() {
            return field + " must be a mainland postcode of " + Address.POSTCODE_DIGITS + " digits (was " + length
                    + " characters)";
        }
    }
}
