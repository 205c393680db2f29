package org.telecrm.persistence;

import io.vavr.control.Either;

import java.util.function.Supplier;

/**
 * The transaction boundary, implemented by the host with its own transaction manager. Everything the work does
 * through the storage ports (saving aggregates, and with them appending their events to the outbox) commits
 * together when the work returns a {@code Right}, and is rolled back when it returns a {@code Left} or throws:
 * a failed transaction leaves neither the change nor its events.
 *
 * <p>A port called outside {@code inTransaction} runs in a transaction of its own. A call of
 * {@code inTransaction} inside another joins it; when the inner work fails (a {@code Left}, or an exception, which
 * the outer work may catch), what it did is undone (a savepoint) and the outer work decides. Inside a transaction,
 * loads and queries see its own writes. A {@link SaveConflict} a save answers inside a transaction wrote nothing and
 * spoils nothing: the work may handle it and still commit the rest.
 *
 * <pre>{@code
 * Either<String, Long> saved = transactions.inTransaction(() ->
 *         accounts.load(id).toEither("no such account")
 *                 .flatMap(v -> v.aggregate().postPayment(ref, amount, at).mapLeft(AccountRejection::message)
 *                         .flatMap(c -> accounts.save(c, v.version()).mapLeft(SaveConflict::message))));
 * }</pre>
 */
public interface Transactions {

    /**
     * Runs {@code work} in one transaction: commits on {@code Right}, rolls back on {@code Left} or an exception
     * (which is rethrown).
     */
    <L, R> Either<L, R> inTransaction(Supplier<Either<L, R>> work);
}
