package org.telecrm.sla.quality;

import org.jmolecules.ddd.annotation.ValueObject;
import org.telecrm.money.Rate;

import java.time.Duration;
import java.util.Objects;

/**
 * What one quality level commits to, and what the provider pays when it does not: an availability target for the
 * month, a fault-response time limit, a restoration time limit, a compensation rule for each, and a cap on the
 * month's credit as a share of the monthly rental. A {@link QualityLevelTable} checks the numbers when it is built.
 *
 * <pre>{@code
 * QualityLevelTerms gold = new QualityLevelTerms(QualityLevel.of("L1"), Rate.percent("99.95"),
 *         Duration.ofMinutes(15), Duration.ofHours(2),
 *         new AvailabilityCredit(Rate.percent("0.1"), Rate.percent(10)),
 *         new OverrunCredit(Duration.ofMinutes(30), Rate.percent(2)),
 *         new OverrunCredit(Duration.ofHours(1), Rate.percent(5)),
 *         Rate.ONE);
 * }</pre>
 *
 * @param level              the level's name
 * @param availabilityTarget the month's availability target, above 0 and at most 100%
 * @param responseLimit      the longest time from a fault's start to the provider's response
 * @param restorationLimit   the longest time a fault may keep the circuit down
 * @param availabilityCredit the credit for availability below the target
 * @param responseCredit     the credit for response time beyond the limit
 * @param restorationCredit  the credit for restoration time beyond the limit
 * @param cap                the most the month's credit can reach, as a share of the monthly rental (at most 100%)
 */
@ValueObject
public record QualityLevelTerms(QualityLevel level, Rate availabilityTarget, Duration responseLimit,
                                Duration restorationLimit, AvailabilityCredit availabilityCredit,
                                OverrunCredit responseCredit, OverrunCredit restorationCredit, Rate cap) {

    public QualityLevelTerms {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(availabilityTarget, "availabilityTarget");
        Objects.requireNonNull(responseLimit, "responseLimit");
        Objects.requireNonNull(restorationLimit, "restorationLimit");
        Objects.requireNonNull(availabilityCredit, "availabilityCredit");
        Objects.requireNonNull(responseCredit, "responseCredit");
        Objects.requireNonNull(restorationCredit, "restorationCredit");
        Objects.requireNonNull(cap, "cap");
    }
}
