package org.telecrm.customer.region;

import io.vavr.control.Either;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * The city a customer belongs to (rules.md section 1, data centralisation: "a customer belongs to a province and a
 * city"), as a 6-digit administrative division code of GB/T 2260: {@code PPCC00}, where {@code PP} is a
 * {@link Province} code, {@code CC} the city part (not {@code 00}) and the county part is {@code 00}. The province
 * follows from the code and is never stored beside it.
 *
 * <p>This is a check of the code's shape against the list of provinces, not a look-up in the full list of cities:
 * a code of the right shape in a known province is accepted even if GB/T 2260 has no such city. The municipalities
 * have city codes too ({@code 110100} Beijing's districts); the province-administered county-level units have the
 * city part {@code 90} (e.g. {@code 429000}).
 *
 * <pre>{@code
 * CityCode shenzhen = CityCode.parse("440300").get();
 * shenzhen.province();          // GUANGDONG
 * CityCode.parse("440000");     // Left(ProvinceLevel): "city 440000 is a province-level code (city part 00): ..."
 * CityCode.parse("200100");     // Left(UnknownProvince)
 * }</pre>
 *
 * @param code the six digits, e.g. {@code "440300"} (Shenzhen)
 */
@ValueObject
public record CityCode(String code) implements Comparable<CityCode> {

    /** The field name errors use when the caller names none. */
    public static final String FIELD = "city";

    /** Throws {@link IllegalArgumentException} with the {@link RegionError} message; use {@link #parse} for input. */
    public CityCode {
        check(FIELD, code).peekLeft(error -> {
            throw new IllegalArgumentException(error.message());
        });
    }

    public static Either<RegionError, CityCode> parse(String text) {
        return parse(FIELD, text);
    }

    /** As {@link #parse(String)}, errors naming {@code field} (e.g. {@code "branches[2].city"}). */
    public static Either<RegionError, CityCode> parse(String field, String text) {
        return check(field, text).map(CityCode::new);
    }

    private static Either<RegionError, String> check(String field, String text) {
        return DivisionCodes.cityLevelProvince(field, text).flatMap(province -> text.endsWith("00")
                ? Either.right(text)
                : Either.left(new RegionError.CountyLevel(field, text)));
    }

    public Province province() {
        return Province.ofCode(code.substring(0, 2)).get();
    }

    @Override
    public int compareTo(CityCode other) {
        return code.compareTo(other.code);
    }

    @Override
    public String toString() {
        return code;
    }
}
