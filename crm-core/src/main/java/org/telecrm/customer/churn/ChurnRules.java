package org.telecrm.customer.churn;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import org.jmolecules.ddd.annotation.ValueObject;
import org.telecrm.money.Rate;

import java.util.Objects;

/**
 * The churn early-warning rule table (rules.md section 1): the spend baseline, the spend-drop thresholds, the
 * level each reported source raises, when corroborating sources raise the level one step, and the loss equivalence
 * of a key account.
 *
 * <p>{@link #validate()} is the load check ({@link ChurnEarlyWarning#of(ChurnRules)}): a baseline of at least one
 * month and a minimum no longer than the baseline; thresholds above 0%, at most 100% and strictly rising from watch
 * to warning to critical; at least 2 corroborating sources; a positive loss equivalence.
 *
 * <pre>{@code
 * ChurnRules mine = ChurnRules.SAMPLE.withLossEquivalence(new LossEquivalence(60, 250));
 * ChurnEarlyWarning engine = ChurnEarlyWarning.of(mine).get();
 * }</pre>
 *
 * @param baselineMonths         at most how many months before the assessed month the baseline averages
 * @param minimumBaselineMonths  the fewest months a baseline may average; fewer is an input error
 * @param watchDrop              a spend drop below the baseline that raises WATCH
 * @param warningDrop            a spend drop that raises WARNING
 * @param criticalDrop           a spend drop that raises CRITICAL
 * @param crisisInformationLevel the level crisis information from another channel raises
 * @param gatewayListLevel       the level a hit on a gateway-exchange list raises
 * @param cancellationOrderLevel the level a cancellation order raises
 * @param corroboratingSources   when this many different sources each raise at least WATCH, the level goes one step
 *                               up (a value above 4, the number of sources, turns this off)
 * @param lossEquivalence        how many smaller customers one key account's revenue equals
 */
@ValueObject
public record ChurnRules(int baselineMonths, int minimumBaselineMonths, Rate watchDrop, Rate warningDrop,
                         Rate criticalDrop, WarningLevel crisisInformationLevel, WarningLevel gatewayListLevel,
                         WarningLevel cancellationOrderLevel, int corroboratingSources,
                         LossEquivalence lossEquivalence) {

    /**
     * The sample rules. From rules.md section 1: the four sources, and the loss equivalence
     * {@link LossEquivalence#RULES_MD} (79 commercial or 338 public customers). <b>Library sample defaults, not from
     * the sources</b> (the seed gives no numbers): a baseline of the 6 months before the assessed month, at least 3;
     * a spend drop of 20% raises WATCH, 35% WARNING, 50% CRITICAL; crisis information raises WARNING, a gateway-list
     * hit WATCH, a cancellation order CRITICAL (the customer is already leaving); 2 corroborating sources raise the
     * level one step.
     */
    public static final ChurnRules SAMPLE = new ChurnRules(6, 3, Rate.percent(20), Rate.percent(35), Rate.percent(50),
            WarningLevel.WARNING, WarningLevel.WATCH, WarningLevel.CRITICAL, 2, LossEquivalence.RULES_MD);

    public ChurnRules {
        Objects.requireNonNull(watchDrop, "watchDrop");
        Objects.requireNonNull(warningDrop, "warningDrop");
        Objects.requireNonNull(criticalDrop, "criticalDrop");
        Objects.requireNonNull(crisisInformationLevel, "crisisInformationLevel");
        Objects.requireNonNull(gatewayListLevel, "gatewayListLevel");
        Objects.requireNonNull(cancellationOrderLevel, "cancellationOrderLevel");
        Objects.requireNonNull(lossEquivalence, "lossEquivalence");
    }

    public ChurnRules withLossEquivalence(LossEquivalence equivalence) {
        return new ChurnRules(baselineMonths, minimumBaselineMonths, watchDrop, warningDrop, criticalDrop,
                crisisInformationLevel, gatewayListLevel, cancellationOrderLevel, corroboratingSources, equivalence);
    }

    /** The level a reported signal raises. */
    public WarningLevel levelOf(ChurnSignal.Reported signal) {
        return switch (signal.source()) {
            case CRISIS_INFORMATION -> crisisInformationLevel;
            case GATEWAY_LIST -> gatewayListLevel;
            case CANCELLATION_ORDER -> cancellationOrderLevel;
            case SPEND_FLUCTUATION -> throw new IllegalArgumentException("a spend fluctuation is computed, not reported");
        };
    }

    /** These rules, or every problem that makes them unusable, each naming its field. */
    public Validation<Seq<ChurnError>, ChurnRules> validate() {
        List<ChurnError> problems = List.empty();
        if (baselineMonths < 1) {
            problems = problems.append(new ChurnError.OutOfRange("baselineMonths", Integer.toString(baselineMonths), "at least 1"));
        }
        if (minimumBaselineMonths < 1 || minimumBaselineMonths > baselineMonths) {
            problems = problems.append(new ChurnError.OutOfRange("minimumBaselineMonths", Integer.toString(minimumBaselineMonths),
                    "between 1 and baselineMonths (" + baselineMonths + ")"));
        }
        if (watchDrop.compareTo(Rate.ZERO) <= 0) {
            problems = problems.append(new ChurnError.OutOfRange("watchDrop", watchDrop.toString(), "above 0%"));
        }
        if (warningDrop.compareTo(watchDrop) <= 0) {
            problems = problems.append(new ChurnError.NotIncreasing("warningDrop", warningDrop.toString(), "watchDrop", watchDrop.toString()));
        }
        if (criticalDrop.compareTo(warningDrop) <= 0) {
            problems = problems.append(new ChurnError.NotIncreasing("criticalDrop", criticalDrop.toString(), "warningDrop", warningDrop.toString()));
        }
        if (criticalDrop.compareTo(Rate.ONE) > 0) {
            problems = problems.append(new ChurnError.OutOfRange("criticalDrop", criticalDrop.toString(), "at most 100%"));
        }
        if (corroboratingSources < 2) {
            problems = problems.append(new ChurnError.OutOfRange("corroboratingSources", Integer.toString(corroboratingSources), "at least 2"));
        }
        if (lossEquivalence.commercialCustomers() < 1) {
            problems = problems.append(new ChurnError.OutOfRange("lossEquivalence.commercialCustomers",
                    Integer.toString(lossEquivalence.commercialCustomers()), "at least 1"));
        }
        if (lossEquivalence.publicCustomers() < 1) {
            problems = problems.append(new ChurnError.OutOfRange("lossEquivalence.publicCustomers",
                    Integer.toString(lossEquivalence.publicCustomers()), "at least 1"));
        }
        return problems.isEmpty() ? Validation.valid(this) : Validation.invalid(problems);
    }
}
