package org.telecrm.customer.aggregate;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.jmolecules.ddd.annotation.ValueObject;
import org.telecrm.customer.identity.IdentityDocument;

import java.util.Objects;
import java.util.function.Function;

/**
 * Duplicate detection (rules.md section 1, information quality: duplicates), a pure function: two registrations with
 * the same identity document (same kind, same number) are the same customer, whatever else they say; the result
 * lists the fields in which they differ. Names are compared exactly.
 *
 * <pre>{@code
 * DuplicateCheck check = DuplicateCheck.compare(existing.registration(), incoming);
 * if (check instanceof DuplicateCheck.SameCustomer same) {
 *     same.differences();   // e.g. List(Difference[field=city, left=440300, right=440100])
 * }
 * }</pre>
 */
public sealed interface DuplicateCheck {

    /** Different identity documents: two customers. */
    @ValueObject
    record Distinct() implements DuplicateCheck {
    }

    /** The same identity document: one customer; {@code differences} is empty when everything else agrees too. */
    @ValueObject
    record SameCustomer(IdentityDocument document, Seq<Difference> differences) implements DuplicateCheck {
        public SameCustomer {
            Objects.requireNonNull(document, "document");
            Objects.requireNonNull(differences, "differences");
        }
    }

    /** A field in which two registrations of one customer differ, with both values as rendered by default. */
    @ValueObject
    record Difference(String field, String left, String right) {
    }

    static DuplicateCheck compare(Registration left, Registration right) {
        if (!left.document().equals(right.document())) {
            return new Distinct();
        }
        Seq<Difference> differences = List.of(
                        difference("group", left, right, r -> r.group().name()),
                        difference("name", left, right, Registration::name),
                        difference("city", left, right, r -> r.city().code()))
                .flatMap(d -> d);
        return new SameCustomer(left.document(), differences);
    }

    /**
     * Compares a stored customer with an incoming registration across re-issues: the same customer when the
     * registration's document is the customer's current one or one it held before a re-issue
     * ({@link CustomerState#formerDocuments()}); then the fields in which they differ, the document among them
     * (both masked) when the registration gives a former one.
     *
     * <pre>{@code
     * DuplicateCheck.compare(customer, incomingWithTheOldPassport);
     * // SameCustomer(..., List(Difference[field=document, left=<the current one, masked>, right=<the old one, masked>]))
     * }</pre>
     */
    static DuplicateCheck compare(CustomerState existing, Registration incoming) {
        if (!existing.isKnownBy(incoming.document())) {
            return new Distinct();
        }
        Registration current = existing.registration();
        Seq<Difference> differences = ((SameCustomer) compare(new Registration(current.group(), current.name(),
                incoming.document(), current.city()), incoming)).differences();
        return new SameCustomer(incoming.document(), current.document().equals(incoming.document()) ? differences
                : differences.prepend(new Difference("document", current.document().toString(),
                incoming.document().toString())));
    }

    private static List<Difference> difference(String field, Registration left, Registration right,
                                               Function<Registration, String> value) {
        String l = value.apply(left);
        String r = value.apply(right);
        return l.equals(r) ? List.empty() : List.of(new Difference(field, l, r));
    }
}
