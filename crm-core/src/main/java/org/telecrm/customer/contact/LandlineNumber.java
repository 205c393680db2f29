package org.telecrm.customer.contact;

import io.vavr.control.Either;
import io.vavr.control.Option;
import org.jmolecules.ddd.annotation.ValueObject;
import org.telecrm.customer.MaskPolicy;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A mainland landline number with its area code and an optional extension, written
 * {@code AREA-NUMBER[-EXTENSION]} or {@code AREANUMBER}:
 *
 * <ul>
 *   <li>area code: {@code 010}, {@code 020}-{@code 029} (three digits) or {@code 0300}-{@code 0999} (four digits);
 *       the area codes form a prefix code, so the hyphen after them may be left out;</li>
 *   <li>subscriber number: 7 or 8 digits, the first 2-9 (local numbers do not start with 0 or 1);</li>
 *   <li>extension: 1 to {@link #MAX_EXTENSION_DIGITS} digits after a hyphen (library default).</li>
 * </ul>
 *
 * <p>Masked per {@link MaskPolicy#LANDLINE_SUBSCRIBER_NUMBER}: the area code shows (it names a city, not a
 * person), of the subscriber number only the last 3 digits, and the extension not at all.
 *
 * <pre>{@code
 * LandlineNumber l = LandlineNumber.parse("phone", "0755-88001234-801").get();
 * l.areaCode();    // "0755"
 * l.toString();    // "LandlineNumber[0755-*****234-***]"
 * l.unmasked();    // "0755-88001234-801"
 * }</pre>
 *
 * @param areaCode          the area code with its leading 0
 * @param unmaskedNumber    the subscriber number; the accessor is named so on purpose
 * @param unmaskedExtension the extension, if any
 */
@ValueObject
public record LandlineNumber(String areaCode, String unmaskedNumber, Option<String> unmaskedExtension)
        implements PhoneNumber {

    public static final int MAX_EXTENSION_DIGITS = 6;
    static final String SHAPE = "a landline number AREA-NUMBER[-EXTENSION]: area code 010, 02X or 0XXX, "
            + "a 7- or 8-digit number not starting with 0 or 1, an extension of 1-" + MAX_EXTENSION_DIGITS + " digits";
    private static final String AREA = "010|02[0-9]|0[3-9][0-9]{2}";
    private static final String NUMBER = "[2-9][0-9]{6,7}";
    private static final Pattern LANDLINE = Pattern.compile(
            "(" + AREA + ")-?(" + NUMBER + ")(?:-([0-9]{1," + MAX_EXTENSION_DIGITS + "}))?");

    /** Throws {@link IllegalArgumentException} with the {@link ContactError} message; use {@link #parse} for input. */
    public LandlineNumber {
        Objects.requireNonNull(unmaskedExtension, "unmaskedExtension");
        if (areaCode == null || unmaskedNumber == null || !areaCode.matches(AREA) || !unmaskedNumber.matches(NUMBER)
                || !unmaskedExtension.forAll(e -> e.matches("[0-9]{1," + MAX_EXTENSION_DIGITS + "}"))) {
            throw new IllegalArgumentException(new ContactError.InvalidPhone(FIELD, SHAPE,
                    String.valueOf(areaCode).length() + String.valueOf(unmaskedNumber).length()).message());
        }
    }

    public static Either<ContactError, LandlineNumber> parse(String field, String text) {
        Matcher m = text == null ? null : LANDLINE.matcher(text);
        if (m == null || !m.matches()) {
            return Either.left(new ContactError.InvalidPhone(field, SHAPE, text == null ? 0 : text.length()));
        }
        return Either.right(new LandlineNumber(m.group(1), m.group(2), Option.of(m.group(3))));
    }

    @Override
    public String unmasked() {
        return areaCode + "-" + unmaskedNumber + unmaskedExtension.map(e -> "-" + e).getOrElse("");
    }

    @Override
    public String masked() {
        return areaCode + "-" + MaskPolicy.LANDLINE_SUBSCRIBER_NUMBER.apply(unmaskedNumber)
                + unmaskedExtension.map(e -> "-" + MaskPolicy.HIDDEN.apply(e)).getOrElse("");
    }

    @Override
    public String toString() {
        return "LandlineNumber[" + masked() + "]";
    }
}
