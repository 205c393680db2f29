package org.telecrm.customer.contact;

import io.vavr.control.Either;

/**
 * A mainland China phone number: a {@link MobileNumber} or a {@link LandlineNumber}. Masked in {@code toString()}
 * and {@link #masked()}; the whole number only from {@link #unmasked()}.
 *
 * <pre>{@code
 * PhoneNumber.parse("13812345678").get();        // MobileNumber[138****5678]
 * PhoneNumber.parse("0755-88001234-801").get();  // LandlineNumber[0755-*****234-***]
 * PhoneNumber.parse("+8613812345678");           // Left(InvalidPhone): no country prefix, no spaces
 * }</pre>
 */
public sealed interface PhoneNumber permits MobileNumber, LandlineNumber {

    /** The field name errors use when the caller names none. */
    String FIELD = "phone";

    /** The number as every default rendering shows it. */
    String masked();

    /** The whole number as dialled within the mainland, e.g. {@code "0755-88001234-801"}: never for display or logs. */
    String unmasked();

    static Either<ContactError, PhoneNumber> parse(String text) {
        return parse(FIELD, text);
    }

    /** A mobile number when the text starts with 1, a landline when it starts with 0. */
    static Either<ContactError, PhoneNumber> parse(String field, String text) {
        if (text != null && text.startsWith("1")) {
            return MobileNumber.parse(field, text).map(PhoneNumber.class::cast);
        }
        if (text != null && text.startsWith("0")) {
            return LandlineNumber.parse(field, text).map(PhoneNumber.class::cast);
        }
        return Either.left(new ContactError.InvalidPhone(field, "a mainland mobile number (starting with 1) or a "
                + "landline with its area code (starting with 0), digits and hyphens only", text == null ? 0 : text.length()));
    }
}
