package org.telecrm.kernel;

import java.util.Objects;

/**
 * One thing wrong with stored state, at the field it is in: the unit every aggregate's {@code restore} reports in
 * (see {@link RestoreError}). The text never quotes personal data.
 *
 * <pre>{@code
 * new FieldProblem("entries[1]", "the reference P-1 is already used by entries[0]").message();
 * // "entries[1]: the reference P-1 is already used by entries[0]"
 * }</pre>
 *
 * @param field   where, as a path from the aggregate: {@code "terms.creditLimit"}, {@code "claims[2].breach"},
 *                {@code "$"} for the aggregate as a whole
 * @param problem what is wrong there, a sentence fragment
 */
public record FieldProblem(String field, String problem) implements FieldError {

    public FieldProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(problem, "problem");
    }

    /** {@code field: problem}. */
    @Override
    public String message() {
        return field + ": " + problem;
    }

    @Override
    public String toString() {
        return message();
    }
}
