package org.telecrm.customer.identity;

import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.telecrm.customer.region.Province;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.telecrm.customer.CustomerTestData.RESIDENT_ID;
import static org.telecrm.customer.CustomerTestData.USCC;

/** Worked examples of the identity documents: what is accepted, and what each refusal says. */
class IdentityDocumentTest {

    /** The error of a refused text; its message names the field and never quotes the text. */
    static IdentityError refused(Either<IdentityError, ?> result, String text) {
        assertTrue(result.isLeft(), () -> "accepted " + result);
        IdentityError error = result.getLeft();
        assertTrue(error.message().startsWith(error.field()), error::message);
        if (text != null && text.length() > 4) {
            assertFalse(error.message().contains(text), () -> "message quotes the number: " + error.message());
        }
        return error;
    }

    @Nested
    class ResidentIdentityNumberPerGb11643 {

        @Test
        void theStandardsOwnSampleIsAcceptedAndRead() {
            ResidentIdentityNumber id = ResidentIdentityNumber.parse(RESIDENT_ID).get();
            assertEquals(LocalDate.of(1949, 12, 31), id.birthDate());
            assertEquals(Province.BEIJING, id.province());
            assertEquals(DocumentKind.RESIDENT_IDENTITY_NUMBER, id.kind());
            assertEquals('X', ResidentIdentityNumber.checkCharacterOf("11010519491231002"));
        }

        @ParameterizedTest(name = "check digit {1} for {0}")
        @CsvSource({"44030419900101001, 1", "11010119800101001, 0", "32010219751231123, 8"})
        void theCheckCharacterIsMod11Of17WeightedDigits(String first17, char expected) {
            // sum of digit x weight (7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2) mod 11 -> 1 0 X 9 8 7 6 5 4 3 2
            int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
            int sum = 0;
            for (int i = 0; i < 17; i++) {
                sum += (first17.charAt(i) - '0') * weights[i];
            }
            assertEquals("10X98765432".charAt(sum % 11), ResidentIdentityNumber.checkCharacterOf(first17));
            assertEquals(expected, ResidentIdentityNumber.checkCharacterOf(first17));
            assertTrue(ResidentIdentityNumber.parse(first17 + expected).isRight());
        }

        @Test
        void aWrongCheckCharacterIsATypingError() {
            IdentityError e = refused(ResidentIdentityNumber.parse("110105194912310021"), "110105194912310021");
            assertInstanceOf(IdentityError.WrongCheckCharacter.class, e);
            assertEquals("residentIdentityNumber: the check character (position 18) does not match positions 1-17"
                    + " (GB 11643, ISO 7064 MOD 11-2): a character was mistyped", e.message());
        }

        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
                "11010519491231002x| position 18 is 'x', must be a digit or an upper-case X",
                "1101051949123100X2| position 17 is 'X', must be a digit",
                "11010519491231002| must be 18 characters, was 17 characters long",
                "110105194912310022X| must be 18 characters, was 19 characters long"})
        void theShapeIsCheckedPositionByPosition(String text, String says) {
            IdentityError e = refused(ResidentIdentityNumber.parse(text), text);
            assertEquals("residentIdentityNumber" + (says.startsWith("must") ? " " : ": ") + says, e.message());
        }

        @Test
        void aBirthDateMustBeACalendarDateFrom1900() {
            String february30 = "11010519490230" + "002";
            assertInstanceOf(IdentityError.InvalidBirthDate.class,
                    refused(ResidentIdentityNumber.parse(withCheck(february30)), february30));
            String year1899 = "11010518991231" + "002";
            IdentityError e = refused(ResidentIdentityNumber.parse(withCheck(year1899)), year1899);
            assertEquals("residentIdentityNumber: positions 7-14 are not a birth date (yyyyMMdd, a calendar date"
                    + " from 1900)", e.message());
        }

        @ParameterizedTest(name = "region {0}: {1}")
        @CsvSource(delimiter = '|', value = {
                "200105| positions 1-2 are not a province-level code of GB/T 2260",
                "810105| positions 1-2 name a province for which GB/T 2260 lists no city-level codes",
                "440005| positions 3-4 (the city part of the region code) must not be 00"})
        void theRegionMustBeAtCityLevelInAProvinceWithCities(String region, String says) {
            String first17 = region + "19900101" + "123";
            IdentityError e = refused(ResidentIdentityNumber.parse(withCheck(first17)), first17);
            assertInstanceOf(IdentityError.InvalidRegion.class, e);
            assertEquals("residentIdentityNumber: " + says, e.message());
        }

        @Test
        void theFieldNameIsTheCallers() {
            assertEquals("contacts[0].id", ResidentIdentityNumber.parse("contacts[0].id", "x").getLeft().field());
            assertEquals(0, ((IdentityError.WrongLength) ResidentIdentityNumber.parse(null).getLeft()).was());
        }

        @Test
        void theConstructorRefusesWhatParseRefuses() {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> new ResidentIdentityNumber("110105194912310021"));
            assertTrue(e.getMessage().contains("check character"));
        }

        private String withCheck(String first17) {
            return first17 + ResidentIdentityNumber.checkCharacterOf(first17);
        }
    }

    @Nested
    class UnifiedSocialCreditCodePerGb32100 {

        @Test
        void aValidCodeIsAcceptedAndRead() {
            UnifiedSocialCreditCode code = UnifiedSocialCreditCode.parse(USCC).get();
            assertEquals(RegistrationAuthority.MARKET_REGULATION, code.registrationAuthority());
            assertEquals('1', code.organisationType());
            assertEquals("企业", code.registrationAuthority().typeName(code.organisationType()).get());
            assertEquals("440300", code.regionCode());
            assertEquals(DocumentKind.UNIFIED_SOCIAL_CREDIT_CODE, code.kind());
        }

        @Test
        void theCheckCharacterIs31MinusTheWeightedSumMod31() {
            String first17 = "91440300MA5FUJ7A0";
            int[] weights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
            String chars = "0123456789ABCDEFGHJKLMNPQRTUWXY";
            int sum = 0;
            for (int i = 0; i < 17; i++) {
                sum += chars.indexOf(first17.charAt(i)) * weights[i];
            }
            int check = 31 - sum % 31;
            assertEquals(chars.charAt(check == 31 ? 0 : check), UnifiedSocialCreditCode.checkCharacterOf(first17));
            assertEquals('C', UnifiedSocialCreditCode.checkCharacterOf(first17));
            assertEquals(31, chars.length());
        }

        @Test
        void aCheckValueOf31IsWrittenZero() {
            // "1100000000000000" + x: find the 17th character that makes the sum a multiple of 31
            String prefix = "1110000000000000";
            for (char c : UnifiedSocialCreditCode.CHARACTERS.toCharArray()) {
                String first17 = prefix + c;
                int sum = 0;
                int[] weights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
                for (int i = 0; i < 17; i++) {
                    sum += UnifiedSocialCreditCode.CHARACTERS.indexOf(first17.charAt(i)) * weights[i];
                }
                if (sum % 31 == 0) {
                    assertEquals('0', UnifiedSocialCreditCode.checkCharacterOf(first17));
                    assertTrue(UnifiedSocialCreditCode.parse(first17 + "0").isRight());
                    return;
                }
            }
            throw new AssertionError("no 17th character makes the sum a multiple of 31");
        }

        @Test
        void aWrongCheckCharacterIsATypingError() {
            IdentityError e = refused(UnifiedSocialCreditCode.parse("91440300MA5FUJ7A0D"), "91440300MA5FUJ7A0D");
            assertInstanceOf(IdentityError.WrongCheckCharacter.class, e);
            assertTrue(e.message().contains("GB 32100"));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"91440300MA5FUI7A0C", "91440300MA5FUO7A0C", "91440300MA5FUS7A0C",
                "91440300MA5FUV7A0C", "91440300MA5FUZ7A0C", "91440300ma5fuj7a0c"})
        void lettersOutsideTheCharsetAreRefusedByPosition(String text) {
            IdentityError e = refused(UnifiedSocialCreditCode.parse(text), text);
            assertInstanceOf(IdentityError.IllegalCharacter.class, e);
            assertTrue(e.message().contains("(GB 32100 uses no I, O, S, V, Z)"), e::message);
        }

        @ParameterizedTest(name = "position {0}")
        @ValueSource(ints = {4, 5, 6, 9, 10, 11, 12, 13, 14})
        void aLetterAtAMaskedPositionIsNeverQuotedNotEvenInTheConstructorsOwnMessage(int position) {
            String valid = "91440300MA5FUJ7A0C";
            String text = valid.substring(0, position - 1) + 'i' + valid.substring(position);
            IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                    () -> new UnifiedSocialCreditCode(text));
            IdentityError e = refused(UnifiedSocialCreditCode.parse(text), text);
            for (String rendering : List.of(thrown.getMessage(), e.message(), e.toString())) {
                assertFalse(rendering.contains("'i'") || rendering.contains("=i,"), rendering);
                assertTrue(rendering.contains("position " + position) || rendering.contains("position=" + position),
                        rendering);
            }
            assertEquals(Option.none(), ((IdentityError.IllegalCharacter) e).was());
        }

        @Test
        void aCharacterTheMaskShowsIsQuoted() {
            assertEquals("unifiedSocialCreditCode: position 18 is 'c', must be one of 0-9 and upper-case A-H J-N P-R"
                            + " T-U W-Y (GB 32100 uses no I, O, S, V, Z)",
                    UnifiedSocialCreditCode.parse("91440300MA5FUJ7A0c").getLeft().message());
            assertEquals("residentIdentityNumber: position 9 holds a character that may not stand there (not quoted:"
                            + " masked as personal data), must be a digit",
                    ResidentIdentityNumber.parse("11010519x912310021").getLeft().message());
        }

        @Test
        void theFirstCharacterIsARegistrationAuthority() {
            String first17 = "B1440300MA5FUJ7A0";
            IdentityError e = refused(UnifiedSocialCreditCode.parse(first17 + UnifiedSocialCreditCode.checkCharacterOf(first17)),
                    first17);
            assertEquals("unifiedSocialCreditCode: position 1 is 'B', which is not a registration authority code of"
                    + " GB 32100 (1, 2, 3, 4, 5, 6, 7, 8, 9, A, N, Y)", e.message());
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({"90440300MA5FUJ7A0, IllegalCharacter", "9A440300MA5FUJ7A0, IllegalCharacter",
                "91200300MA5FUJ7A0, InvalidRegion", "9181000AMA5FUJ7A0, InvalidRegion", "91810000MA5FUJ7A0, InvalidRegion"})
        void theTypeIsADigitAndTheRegionADivisionCode(String first17, String error) {
            IdentityError e = refused(UnifiedSocialCreditCode.parse(first17 + UnifiedSocialCreditCode.checkCharacterOf(first17)),
                    first17);
            assertEquals(error, e.getClass().getSimpleName());
        }

        @Test
        void nationalLevelRegistrationsHaveRegion100000() {
            String first17 = "11100000MB0143164";
            assertEquals("100000", UnifiedSocialCreditCode.parse(first17 + UnifiedSocialCreditCode.checkCharacterOf(first17))
                    .get().regionCode());
        }
    }

    @Nested
    class PassportFormatOnly {

        @ParameterizedTest(name = "{0} {1}")
        @CsvSource({"CHN, E12345678", "CHN, EA1234567", "CHN, G12345678", "GBR, 123456789", "USA, A1234567", "DEU, C01X00T47"})
        void acceptedFormats(String country, String number) {
            Passport p = Passport.parse(country, number).get();
            assertEquals(country + " " + number, p.unmasked());
            assertEquals(DocumentKind.PASSPORT, p.kind());
        }

        @ParameterizedTest(name = "{0} {1}: {2}")
        @CsvSource(delimiter = '|', value = {
                "CHN| 12345678| passport.number must be E, G, D, S or P, then a digit or a letter other than I and O, then 7 digits (a CHN passport)",
                "CHN| EI1234567| passport.number must be E, G, D, S or P, then a digit or a letter other than I and O, then 7 digits (a CHN passport)",
                "GBR| 12345| passport.number must be 6 to 9 upper-case letters or digits",
                "GBR| 1234567890| passport.number must be 6 to 9 upper-case letters or digits",
                "GBR| a1234567| passport.number must be 6 to 9 upper-case letters or digits",
                "chn| E12345678| passport.issuingCountry must be three upper-case letters (ICAO 9303 country code, e.g. CHN)",
                "D| E12345678| passport.issuingCountry must be three upper-case letters (ICAO 9303 country code, e.g. CHN)"})
        void refusedFormats(String country, String number, String message) {
            assertEquals(message, refused(Passport.parse(country, number), number).message());
        }
    }

    @Nested
    class EqualityIsKindAndNumber {

        @Test
        void theSameNumberIsTheSameDocument() {
            assertEquals(ResidentIdentityNumber.parse(RESIDENT_ID).get(), new ResidentIdentityNumber(RESIDENT_ID));
            assertEquals(Passport.parse("CHN", "E12345678").get(), new Passport("CHN", "E12345678"));
            assertFalse(new Passport("CHN", "E12345678").equals(new Passport("HKG", "E12345678")));
        }
    }
}
