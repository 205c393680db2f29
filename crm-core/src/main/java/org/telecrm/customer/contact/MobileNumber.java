package org.telecrm.customer.contact;

import io.vavr.control.Either;
import org.jmolecules.ddd.annotation.ValueObject;
import org.telecrm.customer.MaskPolicy;

import java.util.regex.Pattern;

/**
 * A mainland mobile number: 11 digits, {@code 1}, then {@code 3} to {@code 9}, then 9 digits; taken exactly (no
 * {@code +86}, no spaces). Masked per {@link MaskPolicy#MOBILE_NUMBER}: first 3 and last 4.
 *
 * <pre>{@code
 * MobileNumber m = MobileNumber.parse("13812345678").get();
 * m.toString();   // "MobileNumber[138****5678]"
 * }</pre>
 *
 * @param unmasked the whole number; the record's accessor is named so on purpose
 */
@ValueObject
public record MobileNumber(String unmasked) implements PhoneNumber {

    static final String SHAPE = "a mainland mobile number: 11 digits, 1 then 3-9 then 9 more digits";
    private static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");

    /** Throws {@link IllegalArgumentException} with the {@link ContactError} message; use {@link #parse} for input. */
    public MobileNumber {
        if (unmasked == null || !MOBILE.matcher(unmasked).matches()) {
            throw new IllegalArgumentException(invalid(FIELD, unmasked).message());
        }
    }

    public static Either<ContactError, MobileNumber> parse(String field, String text) {
        return text != null && MOBILE.matcher(text).matches()
                ? Either.right(new MobileNumber(text))
                : Either.left(invalid(field, text));
    }

    private static ContactError invalid(String field, String text) {
        return new ContactError.InvalidPhone(field, SHAPE, text == null ? 0 : text.length());
    }

    @Override
    public String masked() {
        return MaskPolicy.MOBILE_NUMBER.apply(unmasked);
    }

    @Override
    public String toString() {
        return "MobileNumber[" + masked() + "]";
    }
}
