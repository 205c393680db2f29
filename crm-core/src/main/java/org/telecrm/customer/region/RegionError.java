package org.telecrm.customer.region;

import org.telecrm.kernel.FieldError;

/**
 * Why a text is not an acceptable administrative division code. Every error names the field it is about.
 * Division codes are public data, so messages quote the code.
 *
 * <pre>{@code
 * CityCode.parse("440305").getLeft().message();
 * // "city 440305 is a county-level code (county part 05): give the city's code, 440300"
 * }</pre>
 */
public sealed interface RegionError extends FieldError {

    /** The field the problem is in, e.g. {@code "city"}. */
    String field();

    /** A sentence that says what is wrong, naming the field. */
    String message();

    /** Not six ASCII digits. */
    record NotSixDigits(String field, String was) implements RegionError {
        public String message() {
            return field + " must be a 6-digit administrative division code (GB/T 2260), was '" + was + "'";
        }
    }

    /** The first two digits name no province. */
    record UnknownProvince(String field, String code) implements RegionError {
        public String message() {
            return field + " " + code + " starts with " + code.substring(0, 2)
                    + ", which is not a province-level code of GB/T 2260";
        }
    }

    /** A province listed without city-level codes (Taiwan, Hong Kong, Macao). */
    record NoCitiesListed(String field, String code, Province province) implements RegionError {
        public String message() {
            return field + " " + code + " is in " + province.englishName() + " (" + province.code()
                    + "), for which GB/T 2260 lists no city-level codes";
        }
    }

    /** City part {@code 00}: the code of a whole province, not of a city. */
    record ProvinceLevel(String field, String code) implements RegionError {
        public String message() {
            return field + " " + code + " is a province-level code (city part 00): give a city's code";
        }
    }

    /** County part other than {@code 00}: the code of a county or district, not of a city. */
    record CountyLevel(String field, String code) implements RegionError {
        public String message() {
            return field + " " + code + " is a county-level code (county part " + code.substring(4)
                    + "): give the city's code, " + code.substring(0, 4) + "00";
        }
    }
}
