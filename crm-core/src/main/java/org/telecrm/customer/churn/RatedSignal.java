package org.telecrm.customer.churn;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A churn signal with the level the rules give it: one reason of a {@link ChurnWarning}.
 *
 * <pre>{@code
 * rated.describe();   // "WARNING from crisis information: crisis information from ... "
 * }</pre>
 */
@ValueObject
public record RatedSignal(ChurnSignal signal, WarningLevel level, String rule) {

    public String describe() {
        return level + ": " + signal.describe() + " (" + rule + ")";
    }
}
