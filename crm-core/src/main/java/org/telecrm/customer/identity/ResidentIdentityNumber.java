package org.telecrm.customer.identity;

import io.vavr.control.Either;
import io.vavr.control.Option;
import org.jmolecules.ddd.annotation.ValueObject;
import org.telecrm.customer.MaskPolicy;
import org.telecrm.customer.region.DivisionCodes;
import org.telecrm.customer.region.Province;
import org.telecrm.customer.region.RegionError;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The 18-character citizen identity number (公民身份号码) of a resident identity card, checked per GB 11643-1999:
 *
 * <ul>
 *   <li>positions 1-6: the region where it was issued, a GB/T 2260 division code at city level or below (a
 *       province with city-level codes, city part not {@code 00}; the county part is not looked up);</li>
 *   <li>positions 7-14: the birth date {@code yyyyMMdd}, a calendar date from {@link #EARLIEST_BIRTH_YEAR} (the
 *       library reads no clock, so a date in the future is the host's to refuse: compare {@link #birthDate()} with
 *       its today);</li>
 *   <li>positions 15-17: the sequence number (digits);</li>
 *   <li>position 18: the check character, ISO 7064 MOD 11-2: the sum of positions 1-17 times the weights
 *       {@code 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2}, modulo 11, indexes {@code 1 0 X 9 8 7 6 5 4 3 2}.</li>
 * </ul>
 *
 * <p>The text is taken exactly: no spaces, and the check character X in upper case (a form that lets people type a
 * lower-case x upper-cases it first). The 15-digit numbers of first-generation cards are not accepted. Masked per
 * {@link MaskPolicy#RESIDENT_IDENTITY_NUMBER} (first 3, last 4); the whole number only from {@link #unmasked()}.
 *
 * <pre>{@code
 * ResidentIdentityNumber id = ResidentIdentityNumber.parse("11010519491231002X").get();
 * id.birthDate();    // 1949-12-31
 * id.province();     // BEIJING
 * id.toString();     // "ResidentIdentityNumber[110***********002X]"
 * ResidentIdentityNumber.parse("110105194912310021");   // Left(WrongCheckCharacter)
 * ResidentIdentityNumber.parse("110105194902300021");   // Left(InvalidBirthDate): there is no 30 February
 * }</pre>
 *
 * @param unmasked the whole number; the record's accessor is named so on purpose
 */
@ValueObject
public record ResidentIdentityNumber(String unmasked) implements IdentityDocument {

    public static final String FIELD = "residentIdentityNumber";
    public static final int LENGTH = 18;
    /** Library default: no resident alive was born before 1900, so such a birth date is a typing error. */
    public static final int EARLIEST_BIRTH_YEAR = 1900;
    /** GB 11643 (ISO 7064 MOD 11-2). */
    public static final String STANDARD = "GB 11643, ISO 7064 MOD 11-2";

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";
    private static final String DIGITS = "0123456789";
    private static final int MODULUS = 11;

    /** Throws {@link IllegalArgumentException} with the {@link IdentityError} message; use {@link #parse} for input. */
    public ResidentIdentityNumber {
        Checks.refuse(check(FIELD, unmasked));
    }

    public static Either<IdentityError, ResidentIdentityNumber> parse(String text) {
        return parse(FIELD, text);
    }

    /** As {@link #parse(String)}, errors naming {@code field}. */
    public static Either<IdentityError, ResidentIdentityNumber> parse(String field, String text) {
        return Checks.parsed(check(field, text), () -> new ResidentIdentityNumber(text));
    }

    /**
     * The check character for the first 17 digits.
     *
     * <pre>{@code
     * ResidentIdentityNumber.checkCharacterOf("11010519491231002");   // 'X'
     * }</pre>
     */
    public static char checkCharacterOf(String first17) {
        return CHECK_CHARACTERS.charAt(Checks.weightedSum(first17, DIGITS, WEIGHTS) % MODULUS);
    }

    private static Option<IdentityError> check(String field, String text) {
        if (text == null || text.length() != LENGTH) {
            return Option.some(new IdentityError.WrongLength(field, LENGTH + " characters", text == null ? 0 : text.length()));
        }
        for (int i = 0; i < LENGTH - 1; i++) {
            if (!isDigit(text.charAt(i))) {
                return Option.some(IdentityError.IllegalCharacter.at(field, i + 1, text,
                        MaskPolicy.RESIDENT_IDENTITY_NUMBER, "a digit"));
            }
        }
        char last = text.charAt(LENGTH - 1);
        if (!isDigit(last) && last != 'X') {
            return Option.some(IdentityError.IllegalCharacter.at(field, LENGTH, text, MaskPolicy.RESIDENT_IDENTITY_NUMBER,
                    "a digit or an upper-case X"));
        }
        Either<RegionError, Province> region = DivisionCodes.cityLevelProvince(field, text.substring(0, 6));
        if (region.isLeft()) {
            return Option.some(new IdentityError.InvalidRegion(field, regionProblem(region.getLeft())));
        }
        if (birthDate(text).isEmpty()) {
            return Option.some(new IdentityError.InvalidBirthDate(field, EARLIEST_BIRTH_YEAR));
        }
        if (checkCharacterOf(text.substring(0, LENGTH - 1)) != last) {
            return Option.some(new IdentityError.WrongCheckCharacter(field, LENGTH, STANDARD));
        }
        return Option.none();
    }

    /** Says which part of the region is wrong without quoting it (the number is personal data). */
    static String regionProblem(RegionError error) {
        if (error instanceof RegionError.UnknownProvince) {
            return "positions 1-2 are not a province-level code of GB/T 2260";
        }
        if (error instanceof RegionError.NoCitiesListed) {
            return "positions 1-2 name a province for which GB/T 2260 lists no city-level codes";
        }
        return "positions 3-4 (the city part of the region code) must not be 00";
    }

    private static Option<LocalDate> birthDate(String text) {
        int year = Integer.parseInt(text.substring(6, 10));
        if (year < EARLIEST_BIRTH_YEAR) {
            return Option.none();
        }
        try {
            return Option.some(LocalDate.of(year, Integer.parseInt(text.substring(10, 12)),
                    Integer.parseInt(text.substring(12, 14))));
        } catch (DateTimeException notADate) {
            return Option.none();
        }
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.RESIDENT_IDENTITY_NUMBER;
    }

    /** The birth date of positions 7-14 (personal data, like the number). */
    public LocalDate birthDate() {
        return birthDate(unmasked).get();
    }

    /** The province of the issuing region (positions 1-2). */
    public Province province() {
        return Province.ofCode(unmasked.substring(0, 2)).get();
    }

    @Override
    public String masked() {
        return MaskPolicy.RESIDENT_IDENTITY_NUMBER.apply(unmasked);
    }

    @Override
    public String toString() {
        return "ResidentIdentityNumber[" + masked() + "]";
    }
}
