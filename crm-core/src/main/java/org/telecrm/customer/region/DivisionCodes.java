package org.telecrm.customer.region;

import io.vavr.control.Either;

/**
 * Shape checks of GB/T 2260 division codes shared by the city code and the region prefix of identity numbers.
 *
 * <pre>{@code
 * DivisionCodes.cityLevelProvince("residentIdentityNumber", "440305");   // Right(GUANGDONG)
 * DivisionCodes.isSixDigits("44030X");                                   // false
 * }</pre>
 */
public final class DivisionCodes {

    private DivisionCodes() {
    }

    /**
     * The province of a code at city level or below: six digits, a province with city-level codes, and a city part
     * other than {@code 00}. The county part is not looked at.
     */
    public static Either<RegionError, Province> cityLevelProvince(String field, String code) {
        if (!isSixDigits(code)) {
            return Either.left(new RegionError.NotSixDigits(field, String.valueOf(code)));
        }
        return Province.ofCode(code.substring(0, 2))
                .<Either<RegionError, Province>>map(Either::right)
                .getOrElse(() -> Either.left(new RegionError.UnknownProvince(field, code)))
                .flatMap(province -> !province.hasCityLevelCodes()
                        ? Either.left(new RegionError.NoCitiesListed(field, code, province))
                        : code.startsWith("00", 2)
                        ? Either.left(new RegionError.ProvinceLevel(field, code))
                        : Either.right(province));
    }

    public static boolean isSixDigits(String text) {
        return text != null && text.length() == 6 && text.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
