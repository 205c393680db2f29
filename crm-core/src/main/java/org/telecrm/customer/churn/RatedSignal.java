package org.telecrm.customer.churn;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A churn signal with the level the rules give it: one reason of a {@link ChurnWarning}.
 *
 * <pre>{@code
 * rated.describe();   // "WARNING: crisis information from news on 2026-07-03: ... (the level CRISIS_INFORMATION raises)"
 * }</pre>
 */
@ValueObject
public record RatedSignal(ChurnSignal signal, WarningLevel level, String rule) {

    public String describe() {
        return level + ": " + signal.describe() + " (" + rule + ")";
    }
}
