package org.telecrm.customer.contact;

import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import org.jmolecules.ddd.annotation.ValueObject;
import org.telecrm.customer.MaskPolicy;
import org.telecrm.customer.region.CityCode;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A mainland address: the city (GB/T 2260 city-level code), the line below it (district, street, building, room, as
 * one text) and, for post, the six-digit postcode. A customer's postal address and the installation address of each
 * of its circuits are addresses. The line is personal data: it renders masked ({@link MaskPolicy#ADDRESS_LINE}:
 * nothing of it shows, its length does), {@link #unmaskedLine()} gives it whole.
 *
 * <pre>{@code
 * Address a = Address.parse(CityCode.parse("440300").get(), "南山区科技园科苑路 8 号 1201 室", Option.some("518057")).get();
 * a.toString();   // "Address[440300 ****************** 518057]"
 * Address.parse(a.city(), " ", Option.some("5180")).getLeft().map(ContactError::message);
 * // List("line must not be blank", "postcode must be a mainland postcode of 6 digits (was 4 characters)")
 * }</pre>
 *
 * @param city         the city the address is in
 * @param unmaskedLine the line below the city, whole; the record's accessor is named so on purpose
 * @param postcode     the postcode, if known
 */
@ValueObject
public record Address(CityCode city, String unmaskedLine, Option<String> postcode) {

    /** Digits of a mainland postcode (邮政编码). */
    public static final int POSTCODE_DIGITS = 6;
    /** The longest line the library takes (a library default: a full mainland address line is far shorter). */
    public static final int MAX_LINE_LENGTH = 200;
    /** The line an erased address keeps: the city stays (reports count by it), nothing else of the person. */
    public static final String ERASED_LINE = "(erased)";

    private static final Pattern POSTCODE = Pattern.compile("[0-9]{" + POSTCODE_DIGITS + "}");

    /** Throws {@link IllegalArgumentException} with the {@link ContactError} messages; {@link #parse} for input. */
    public Address {
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(postcode, "postcode");
        List<ContactError> problems = problems(unmaskedLine, postcode);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.map(ContactError::message).mkString("; "));
        }
    }

    /** The address, or every problem with its line and postcode (never quoting them). */
    public static Either<List<ContactError>, Address> parse(CityCode city, String line, Option<String> postcode) {
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(postcode, "postcode");
        List<ContactError> problems = problems(line, postcode);
        return problems.isEmpty() ? Either.right(new Address(city, line, postcode)) : Either.left(problems);
    }

    private static List<ContactError> problems(String line, Option<String> postcode) {
        Validation<ContactError, String> lineOk = line == null || line.isBlank()
                ? Validation.invalid(new ContactError.Blank("line"))
                : line.length() > MAX_LINE_LENGTH
                ? Validation.invalid(new ContactError.TooLong("line", MAX_LINE_LENGTH, line.length()))
                : Validation.valid(line);
        Option<ContactError> postcodeProblem = postcode.filter(p -> p == null || !POSTCODE.matcher(p).matches())
                .map(p -> new ContactError.InvalidPostcode("postcode", p == null ? 0 : p.length()));
        return List.ofAll(lineOk.isInvalid() ? List.of(lineOk.getError()) : List.<ContactError>empty())
                .appendAll(postcodeProblem);
    }

    /** This address with nothing of the person left: the city only ({@link #ERASED_LINE}, no postcode). */
    public Address erased() {
        return new Address(city, ERASED_LINE, Option.none());
    }

    public boolean isErased() {
        return ERASED_LINE.equals(unmaskedLine) && postcode.isEmpty();
    }

    /** The line as every default rendering shows it. */
    public String maskedLine() {
        return isErased() ? ERASED_LINE : MaskPolicy.ADDRESS_LINE.apply(unmaskedLine);
    }

    @Override
    public String toString() {
        return "Address[" + city.code() + " " + maskedLine() + postcode.map(p -> " " + p).getOrElse("") + "]";
    }
}
