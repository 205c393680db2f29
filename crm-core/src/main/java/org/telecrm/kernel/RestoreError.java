package org.telecrm.kernel;

import io.vavr.collection.Seq;

import java.util.Objects;

/**
 * Why stored state cannot be restored into an aggregate. The one restore rule of every aggregate
 * ({@code Account}, {@code Customer}, {@code SlaContract}, {@code ServiceOrder}): {@code restore} checks what it is
 * given against the aggregate's invariants and answers {@code Either<RestoreError, X>}, naming every problem at its
 * field ({@link FieldProblem}), rather than rebuilding state no command could have produced (a ledger with a payment
 * counted twice, a closed account with a balance, a contract without terms) or throwing. The problems never quote
 * personal data. Storage adapters turn it into their own "not restorable" error.
 *
 * <pre>{@code
 * Account.restore(id, owner, terms, openedAt, entriesWithADuplicate, status).getLeft().message();
 * // "account A-1 cannot be restored: entries[2]: the reference PAY-1 is already used by entries[1]"
 * }</pre>
 *
 * @param aggregate the aggregate's kind, e.g. {@code "account"}
 * @param id        its identifier as text
 * @param problems  at least one, each naming the field
 */
public record RestoreError(String aggregate, String id, Seq<FieldProblem> problems) {

    public RestoreError {
        Objects.requireNonNull(aggregate, "aggregate");
        Objects.requireNonNull(id, "id");
        if (problems == null || problems.isEmpty()) {
            throw new IllegalArgumentException("a restore error names at least one problem");
        }
    }

    /** The problems' messages, {@code field: problem} each. */
    public Seq<String> messages() {
        return problems.map(FieldProblem::message);
    }

    public String message() {
        return aggregate + " " + id + " cannot be restored: " + messages().mkString("; ");
    }
}
