package org.telecrm.customer;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.telecrm.customer.contact.EmailAddress;
import org.telecrm.customer.contact.LandlineNumber;
import org.telecrm.customer.contact.MobileNumber;
import org.telecrm.customer.identity.Passport;
import org.telecrm.customer.identity.ResidentIdentityNumber;
import org.telecrm.customer.identity.UnifiedSocialCreditCode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Masking never reveals more than the documented prefix and suffix: the policy itself, for any text, and every
 * personal value's default rendering, which is exactly its policy applied.
 */
class MaskingTest {

    /** What an observer learns from a masked text is its length, the kept prefix and the kept suffix; nothing else. */
    static void assertRevealsAtMost(String raw, String masked, int keepFirst, int keepLast) {
        assertEquals(raw.length(), masked.length(), "one mask character per hidden character");
        boolean keeps = raw.length() > keepFirst + keepLast;
        for (int i = 0; i < raw.length(); i++) {
            boolean shown = keeps && (i < keepFirst || i >= raw.length() - keepLast);
            assertEquals(shown ? raw.charAt(i) : MaskPolicy.MASK, masked.charAt(i), "position " + i + " of " + masked);
        }
    }

    @Property
    void thePolicyShowsOnlyItsPrefixAndSuffix(@ForAll String raw, @ForAll @IntRange(max = 6) int keepFirst,
                                              @ForAll @IntRange(max = 6) int keepLast) {
        assertRevealsAtMost(raw, new MaskPolicy(keepFirst, keepLast).apply(raw), keepFirst, keepLast);
    }

    @Property
    void aResidentIdentityNumberShowsItsFirst3AndLast4(@ForAll("residentIds") ResidentIdentityNumber id) {
        assertEquals("ResidentIdentityNumber[" + id.masked() + "]", id.toString());
        assertRevealsAtMost(id.unmasked(), id.masked(), 3, 4);
        assertFalse(id.toString().contains(id.unmasked().substring(3, 14)), "birth date and region stay hidden");
    }

    @Property
    void aUnifiedSocialCreditCodeShowsItsFirst3AndLast4(@ForAll("usccs") UnifiedSocialCreditCode code) {
        assertEquals("UnifiedSocialCreditCode[" + code.masked() + "]", code.toString());
        assertRevealsAtMost(code.unmasked(), code.masked(), 3, 4);
    }

    @Property
    void aPassportShowsItsCountryAndTheFirst1AndLast2OfItsNumber(@ForAll("passports") Passport passport) {
        assertEquals("Passport[" + passport.masked() + "]", passport.toString());
        String country = passport.issuingCountry() + " ";
        assertTrue(passport.masked().startsWith(country));
        assertRevealsAtMost(passport.unmaskedNumber(), passport.masked().substring(country.length()), 1, 2);
    }

    @Property
    void aMobileShowsItsFirst3AndLast4(@ForAll("mobiles") MobileNumber mobile) {
        assertEquals("MobileNumber[" + mobile.masked() + "]", mobile.toString());
        assertRevealsAtMost(mobile.unmasked(), mobile.masked(), 3, 4);
    }

    @Property
    void aLandlineShowsItsAreaCodeAndTheLast3OfItsNumberNotItsExtension(@ForAll("landlines") LandlineNumber landline) {
        assertEquals("LandlineNumber[" + landline.masked() + "]", landline.toString());
        String area = landline.areaCode() + "-";
        String masked = landline.masked();
        assertTrue(masked.startsWith(area));
        String number = masked.substring(area.length(), area.length() + landline.unmaskedNumber().length());
        assertRevealsAtMost(landline.unmaskedNumber(), number, 0, 3);
        String rest = masked.substring(area.length() + number.length());
        assertEquals(landline.unmaskedExtension().map(e -> "-" + "*".repeat(e.length())).getOrElse(""), rest);
    }

    @Property
    void anEmailShowsTheFirstCharacterOfItsLocalPartAndItsDomain(@ForAll("emails") EmailAddress email) {
        assertEquals("EmailAddress[" + email.masked() + "]", email.toString());
        String local = email.unmasked().substring(0, email.unmasked().indexOf('@'));
        assertTrue(email.masked().endsWith("@" + email.domain()));
        assertRevealsAtMost(local, email.masked().substring(0, local.length()), 1, 0);
    }

    @Test
    void worked() {
        assertEquals("138****5678", MaskPolicy.MOBILE_NUMBER.apply("13812345678"));
        assertEquals("110***********002X", MaskPolicy.RESIDENT_IDENTITY_NUMBER.apply(CustomerTestData.RESIDENT_ID));
        assertEquals("****", MaskPolicy.MOBILE_NUMBER.apply("1381"), "too short to keep both ends: all hidden");
        assertEquals("***", MaskPolicy.HIDDEN.apply("801"));
        assertThrows(IllegalArgumentException.class, () -> new MaskPolicy(-1, 0));
    }

    @Provide
    Arbitrary<ResidentIdentityNumber> residentIds() {
        return CustomerTestData.residentIdentityNumbers();
    }

    @Provide
    Arbitrary<UnifiedSocialCreditCode> usccs() {
        return CustomerTestData.usccs();
    }

    @Provide
    Arbitrary<Passport> passports() {
        return CustomerTestData.passports();
    }

    @Provide
    Arbitrary<MobileNumber> mobiles() {
        return CustomerTestData.mobiles();
    }

    @Provide
    Arbitrary<LandlineNumber> landlines() {
        return CustomerTestData.landlines();
    }

    @Provide
    Arbitrary<EmailAddress> emails() {
        return CustomerTestData.emails();
    }
}
