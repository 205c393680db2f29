package org.telecrm.customer.aggregate;

import io.vavr.collection.Seq;
import org.jmolecules.ddd.annotation.ValueObject;
import org.telecrm.customer.churn.ChurnWarning;
import org.telecrm.customer.churn.WarningLevel;

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
}
