package org.telecrm.customer.contact;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import org.jmolecules.ddd.annotation.ValueObject;

import java.util.Objects;

/**
 * What a customer's contact person (客户联系人, rules.md section 1) is: name, role, phone numbers and e-mail. A
 * contact can be reached: at least one phone number, or an e-mail address; no number is given twice.
 *
 * <p>Phone numbers and the e-mail address render masked in {@code toString()}, so a contact can be logged.
 *
 * <pre>{@code
 * ContactDetails it = ContactDetails.parse("Zhang San", "IT manager",
 *         List.of("13812345678", "0755-88001234-801"), Option.some("zhangsan@example.com")).get();
 * it.toString();
 * // "ContactDetails[name=Zhang San, role=IT manager, phones=List(MobileNumber[138****5678],
 * //  LandlineNumber[0755-*****234-***]), email=Some(EmailAddress[z*******@example.com])]"
 * ContactDetails.parse(" ", "IT manager", List.empty(), Option.none());
 * // Invalid: "name must not be blank", "phones must hold at least one phone number when there is no e-mail address"
 * }</pre>
 *
 * @param name   the person's name
 * @param role   what the person is to the customer, e.g. "IT manager", "财务负责人"
 * @param phones mobile and landline numbers, most useful first
 * @param email  the e-mail address, if any
 */
@ValueObject
public record ContactDetails(String name, String role, Seq<PhoneNumber> phones, Option<EmailAddress> email) {

    /** Throws {@link IllegalArgumentException} with every problem; use {@link #parse} or {@link #of} for input. */
    public ContactDetails {
        Objects.requireNonNull(phones, "phones");
        Objects.requireNonNull(email, "email");
        Seq<ContactError> problems = problems(name, role, phones, email);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.map(ContactError::message).mkString("; "));
        }
    }

    /** Details from values already parsed, or every problem. */
    public static Validation<Seq<ContactError>, ContactDetails> of(String name, String role, Seq<PhoneNumber> phones,
                                                                 Option<EmailAddress> email) {
        Seq<ContactError> problems = problems(name, role, Objects.requireNonNull(phones, "phones"),
                Objects.requireNonNull(email, "email"));
        return problems.isEmpty() ? Validation.valid(new ContactDetails(name, role, phones, email)) : Validation.invalid(problems);
    }

    /** Details from text as a form gives it, or every problem, each naming its field ({@code phones[i]}). */
    public static Validation<Seq<ContactError>, ContactDetails> parse(String name, String role, Seq<String> phones,
                                                                    Option<String> email) {
        Seq<Either<ContactError, PhoneNumber>> parsedPhones = phones.zipWithIndex()
                .map(p -> PhoneNumber.parse("phones[" + p._2 + "]", p._1));
        Option<Either<ContactError, EmailAddress>> parsedEmail = email.map(e -> EmailAddress.parse(EmailAddress.FIELD, e));
        Seq<ContactError> formatProblems = parsedPhones.flatMap(Either::swap).appendAll(parsedEmail.toList().flatMap(Either::swap));
        if (!formatProblems.isEmpty()) {
            Seq<ContactError> blank = problems(name, role, List.empty(), Option.none())
                    .filter(p -> p instanceof ContactError.Blank);
            return Validation.invalid(blank.appendAll(formatProblems));
        }
        return of(name, role, parsedPhones.map(Either::get), parsedEmail.map(Either::get));
    }

    private static Seq<ContactError> problems(String name, String role, Seq<PhoneNumber> phones,
                                              Option<EmailAddress> email) {
        List<ContactError> problems = List.empty();
        if (name == null || name.isBlank()) {
            problems = problems.append(new ContactError.Blank("name"));
        }
        if (role == null || role.isBlank()) {
            problems = problems.append(new ContactError.Blank("role"));
        }
        if (phones.isEmpty() && email.isEmpty()) {
            problems = problems.append(new ContactError.Unreachable("phones"));
        }
        for (int i = 0; i < phones.size(); i++) {
            int first = phones.indexOf(phones.get(i));
            if (first < i) {
                problems = problems.append(new ContactError.Repeated("phones[" + i + "]", "phones[" + first + "]"));
            }
        }
        return problems;
    }
}
