package org.telecrm.customer.identity;

import io.vavr.control.Either;
import io.vavr.control.Option;
import org.jmolecules.ddd.annotation.ValueObject;
import org.telecrm.customer.MaskPolicy;

import java.util.regex.Pattern;

/**
 * A passport, checked for format only (no check digit is defined outside the machine-readable zone):
 *
 * <ul>
 *   <li>issuing country: three upper-case letters, the ICAO 9303 / ISO 3166-1 alpha-3 code ({@code CHN},
 *       {@code GBR}; Germany as {@code DEU}); not looked up in the list of countries;</li>
 *   <li>number: 6 to 9 upper-case letters or digits (the 9-character document-number field of ICAO 9303);</li>
 *   <li>a {@code CHN} number is stricter: one letter E, G, D, S or P, then a digit or a letter other than I and O,
 *       then 7 digits ({@code E12345678}, {@code EA1234567}, {@code G12345678}).</li>
 * </ul>
 *
 * <p>The number is masked per {@link MaskPolicy#PASSPORT_NUMBER} (first 1, last 2); the issuing country shows.
 *
 * <pre>{@code
 * Passport p = Passport.parse("CHN", "E12345678").get();
 * p.toString();    // "Passport[CHN E******78]"
 * p.unmasked();    // "CHN E12345678"
 * Passport.parse("CHN", "12345678");   // Left(WrongFormat): "passport.number must be E, G, D, S or P, then ..."
 * }</pre>
 *
 * @param issuingCountry the ICAO code of the issuing country
 * @param unmaskedNumber the whole number; the record's accessor is named so on purpose
 */
@ValueObject
public record Passport(String issuingCountry, String unmaskedNumber) implements IdentityDocument {

    public static final String COUNTRY_FIELD = "passport.issuingCountry";
    public static final String NUMBER_FIELD = "passport.number";
    public static final int MIN_NUMBER_LENGTH = 6;
    public static final int MAX_NUMBER_LENGTH = 9;
    public static final String CHINA = "CHN";

    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{3}");
    private static final Pattern NUMBER = Pattern.compile("[A-Z0-9]{" + MIN_NUMBER_LENGTH + "," + MAX_NUMBER_LENGTH + "}");
    private static final Pattern CHINESE_NUMBER = Pattern.compile("[EGDSP][0-9A-HJ-NP-Z][0-9]{7}");

    /** Throws {@link IllegalArgumentException} with the {@link IdentityError} message; use {@link #parse} for input. */
    public Passport {
        Checks.refuse(check(issuingCountry, unmaskedNumber));
    }

    public static Either<IdentityError, Passport> parse(String issuingCountry, String number) {
        return Checks.parsed(check(issuingCountry, number), () -> new Passport(issuingCountry, number));
    }

    private static Option<IdentityError> check(String country, String number) {
        if (country == null || !COUNTRY.matcher(country).matches()) {
            return Option.some(new IdentityError.WrongFormat(COUNTRY_FIELD,
                    "three upper-case letters (ICAO 9303 country code, e.g. CHN)"));
        }
        if (number == null || !NUMBER.matcher(number).matches()) {
            return Option.some(new IdentityError.WrongFormat(NUMBER_FIELD, MIN_NUMBER_LENGTH + " to "
                    + MAX_NUMBER_LENGTH + " upper-case letters or digits"));
        }
        if (country.equals(CHINA) && !CHINESE_NUMBER.matcher(number).matches()) {
            return Option.some(new IdentityError.WrongFormat(NUMBER_FIELD, "E, G, D, S or P, then a digit or a letter other than I and O, then 7 digits (a "
                    + CHINA + " passport)"));
        }
        return Option.none();
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.PASSPORT;
    }

    /** The issuing country and the whole number, e.g. {@code "CHN E12345678"}. */
    @Override
    public String unmasked() {
        return issuingCountry + " " + unmaskedNumber;
    }

    @Override
    public String masked() {
        return issuingCountry + " " + MaskPolicy.PASSPORT_NUMBER.apply(unmaskedNumber);
    }

    @Override
    public String toString() {
        return "Passport[" + masked() + "]";
    }
}
