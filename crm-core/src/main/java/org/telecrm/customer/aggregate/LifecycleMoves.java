package org.telecrm.customer.aggregate;

import io.vavr.control.Either;
import io.vavr.control.Option;
import org.telecrm.customer.CustomerId;

import java.time.Instant;

/**
 * The customer's lifecycle commands, by target stage, over the transitions each {@link Lifecycle} state offers: the
 * next state, none when the customer is in the target stage already (nothing changes), or why not
 * ({@link CustomerRejection.IllegalTransition} naming both stages). The {@link Customer} adds what only it knows (a
 * key account's requirements) and the order of time.
 */
final class LifecycleMoves {

    private LifecycleMoves() {
    }

    /** Active: a prospect's first activation, or re-activation of a dormant or churned customer. */
    static Option<Lifecycle> active(Lifecycle current, Instant at) {
        if (current instanceof Lifecycle.Active) {
            return Option.none();
        }
        return Option.some(current instanceof Lifecycle.Prospect p ? p.activate(at)
                : current instanceof Lifecycle.Dormant d ? d.reactivate(at)
                : ((Lifecycle.Churned) current).reactivate(at));
    }

    /** Dormant: from active only. */
    static Either<CustomerRejection, Option<Lifecycle>> dormant(CustomerId id, Lifecycle current, Instant at) {
        if (current instanceof Lifecycle.Dormant) {
            return Either.right(Option.none());
        }
        if (current instanceof Lifecycle.Active a) {
            return Either.right(Option.some(a.fallDormant(at)));
        }
        return Either.left(new CustomerRejection.IllegalTransition(id, current.stage(), Lifecycle.Stage.DORMANT));
    }

    /** Churned, with a reason that is not blank: from active or dormant; churned already, the first reason stands. */
    static Either<CustomerRejection, Option<Lifecycle>> churned(CustomerId id, Lifecycle current, String reason,
                                                                Instant at) {
        if (current instanceof Lifecycle.Churned) {
            return Either.right(Option.none());
        }
        if (reason == null || reason.isBlank()) {
            return Either.left(new CustomerRejection.BlankText(id, "reason"));
        }
        if (current instanceof Lifecycle.Active a) {
            return Either.right(Option.some(a.churn(reason, at)));
        }
        if (current instanceof Lifecycle.Dormant d) {
            return Either.right(Option.some(d.churn(reason, at)));
        }
        return Either.left(new CustomerRejection.IllegalTransition(id, current.stage(), Lifecycle.Stage.CHURNED));
    }
}
