package org.telecrm.customer.identity;

import io.vavr.control.Option;
import org.telecrm.customer.MaskPolicy;
import org.telecrm.kernel.FieldError;

/**
 * Why a text is not an acceptable identity document. Every error names its field and says what is wrong without
 * quoting the number (which is personal data): positions are 1-based, as on the card.
 *
 * <pre>{@code
 * ResidentIdentityNumber.parse("110105194912310021").getLeft().message();
 * // "residentIdentityNumber: the check character (position 18) does not match positions 1-17
 * //  (GB 11643, ISO 7064 MOD 11-2): a character was mistyped"
 * }</pre>
 */
public sealed interface IdentityError extends FieldError {

    /** The field the problem is in, e.g. {@code "residentIdentityNumber"} or {@code "passport.number"}. */
    String field();

    /** A sentence that says what is wrong, naming the field. */
    String message();

    record WrongLength(String field, String expected, int was) implements IdentityError {
        public String message() {
            return field + " must be " + expected + ", was " + was + " characters long";
        }
    }

    /**
     * A character that may not stand at that position; {@code allowed} says what may. The character is kept
     * ({@code was}) only at a position the document's mask shows: at any other it is personal data, and neither the
     * message nor {@code toString()} quotes it.
     */
    record IllegalCharacter(String field, int position, Option<Character> was, String allowed) implements IdentityError {
        public IllegalCharacter {
            java.util.Objects.requireNonNull(was, "was");
        }

        /** The error for the character at {@code position} (from 1) of {@code text}, quoted only where {@code mask} shows it. */
        static IllegalCharacter at(String field, int position, String text, MaskPolicy mask, String allowed) {
            return new IllegalCharacter(field, position, mask.shows(position, text.length())
                    ? Option.some(text.charAt(position - 1)) : Option.none(), allowed);
        }

        public String message() {
            return field + ": position " + position + (was.isDefined() ? " is '" + was.get() + "'"
                    : " holds a character that may not stand there (not quoted: masked as personal data)")
                    + ", must be " + allowed;
        }
    }

    /** The region part does not name a known region ({@code problem} says which part and why). */
    record InvalidRegion(String field, String problem) implements IdentityError {
        public String message() {
            return field + ": " + problem;
        }
    }

    /** Positions 7-14 of a resident identity number are not a birth date. */
    record InvalidBirthDate(String field, int earliestYear) implements IdentityError {
        public String message() {
            return field + ": positions 7-14 are not a birth date (yyyyMMdd, a calendar date from " + earliestYear + ")";
        }
    }

    /** The first character of a unified social credit code names no registration authority. */
    record UnknownRegistrationAuthority(String field, char was) implements IdentityError {
        public String message() {
            return field + ": position 1 is '" + was + "', which is not a registration authority code of GB 32100 ("
                    + RegistrationAuthority.codes() + ")";
        }
    }

    /** The check character does not match the others: one of them was mistyped. */
    record WrongCheckCharacter(String field, int position, String standard) implements IdentityError {
        public String message() {
            return field + ": the check character (position " + position + ") does not match positions 1-"
                    + (position - 1) + " (" + standard + "): a character was mistyped";
        }
    }

    /** A text that does not have the accepted format; {@code expected} describes it. */
    record WrongFormat(String field, String expected) implements IdentityError {
        public String message() {
            return field + " must be " + expected;
        }
    }
}
