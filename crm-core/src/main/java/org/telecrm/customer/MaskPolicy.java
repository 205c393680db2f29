package org.telecrm.customer;

import org.jmolecules.ddd.annotation.ValueObject;

import java.util.Objects;

/**
 * How much of a piece of personal data a default rendering may show: the first {@code keepFirst} and the last
 * {@code keepLast} characters; every character between them becomes {@code *}, one for one, so the length stays
 * visible and nothing else does. A value too short to hide anything between the kept ends is masked entirely.
 *
 * <p>The policies of the library (rules.md section 1, information security: "keep it ... secure"; the numbers are
 * library defaults, chosen so that at least four characters stay hidden in every valid value):
 *
 * <table>
 *   <caption>masking policies</caption>
 *   <tr><th>value</th><th>policy</th><th>example</th></tr>
 *   <tr><td>resident identity number (18)</td><td>{@link #RESIDENT_IDENTITY_NUMBER} first 3, last 4</td>
 *       <td>{@code 110***********123X}: province and the check character show, birth date and region do not</td></tr>
 *   <tr><td>unified social credit code (18)</td><td>{@link #UNIFIED_SOCIAL_CREDIT_CODE} first 3, last 4</td>
 *       <td>{@code 914***********7A0C}</td></tr>
 *   <tr><td>passport number (6-9)</td><td>{@link #PASSPORT_NUMBER} first 1, last 2</td><td>{@code E******78}</td></tr>
 *   <tr><td>mobile number (11)</td><td>{@link #MOBILE_NUMBER} first 3, last 4</td><td>{@code 138****5678}</td></tr>
 *   <tr><td>landline subscriber number (7-8)</td><td>{@link #LANDLINE_SUBSCRIBER_NUMBER} last 3; the area code shows,
 *       an extension is hidden entirely ({@link #HIDDEN})</td><td>{@code 0755-*****234-***}</td></tr>
 *   <tr><td>e-mail local part</td><td>{@link #EMAIL_LOCAL_PART} first 1; the domain shows</td>
 *       <td>{@code z*******@example.com}</td></tr>
 *   <tr><td>address line (street, building, room)</td><td>{@link #ADDRESS_LINE} nothing; the city code and the
 *       postcode show</td><td>{@code Address[440300 ****************** 518057]}</td></tr>
 * </table>
 *
 * <pre>{@code
 * MaskPolicy.MOBILE_NUMBER.apply("13812345678");   // "138****5678"
 * MaskPolicy.HIDDEN.apply("801");                  // "***"
 * }</pre>
 *
 * @param keepFirst how many leading characters stay visible
 * @param keepLast  how many trailing characters stay visible
 */
@ValueObject
public record MaskPolicy(int keepFirst, int keepLast) {

    /** The character that stands for a hidden one. */
    public static final char MASK = '*';

    public static final MaskPolicy RESIDENT_IDENTITY_NUMBER = new MaskPolicy(3, 4);
    public static final MaskPolicy UNIFIED_SOCIAL_CREDIT_CODE = new MaskPolicy(3, 4);
    public static final MaskPolicy PASSPORT_NUMBER = new MaskPolicy(1, 2);
    public static final MaskPolicy MOBILE_NUMBER = new MaskPolicy(3, 4);
    public static final MaskPolicy LANDLINE_SUBSCRIBER_NUMBER = new MaskPolicy(0, 3);
    public static final MaskPolicy EMAIL_LOCAL_PART = new MaskPolicy(1, 0);
    /** Nothing of an address line shows: street, building and room together locate a person. */
    public static final MaskPolicy ADDRESS_LINE = new MaskPolicy(0, 0);
    /** Nothing shows (a landline's extension). */
    public static final MaskPolicy HIDDEN = new MaskPolicy(0, 0);

    public MaskPolicy {
        if (keepFirst < 0 || keepLast < 0) {
            throw new IllegalArgumentException("keepFirst and keepLast must not be negative, were " + keepFirst + " and " + keepLast);
        }
    }

    /**
     * Whether a default rendering of a value of {@code length} characters shows the character at {@code position}
     * (from 1): an error about that character may quote it only then.
     */
    public boolean shows(int position, int length) {
        return length > keepFirst + keepLast && (position <= keepFirst || position > length - keepLast);
    }

    /** The value with every character between the kept ends replaced by {@link #MASK}. */
    public String apply(String raw) {
        Objects.requireNonNull(raw, "raw");
        int length = raw.length();
        if (length <= keepFirst + keepLast) {
            return String.valueOf(MASK).repeat(length);
        }
        return raw.substring(0, keepFirst) + String.valueOf(MASK).repeat(length - keepFirst - keepLast)
                + raw.substring(length - keepLast);
    }
}
