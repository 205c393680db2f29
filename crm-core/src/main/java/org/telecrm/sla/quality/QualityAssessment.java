package org.telecrm.sla.quality;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.jmolecules.ddd.annotation.ValueObject;
import org.telecrm.money.Money;
import org.telecrm.money.Rate;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The quality engine's answer for one circuit's month: the availability, the overruns, the credit, and what decided
 * it ({@link #describe()}).
 *
 * @param of                 the case assessed
 * @param terms              the level's terms used
 * @param zone               the time zone of the month's boundaries
 * @param periodStart        the start of the measured period (the first measured day's midnight in {@code zone})
 * @param periodEnd          its end, exclusive
 * @param availability       exact: (period - provider downtime) / period
 * @param shortfallUnits     started shortfall units below the availability target; 0 when the target is met
 * @param restorationOverrun the month's total time beyond the restoration limit, over its fault episodes
 * @param restorationUnits   started units of {@code restorationOverrun}
 * @param responseOverrun    the month's total time beyond the response limit, over its fault reports
 * @param responseUnits      started units of {@code responseOverrun}
 * @param accruedShare       units x per-unit shares, before the cap (a share of the monthly rental)
 * @param credit             min(accrued, cap) x monthly rental, rounded once to the fen
 * @param capped             whether the cap decided the credit
 */
@ValueObject
public record QualityAssessment(QualityCase of, QualityLevelTerms terms, ZoneId zone, Instant periodStart,
                                Instant periodEnd, Availability availability, long shortfallUnits,
                                Duration restorationOverrun, long restorationUnits, Duration responseOverrun,
                                long responseUnits, Rate accruedShare, Money credit, boolean capped) {

    /** The provider downtime inside the period, overlapping outages counted once. */
    public Duration providerDowntime() {
        return availability.downtime();
    }

    public boolean targetMet() {
        return availability.isAtLeast(terms.availabilityTarget());
    }

    /** Whether any commitment was missed: availability below target, or a time limit overrun. */
    public boolean breached() {
        return shortfallUnits + restorationUnits + responseUnits > 0;
    }

    /** The share of the monthly rental credited: the accrued share, or the cap when it is reached. */
    public Rate creditShare() {
        return capped ? terms.cap() : accruedShare;
    }

    /** One line per step: the period, the outages counted and ignored, each rule's units and share, the credit. */
    public Seq<String> describe() {
        Seq<Outage> touching = of.outages().filter(o -> o.end().isAfter(periodStart) && o.start().isBefore(periodEnd));
        Seq<Outage> counted = touching.filter(o -> o.cause().counts());
        Seq<Outage> ignored = touching.filter(o -> !o.cause().counts());
        return List.of(
                "circuit " + of.circuit() + ", quality level " + terms.level() + ", " + of.month() + ": measured "
                        + periodStart.atZone(zone).toLocalDateTime() + " .. " + periodEnd.atZone(zone).toLocalDateTime()
                        + " " + zone + " (" + availability.period() + ")",
                "provider downtime " + providerDowntime() + " from " + counted.size() + " outage record(s) "
                        + counted.map(Outage::ticket).mkString("[", ", ", "]") + ", overlaps counted once; "
                        + ignored.size() + " customer-side or force-majeure record(s) "
                        + ignored.map(Outage::ticket).mkString("[", ", ", "]") + " ignored",
                "availability " + availability + (targetMet() ? " meets" : " is below") + " the target "
                        + terms.availabilityTarget() + ": " + shortfallUnits + " started unit(s) of "
                        + terms.availabilityCredit().shortfallUnit() + " x " + terms.availabilityCredit().perUnit(),
                "restoration: " + restorationOverrun + " beyond the " + terms.restorationLimit() + " limit in total: "
                        + restorationUnits + " started unit(s) of " + terms.restorationCredit().unit() + " x "
                        + terms.restorationCredit().perUnit(),
                "response: " + responseOverrun + " beyond the " + terms.responseLimit() + " limit in total: "
                        + responseUnits + " started unit(s) of " + terms.responseCredit().unit() + " x "
                        + terms.responseCredit().perUnit(),
                "credit " + creditShare() + " of the monthly rental " + of.monthlyRental().toPlainString() + " = "
                        + credit.toPlainString() + (capped ? " (capped at " + terms.cap() + ")" : " (accrued " + accruedShare
                        + ", cap " + terms.cap() + ")"));
    }
}
