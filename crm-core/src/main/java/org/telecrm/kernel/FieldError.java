package org.telecrm.kernel;

/**
 * A problem with one field of what a caller gave: where it is ({@link #field()}) and a sentence saying what is wrong
 * there ({@link #message()}). The one shape the values' and engines' errors share ({@code ContactError},
 * {@code IdentityError}, {@code RegionError}, {@code ValueError}, {@code ChurnError}, {@code StarServiceError},
 * {@code QualityError}) with the restore rule's {@link FieldProblem}, so a host reports any of them the same way,
 * whichever value or engine refused. The text never quotes personal data.
 *
 * <pre>{@code
 * Seq<FieldError> refused = List.of(new ContactError.Blank("name"), new FieldProblem("file", "out of order"));
 * refused.map(FieldError::message);   // ["name must not be blank", "file: out of order"]
 * }</pre>
 */
public interface FieldError {

    /** Where the problem is: a field name or a path ({@code "phones[0]"}, {@code "claims[2].breach"}). */
    String field();

    /** A sentence that says what is wrong, naming the field. */
    String message();
}
