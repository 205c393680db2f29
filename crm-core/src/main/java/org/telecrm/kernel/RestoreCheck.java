package org.telecrm.kernel;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * Collects the {@link FieldProblem}s an aggregate's {@code restore} finds, then answers with the restored aggregate
 * or a {@link RestoreError} naming all of them: the one shape of every {@code restore}. Local to one call; not
 * shared between threads.
 *
 * <pre>{@code
 * RestoreCheck check = RestoreCheck.of("account", id.value());
 * check.when(amount.isNegative(), "entries[0].amount", () -> "must be positive");
 * return check.restore(() -> new Account(...));
 * }</pre>
 */
public final class RestoreCheck {

    private final String aggregate;
    private final String id;
    private List<FieldProblem> problems = List.empty();

    private RestoreCheck(String aggregate, String id) {
        this.aggregate = Objects.requireNonNull(aggregate, "aggregate");
        this.id = Objects.requireNonNull(id, "id");
    }

    /** A check of one aggregate, {@code aggregate} its kind ("account"), {@code id} its identifier as text. */
    public static RestoreCheck of(String aggregate, String id) {
        return new RestoreCheck(aggregate, id);
    }

    /** Records a problem at a field. */
    public RestoreCheck problem(String field, String problem) {
        problems = problems.append(new FieldProblem(field, problem));
        return this;
    }

    /** Records a problem at a field when {@code broken}; the text is only built then. */
    public RestoreCheck when(boolean broken, String field, Supplier<String> problem) {
        return broken ? problem(field, problem.get()) : this;
    }

    /** Records problems found elsewhere (a part's own check), each field under {@code prefix} when not empty. */
    public RestoreCheck all(String prefix, Seq<FieldProblem> found) {
        found.forEach(p -> problem(prefix.isEmpty() ? p.field() : prefix + "." + p.field(), p.problem()));
        return this;
    }

    /** The problems found so far, in the order found. */
    public Seq<FieldProblem> problems() {
        return problems;
    }

    /** Whether no problem has been found so far (later checks may rely on what earlier ones proved). */
    public boolean clean() {
        return problems.isEmpty();
    }

    /** The aggregate {@code restored} builds when nothing was found, otherwise every problem found. */
    public <T> Either<RestoreError, T> restore(Supplier<T> restored) {
        return problems.isEmpty() ? Either.right(restored.get())
                : Either.left(new RestoreError(aggregate, id, problems));
    }
}
