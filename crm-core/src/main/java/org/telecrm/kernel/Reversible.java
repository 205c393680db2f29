package org.telecrm.kernel;

import io.vavr.collection.Seq;

import java.util.function.Predicate;

/**
 * A recorded change of a state of type {@code S} that can be undone. A history keeps the current state and its changes,
 * oldest first; it reads a past state by undoing, newest first, the changes made after it, and it is sound when undoing
 * them all walks back through the states they made ({@link #endsAt}). Customers' master data and accounts' terms keep
 * their histories this way.
 *
 * <pre>{@code
 * Reversible.endsAt(terms, history);                                   // the history leads to the current terms
 * Reversible.undone(terms, history, c -> c.at().isAfter(at));          // the terms in force at `at`
 * }</pre>
 *
 * @param <S> the state changed
 */
public interface Reversible<S> {

    /** {@code state} with this change's value before it (this change undone). */
    S undo(S state);

    /** Whether {@code state} holds this change's value after it, as a state this change made does. */
    boolean madeState(S state);

    /**
     * Whether {@code changes}, oldest first, lead to {@code current}: undone newest first, each finds the state it made
     * (the last one the current state, each earlier one the state the next one started from).
     */
    static <S, C extends Reversible<S>> boolean endsAt(S current, Seq<C> changes) {
        S state = current;
        for (C change : changes.reverse()) {
            if (!change.madeState(state)) {
                return false;
            }
            state = change.undo(state);
        }
        return true;
    }

    /** {@code current} with the {@code changes} (oldest first) that {@code undo} selects undone, newest first. */
    static <S, C extends Reversible<S>> S undone(S current, Seq<C> changes, Predicate<? super C> undo) {
        return changes.reverse().filter(undo).foldLeft(current, (state, change) -> change.undo(state));
    }
}
