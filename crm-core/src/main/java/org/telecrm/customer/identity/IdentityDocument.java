package org.telecrm.customer.identity;

/**
 * The identity document a customer registered with: a {@link ResidentIdentityNumber}, a
 * {@link UnifiedSocialCreditCode} or a {@link Passport}, each validated when it is created; or, once a person's
 * information has been erased, the {@link ErasedDocument} that stands in for it. Two documents are equal
 * when they are of the same kind and carry the same number, which is what makes two registrations the same customer.
 *
 * <p>The number is personal data: {@code toString()} and {@link #masked()} show only the prefix and suffix that
 * {@link org.telecrm.customer.MaskPolicy} allows; the whole number only comes out of {@link #unmasked()}.
 *
 * <pre>{@code
 * IdentityDocument doc = ResidentIdentityNumber.parse("11010519491231002X").get();
 * doc.kind();        // RESIDENT_IDENTITY_NUMBER
 * doc.toString();    // "ResidentIdentityNumber[110***********002X]"
 * doc.unmasked();    // "11010519491231002X": only when the raw number is really needed
 * }</pre>
 */
public sealed interface IdentityDocument permits ResidentIdentityNumber, UnifiedSocialCreditCode, Passport,
        ErasedDocument {

    DocumentKind kind();

    /** The number as every default rendering shows it. */
    String masked();

    /** The whole number, unmasked: for storage and for the host's own checks, never for display or logs. */
    String unmasked();
}
