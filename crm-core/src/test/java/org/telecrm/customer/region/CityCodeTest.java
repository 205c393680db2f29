package org.telecrm.customer.region;

import io.vavr.collection.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The customer's city as a GB/T 2260 code, and the province list it is checked against. */
class CityCodeTest {

    @Nested
    class TheProvinceListIsGbT2260 {

        @Test
        void thirtyFourProvinceLevelDivisionsWithDistinctCodes() {
            List<Province> all = List.of(Province.values());
            assertEquals(34, all.size());
            assertEquals(34, all.map(Province::code).distinct().size());
            assertEquals(31, all.count(Province::hasCityLevelCodes), "the 31 mainland divisions have cities");
            assertEquals(List.of("71", "81", "82"), all.filter(p -> !p.hasCityLevelCodes()).map(Province::code));
        }

        @Test
        void mainlandCodesLieBetween11And65() {
            assertTrue(List.of(Province.values()).filter(Province::hasCityLevelCodes)
                    .forAll(p -> Integer.parseInt(p.code()) >= 11 && Integer.parseInt(p.code()) <= 65));
            assertEquals("广东省", Province.ofCode("44").get().chineseName());
            assertTrue(Province.ofCode("20").isEmpty());
        }
    }

    @Nested
    class ACityCodeIsProvinceCityAnd00 {

        @ParameterizedTest(name = "{0} is in {1}")
        @CsvSource({"440300, GUANGDONG", "110100, BEIJING", "429000, HUBEI", "650100, XINJIANG"})
        void theProvinceFollowsFromTheCode(String code, Province province) {
            assertEquals(province, CityCode.parse(code).get().province());
        }

        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource(delimiter = '|', value = {
                "440000| city 440000 is a province-level code (city part 00): give a city's code",
                "440305| city 440305 is a county-level code (county part 05): give the city's code, 440300",
                "200100| city 200100 starts with 20, which is not a province-level code of GB/T 2260",
                "810100| city 810100 is in Hong Kong (81), for which GB/T 2260 lists no city-level codes",
                "44030| city must be a 6-digit administrative division code (GB/T 2260), was '44030'",
                "44O300| city must be a 6-digit administrative division code (GB/T 2260), was '44O300'"})
        void eachRefusalNamesTheFieldAndSaysWhy(String code, String message) {
            RegionError error = CityCode.parse(code).getLeft();
            assertEquals("city", error.field());
            assertEquals(message, error.message());
        }

        @Test
        void theCallerNamesTheField() {
            assertEquals("branches[2].city", CityCode.parse("branches[2].city", "440000").getLeft().field());
            assertInstanceOf(RegionError.NotSixDigits.class, CityCode.parse(null).getLeft());
            assertThrows(IllegalArgumentException.class, () -> new CityCode("440305"));
        }

        @Property
        void everyCityPartOfEveryProvinceWithCitiesIsACity(@ForAll Province province, @ForAll @IntRange(min = 0, max = 99) int city,
                                                           @ForAll @IntRange(min = 0, max = 99) int county) {
            String code = province.code() + String.format("%02d%02d", city, county);
            boolean isCity = province.hasCityLevelCodes() && city != 0 && county == 0;
            assertEquals(isCity, CityCode.parse(code).isRight(), code);
            if (isCity) {
                assertEquals(province, CityCode.parse(code).get().province());
            }
        }
    }
}
