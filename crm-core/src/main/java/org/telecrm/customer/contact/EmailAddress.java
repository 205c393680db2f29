package org.telecrm.customer.contact;

import io.vavr.control.Either;
import io.vavr.control.Option;
import org.jmolecules.ddd.annotation.ValueObject;
import org.telecrm.customer.MaskPolicy;

import java.util.regex.Pattern;

/**
 * An e-mail address, checked simply (not the whole of RFC 5322): at most {@link #MAX_LENGTH} characters, one
 * {@code @}; a local part of 1 to 64 of {@code A-Z a-z 0-9 . _ % + -}, not starting or ending with a dot and with no
 * two dots together; a domain of at least two dot-separated labels of {@code A-Z a-z 0-9 -} (1 to 63 characters, not
 * starting or ending with a hyphen), the last one at least two letters. Taken exactly, case kept. Quoted local parts,
 * IP-address domains and internationalised addresses are refused.
 *
 * <p>Masked in {@code toString()} per {@link MaskPolicy#EMAIL_LOCAL_PART}: the first character of the local part
 * and the domain show.
 *
 * <pre>{@code
 * EmailAddress e = EmailAddress.parse("email", "zhangsan@example.com").get();
 * e.toString();   // "EmailAddress[z*******@example.com]"
 * EmailAddress.parse("email", "zhangsan@localhost");   // Left: "email is not an e-mail address: ..."
 * }</pre>
 *
 * @param unmasked the whole address; the accessor is named so on purpose
 */
@ValueObject
public record EmailAddress(String unmasked) {

    public static final String FIELD = "email";
    public static final int MAX_LENGTH = 254;

    private static final Pattern LOCAL = Pattern.compile("[A-Za-z0-9_%+-]+(\\.[A-Za-z0-9_%+-]+)*");
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
    private static final Pattern TOP_LEVEL = Pattern.compile("[A-Za-z]{2,63}");
    private static final int MAX_LOCAL_LENGTH = 64;

    /** Throws {@link IllegalArgumentException} with the {@link ContactError} message; use {@link #parse} for input. */
    public EmailAddress {
        problem(unmasked).peek(problem -> {
            throw new IllegalArgumentException(new ContactError.InvalidEmail(FIELD, problem).message());
        });
    }

    public static Either<ContactError, EmailAddress> parse(String field, String text) {
        return problem(text).<Either<ContactError, EmailAddress>>map(p -> Either.left(new ContactError.InvalidEmail(field, p)))
                .getOrElse(() -> Either.right(new EmailAddress(text)));
    }

    private static Option<String> problem(String text) {
        if (text == null || text.isEmpty() || text.length() > MAX_LENGTH) {
            return Option.some("it must be 1 to " + MAX_LENGTH + " characters long");
        }
        int at = text.indexOf('@');
        if (at < 0 || at != text.lastIndexOf('@')) {
            return Option.some("it must hold exactly one @");
        }
        String local = text.substring(0, at);
        if (local.length() > MAX_LOCAL_LENGTH || !LOCAL.matcher(local).matches()) {
            return Option.some("the part before @ must be 1 to " + MAX_LOCAL_LENGTH
                    + " of A-Z a-z 0-9 . _ % + -, with no dot at either end or two dots together");
        }
        String[] labels = text.substring(at + 1).split("\\.", -1);
        if (labels.length < 2 || !io.vavr.collection.List.of(labels).forAll(l -> LABEL.matcher(l).matches())
                || !TOP_LEVEL.matcher(labels[labels.length - 1]).matches()) {
            return Option.some("the part after @ must be a domain such as example.com: two or more labels of"
                    + " A-Z a-z 0-9 -, the last of letters only");
        }
        return Option.none();
    }

    /** The domain, after the {@code @} (not masked). */
    public String domain() {
        return unmasked.substring(unmasked.indexOf('@') + 1);
    }

    public String masked() {
        int at = unmasked.indexOf('@');
        return MaskPolicy.EMAIL_LOCAL_PART.apply(unmasked.substring(0, at)) + unmasked.substring(at);
    }

    @Override
    public String toString() {
        return "EmailAddress[" + masked() + "]";
    }
}
