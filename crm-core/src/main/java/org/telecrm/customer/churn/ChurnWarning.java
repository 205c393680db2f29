package org.telecrm.customer.churn;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * The churn early warning for one customer: the level, each signal with the level it raised, whether
 * corroborating sources raised the level, and, for a key account at WATCH or above, the loss in revenue terms.
 *
 * <pre>{@code
 * ChurnWarning w = ChurnEarlyWarning.sample().assess(churnCase).get();
 * w.level();     // e.g. CRITICAL
 * w.loss();      // Some(KeyAccountLoss): CNY ... a year, about 79 commercial or 338 public customers
 * w.reasons();   // one line per signal, the corroboration, the loss
 * }</pre>
 *
 * @param level         the warning level
 * @param signals       every signal considered, the spend fluctuation first, each with its level
 * @param corroboration why the level went one step up, if it did
 * @param loss          the revenue at risk, for a key account at WATCH or above
 */
@ValueObject
public record ChurnWarning(WarningLevel level, Seq<RatedSignal> signals, Option<String> corroboration,
                           Option<KeyAccountLoss> loss) {

    public Seq<String> reasons() {
        return signals.map(RatedSignal::describe)
                .appendAll(corroboration)
                .append("level " + level)
                .appendAll(loss.map(KeyAccountLoss::describe));
    }
}
