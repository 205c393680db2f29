package org.telecrm.customer.identity;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.telecrm.customer.CustomerTestData;

import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The check characters catch every typing error of one character: each valid number (generated with its check
 * character computed) is accepted, and every one of its single-character corruptions is refused, exhaustively: every
 * position, every replacement from printable ASCII and a few look-alikes (full-width digits, Chinese).
 */
class IdentityDocumentPropertiesTest {

    /** Every printable ASCII character, then full-width 0, 1 and X, a Chinese character and a non-breaking space. */
    private static final Seq<Character> REPLACEMENTS = List.rangeClosed(0x20, 0x7E).map(c -> (char) c.intValue())
            .appendAll(List.of('０', '１', 'Ｘ', '号', '\u00A0'));

    @Property(tries = 300)
    void everyGeneratedResidentIdentityNumberIsAccepted(@ForAll("residentIdentityNumbers") String text) {
        assertEquals(text, ResidentIdentityNumber.parse(text).get().unmasked());
    }

    @Property(tries = 300)
    void everySingleCharacterCorruptionOfAResidentIdentityNumberIsRefused(@ForAll("residentIdentityNumbers") String text) {
        assertEveryCorruptionRefused(text, ResidentIdentityNumber::parse);
    }

    @Property(tries = 300)
    void everyGeneratedUnifiedSocialCreditCodeIsAccepted(@ForAll("usccs") String text) {
        assertEquals(text, UnifiedSocialCreditCode.parse(text).get().unmasked());
    }

    @Property(tries = 300)
    void everySingleCharacterCorruptionOfAUnifiedSocialCreditCodeIsRefused(@ForAll("usccs") String text) {
        assertEveryCorruptionRefused(text, UnifiedSocialCreditCode::parse);
    }

    @Property(tries = 300)
    void droppingOrDoublingACharacterIsRefused(@ForAll("residentIdentityNumbers") String id, @ForAll("usccs") String code) {
        for (int i = 0; i < id.length(); i++) {
            assertTrue(ResidentIdentityNumber.parse(id.substring(0, i) + id.substring(i + 1)).isLeft());
            assertTrue(ResidentIdentityNumber.parse(id.substring(0, i + 1) + id.substring(i)).isLeft());
            assertTrue(UnifiedSocialCreditCode.parse(code.substring(0, i) + code.substring(i + 1)).isLeft());
            assertTrue(UnifiedSocialCreditCode.parse(code.substring(0, i + 1) + code.substring(i)).isLeft());
        }
    }

    private static void assertEveryCorruptionRefused(String valid, Function<String, Either<IdentityError, ?>> parse) {
        for (int position = 0; position < valid.length(); position++) {
            for (char replacement : REPLACEMENTS) {
                if (replacement == valid.charAt(position)) {
                    continue;
                }
                String corrupted = valid.substring(0, position) + replacement + valid.substring(position + 1);
                Either<IdentityError, ?> result = parse.apply(corrupted);
                int at = position + 1;
                assertTrue(result.isLeft(), () -> "accepted with position " + at + " changed to '" + replacement + "'");
            }
        }
    }

    @Provide
    Arbitrary<String> residentIdentityNumbers() {
        return CustomerTestData.residentIdentityNumberTexts();
    }

    @Provide
    Arbitrary<String> usccs() {
        return CustomerTestData.usccTexts();
    }
}
