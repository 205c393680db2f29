package org.telecrm.kernel;

import io.vavr.collection.List;
import io.vavr.collection.Seq;

import java.util.Objects;

/**
 * What an accepted command produced: the aggregate's new state and the domain events that announce the change,
 * in the order they happened. Aggregates are immutable; a command never changes the instance it is called on.
 *
 * <pre>{@code
 * Either<CustomerRejection, Changed<Customer, CustomerEvent>> result = customer.assignManager(...);
 * result.map(Changed::state);    // the customer after the command
 * result.map(Changed::events);   // what a host forwards (through its outbox) to the rest of the BOSS
 * }</pre>
 *
 * @param state  the aggregate after the command
 * @param events what happened, oldest first; empty when the command was accepted but changed nothing
 */
public record Changed<A, E>(A state, Seq<E> events) {

    public Changed {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(events, "events");
    }

    public static <A, E> Changed<A, E> of(A state, Seq<E> events) {
        return new Changed<>(state, events);
    }

    /** Accepted, nothing changed, nothing to announce (an idempotent repeat, for instance). */
    public static <A, E> Changed<A, E> nothing(A state) {
        return new Changed<>(state, List.empty());
    }

    public boolean changedNothing() {
        return events.isEmpty();
    }
}
