package org.telecrm.customer.identity;

import io.vavr.control.Option;
import io.vavr.control.Either;
import org.jmolecules.ddd.annotation.ValueObject;
import org.telecrm.customer.MaskPolicy;
import org.telecrm.customer.region.DivisionCodes;
import org.telecrm.customer.region.Province;

/**
 * The 18-character unified social credit code (统一社会信用代码) of an organisation, checked per GB 32100-2015:
 *
 * <ul>
 *   <li>every character from the 31 of {@link #CHARACTERS}: {@code 0-9 A-H J-N P-R T-U W-Y} (no I, O, S, V, Z),
 *       upper case;</li>
 *   <li>position 1: the {@link RegistrationAuthority}; position 2: the organisation type, a digit 1-9;</li>
 *   <li>positions 3-8: the registering region, a GB/T 2260 code: {@code 100000} (national level) or a code in a
 *       mainland province, at any level;</li>
 *   <li>positions 9-17: the organisation code (its own GB 11714 check is not looked at: the check character below
 *       covers every position);</li>
 *   <li>position 18: the check character: the values (indexes in {@link #CHARACTERS}) of positions 1-17 times the
 *       weights {@code 1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28}, summed; {@code 31 - (sum mod 31)}, with 31
 *       read as 0, is the index of the check character.</li>
 * </ul>
 *
 * <p>Masked per {@link MaskPolicy#UNIFIED_SOCIAL_CREDIT_CODE} (first 3, last 4) like every identity number, though
 * it names an organisation: an individual business (个体工商户) has one too.
 *
 * <pre>{@code
 * UnifiedSocialCreditCode code = UnifiedSocialCreditCode.parse("91440300MA5FUJ7A0C").get();
 * code.registrationAuthority();   // MARKET_REGULATION ('9'); code.organisationType() is '1' (企业)
 * code.regionCode();              // "440300"
 * code.toString();                // "UnifiedSocialCreditCode[914***********7A0C]"
 * UnifiedSocialCreditCode.parse("91440300MA5FUJ7A0D");   // Left(WrongCheckCharacter)
 * }</pre>
 *
 * @param unmasked the whole code; the record's accessor is named so on purpose
 */
@ValueObject
public record UnifiedSocialCreditCode(String unmasked) implements IdentityDocument {

    public static final String FIELD = "unifiedSocialCreditCode";
    public static final int LENGTH = 18;
    /** The 31 characters of GB 32100, in the order of their values 0 to 30. */
    public static final String CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    /** The region code of organisations registered at national level. */
    public static final String NATIONAL_REGION = "100000";
    public static final String STANDARD = "GB 32100, MOD 31";

    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int MODULUS = 31;

    /** Throws {@link IllegalArgumentException} with the {@link IdentityError} message; use {@link #parse} for input. */
    public UnifiedSocialCreditCode {
        Checks.refuse(check(FIELD, unmasked));
    }

    public static Either<IdentityError, UnifiedSocialCreditCode> parse(String text) {
        return parse(FIELD, text);
    }

    /** As {@link #parse(String)}, errors naming {@code field}. */
    public static Either<IdentityError, UnifiedSocialCreditCode> parse(String field, String text) {
        return Checks.parsed(check(field, text), () -> new UnifiedSocialCreditCode(text));
    }

    /**
     * The check character for the first 17 characters.
     *
     * <pre>{@code
     * UnifiedSocialCreditCode.checkCharacterOf("91440300MA5FUJ7A0");   // 'C'
     * }</pre>
     */
    public static char checkCharacterOf(String first17) {
        return CHARACTERS.charAt((MODULUS - Checks.weightedSum(first17, CHARACTERS, WEIGHTS) % MODULUS) % MODULUS);
    }

    private static Option<IdentityError> check(String field, String text) {
        if (text == null || text.length() != LENGTH) {
            return Option.some(new IdentityError.WrongLength(field, LENGTH + " characters", text == null ? 0 : text.length()));
        }
        for (int i = 0; i < LENGTH; i++) {
            if (CHARACTERS.indexOf(text.charAt(i)) < 0) {
                return Option.some(IdentityError.IllegalCharacter.at(field, i + 1, text, MaskPolicy.UNIFIED_SOCIAL_CREDIT_CODE,
                        "one of 0-9 and upper-case A-H J-N P-R T-U W-Y (GB 32100 uses no I, O, S, V, Z)"));
            }
        }
        if (RegistrationAuthority.ofCode(text.charAt(0)).isEmpty()) {
            return Option.some(new IdentityError.UnknownRegistrationAuthority(field, text.charAt(0)));
        }
        char type = text.charAt(1);
        if (type < '1' || type > '9') {
            return Option.some(IdentityError.IllegalCharacter.at(field, 2, text, MaskPolicy.UNIFIED_SOCIAL_CREDIT_CODE,
                    "an organisation type, a digit 1-9"));
        }
        String region = text.substring(2, 8);
        if (!isRegion(region)) {
            return Option.some(new IdentityError.InvalidRegion(field, "positions 3-8 must be a GB/T 2260 region code: "
                    + NATIONAL_REGION + " or a code in a mainland province"));
        }
        if (checkCharacterOf(text.substring(0, LENGTH - 1)) != text.charAt(LENGTH - 1)) {
            return Option.some(new IdentityError.WrongCheckCharacter(field, LENGTH, STANDARD));
        }
        return Option.none();
    }

    private static boolean isRegion(String code) {
        return DivisionCodes.isSixDigits(code) && (code.equals(NATIONAL_REGION)
                || Province.ofCode(code.substring(0, 2)).exists(Province::hasCityLevelCodes));
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.UNIFIED_SOCIAL_CREDIT_CODE;
    }

    public RegistrationAuthority registrationAuthority() {
        return RegistrationAuthority.ofCode(unmasked.charAt(0)).get();
    }

    /** Position 2; {@code registrationAuthority().typeName(type)} names it where the table knows it. */
    public char organisationType() {
        return unmasked.charAt(1);
    }

    /** Positions 3-8: where the organisation was registered (public information). */
    public String regionCode() {
        return unmasked.substring(2, 8);
    }

    @Override
    public String masked() {
        return MaskPolicy.UNIFIED_SOCIAL_CREDIT_CODE.apply(unmasked);
    }

    @Override
    public String toString() {
        return "UnifiedSocialCreditCode[" + masked() + "]";
    }
}
