package org.telecrm.customer.aggregate;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.jmolecules.ddd.annotation.ValueObject;
import org.telecrm.customer.CustomerId;
import org.telecrm.customer.churn.ChurnWarning;
import org.telecrm.customer.churn.WarningLevel;
import org.telecrm.kernel.Changed;

import java.time.Instant;
import java.util.Objects;

/**
 * The latest churn early warning raised on a customer: its level and reasons as the churn engine gave them
 * ({@link ChurnWarning#reasons()}), and when it was raised.
 *
 * <pre>{@code
 * customer.churnWarning().map(RaisedChurnWarning::level);   // e.g. Some(CRITICAL)
 * }</pre>
 *
 * @param level    WATCH, WARNING or CRITICAL (a NONE assessment raises nothing)
 * @param reasons  one line per signal, the corroboration and the loss, as the engine wrote them
 * @param raisedAt when it was raised
 */
@ValueObject
public record RaisedChurnWarning(WarningLevel level, Seq<String> reasons, Instant raisedAt) {

    public RaisedChurnWarning {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(reasons, "reasons");
        Objects.requireNonNull(raisedAt, "raisedAt");
        if (level == WarningLevel.NONE) {
            throw new IllegalArgumentException("a raised churn warning has a level above NONE");
        }
    }

    public static RaisedChurnWarning of(ChurnWarning warning, Instant raisedAt) {
        return new RaisedChurnWarning(warning.level(), warning.reasons(), raisedAt);
    }

    /**
     * The churn early warning's result raised after the {@code current} one, which it replaces: a NONE level raises
     * nothing, nor does the same level and reasons as the warning on record; one dated before the current one (or the
     * registration) is {@link CustomerRejection.OutOfOrder}.
     */
    static Either<CustomerRejection, Changed<Option<RaisedChurnWarning>, CustomerEvent>> raise(
            CustomerId owner, Option<RaisedChurnWarning> current, ChurnWarning warning, Instant registeredAt,
            Instant at) {
        if (warning.level() == WarningLevel.NONE
                || current.exists(w -> w.level() == warning.level() && w.reasons().equals(warning.reasons()))) {
            return Either.right(Changed.nothing(current));
        }
        Instant latest = current.map(RaisedChurnWarning::raisedAt).getOrElse(registeredAt);
        if (at.isBefore(latest)) {
            return Either.left(new CustomerRejection.OutOfOrder(owner, "churn warning", latest, at));
        }
        RaisedChurnWarning raised = of(warning, at);
        return Either.right(Changed.of(Option.some(raised),
                List.of(new CustomerEvent.ChurnWarningRaised(owner, raised.level(), raised.reasons(), at))));
    }
}
