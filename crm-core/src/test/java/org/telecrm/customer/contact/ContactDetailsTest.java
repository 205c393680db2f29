package org.telecrm.customer.contact;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.telecrm.customer.CustomerTestData;
import org.telecrm.testing.FieldErrors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Contacts: phone numbers, e-mail addresses and the details of a contact person, with what each refusal says. */
class ContactDetailsTest {

    static String namedError(Seq<ContactError> errors, String field) {
        return FieldErrors.assertNamed(errors, ContactError::field, ContactError::message, field);
    }

    @Nested
    class MainlandMobileNumbers {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"13012345678", "13812345678", "19912345678", "16612345678"})
        void elevenDigitsStartingWith13To19(String text) {
            assertInstanceOf(MobileNumber.class, PhoneNumber.parse(text).get());
            assertEquals(text, PhoneNumber.parse(text).get().unmasked());
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"12012345678", "1381234567", "138123456789", "138 1234 5678", "1381234567X"})
        void otherShapesAreRefusedWithoutQuotingTheNumber(String text) {
            ContactError e = PhoneNumber.parse("phones[0]", text).getLeft();
            assertEquals("phones[0] must be a mainland mobile number: 11 digits, 1 then 3-9 then 9 more digits (was "
                    + text.length() + " characters)", e.message());
        }

        @Property
        void everyGeneratedMobileParsesBack(@ForAll("mobiles") MobileNumber mobile) {
            assertEquals(mobile, PhoneNumber.parse(mobile.unmasked()).get());
        }

        @Provide
        Arbitrary<MobileNumber> mobiles() {
            return CustomerTestData.mobiles();
        }
    }

    @Nested
    class LandlineNumbersWithAreaCode {

        @ParameterizedTest(name = "{0} -> {1} {2} ext {3}")
        @CsvSource({"0755-88001234, 0755, 88001234, ''", "075588001234, 0755, 88001234, ''",
                "010-62345678, 010, 62345678, ''", "02087654321, 020, 87654321, ''", "0757-2345678-8001, 0757, 2345678, 8001"})
        void areaCodeNumberAndExtension(String text, String area, String number, String extension) {
            LandlineNumber l = (LandlineNumber) PhoneNumber.parse(text).get();
            assertEquals(area, l.areaCode());
            assertEquals(number, l.unmaskedNumber());
            assertEquals(extension.isEmpty() ? Option.none() : Option.some(extension), l.unmaskedExtension());
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"0011-88001234", "011-88001234", "0755-08001234", "0755-18001234", "0755-880012",
                "0755-880012345", "0755-88001234-1234567", "0755 88001234", "(0755)88001234", "88001234"})
        void otherShapesAreRefused(String text) {
            assertTrue(PhoneNumber.parse(text).isLeft(), text);
        }

        @Property
        void everyGeneratedLandlineParsesBackWithOrWithoutTheHyphen(@ForAll("landlines") LandlineNumber landline) {
            assertEquals(landline, PhoneNumber.parse(landline.unmasked()).get());
            String withoutHyphen = landline.areaCode() + landline.unmaskedNumber()
                    + landline.unmaskedExtension().map(e -> "-" + e).getOrElse("");
            assertEquals(landline, PhoneNumber.parse(withoutHyphen).get());
        }

        @Provide
        Arbitrary<LandlineNumber> landlines() {
            return CustomerTestData.landlines();
        }

        @Test
        void theConstructorChecksTheParts() {
            assertThrows(IllegalArgumentException.class, () -> new LandlineNumber("0755", "08001234", Option.none()));
            assertThrows(IllegalArgumentException.class, () -> new LandlineNumber("755", "88001234", Option.none()));
            assertThrows(IllegalArgumentException.class, () -> new LandlineNumber("0755", "88001234", Option.some("")));
        }
    }

    @Nested
    class EmailAddressesCheckedSimply {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"zhangsan@example.com", "zhang.san+crm@mail.example.com.cn", "a@b.cn", "Li_Si-1@EXAMPLE.ORG"})
        void accepted(String text) {
            assertEquals(text, EmailAddress.parse("email", text).get().unmasked());
        }

        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource(delimiter = '|', value = {
                "zhangsan| it must hold exactly one @",
                "zhang@san@example.com| it must hold exactly one @",
                ".zhangsan@example.com| the part before @ must be 1 to 64 of A-Z a-z 0-9 . _ % + -, with no dot at either end or two dots together",
                "zhang..san@example.com| the part before @ must be 1 to 64 of A-Z a-z 0-9 . _ % + -, with no dot at either end or two dots together",
                "@example.com| the part before @ must be 1 to 64 of A-Z a-z 0-9 . _ % + -, with no dot at either end or two dots together",
                "zhangsan@localhost| the part after @ must be a domain such as example.com: two or more labels of A-Z a-z 0-9 -, the last of letters only",
                "zhangsan@example.c| the part after @ must be a domain such as example.com: two or more labels of A-Z a-z 0-9 -, the last of letters only",
                "zhangsan@-example.com| the part after @ must be a domain such as example.com: two or more labels of A-Z a-z 0-9 -, the last of letters only",
                "zhangsan@example..com| the part after @ must be a domain such as example.com: two or more labels of A-Z a-z 0-9 -, the last of letters only",
                "zhangsan@192.168.0.1| the part after @ must be a domain such as example.com: two or more labels of A-Z a-z 0-9 -, the last of letters only",
                "张三@example.com| the part before @ must be 1 to 64 of A-Z a-z 0-9 . _ % + -, with no dot at either end or two dots together"})
        void refusedWithTheReason(String text, String problem) {
            ContactError e = EmailAddress.parse("email", text).getLeft();
            assertEquals("email is not an e-mail address: " + problem, e.message());
            assertFalse(e.message().contains(text));
        }

        @Test
        void tooLongIsRefused() {
            String local = "a".repeat(64);
            String longDomain = "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(63) + ".com";
            assertTrue(EmailAddress.parse("email", local + "@" + longDomain).isLeft(), "over 254 characters");
            assertTrue(EmailAddress.parse("email", "a".repeat(65) + "@example.com").isLeft(), "local part over 64");
            assertEquals("example.com", EmailAddress.parse("email", local + "@example.com").get().domain());
        }
    }

    @Nested
    class ContactDetailsNeedAWayToReachThePerson {

        @Test
        void aFormGivesEveryProblemNamingItsField() {
            Seq<ContactError> errors = ContactDetails.parse(" ", "", List.of("13812345678", "12345", "13812345678"),
                    Option.some("nobody")).getError();
            namedError(errors, "name");
            namedError(errors, "role");
            namedError(errors, "phones[1]");
            namedError(errors, "email");
        }

        @Test
        void aRepeatedNumberIsNamedWithTheFirst() {
            Seq<ContactError> errors = ContactDetails.parse("Zhang San", "IT manager",
                    List.of("13812345678", "13812345678"), Option.none()).getError();
            assertEquals("phones[1] repeats phones[0]", namedError(errors, "phones[1]"));
        }

        @Test
        void noPhoneAndNoEmailIsUnreachable() {
            Seq<ContactError> errors = ContactDetails.parse("Zhang San", "IT manager", List.empty(), Option.none()).getError();
            assertEquals("phones must hold at least one phone number when there is no e-mail address",
                    namedError(errors, "phones"));
            assertTrue(ContactDetails.parse("Zhang San", "IT manager", List.empty(), Option.some("zs@example.com")).isValid());
        }

        @Test
        void theConstructorRefusesWhatOfRefuses() {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> new ContactDetails("Zhang San", " ", List.empty(), Option.none()));
            assertEquals("role must not be blank; phones must hold at least one phone number when there is no e-mail address",
                    e.getMessage());
        }
    }
}
