package org.telecrm.sla.quality;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.jmolecules.ddd.annotation.ValueObject;
import org.telecrm.money.Money;
import org.telecrm.money.Rate;

/**
 * The quality engine's answer for one circuit's month of measurements ({@link QualityCompensation#assessMeasured}):
 * each measured commitment's windows, and the credit they earn on top of the outages' credit, the level's cap bounding
 * the month's whole credit.
 *
 * @param outages      the month's assessment of outages (availability, response and restoration)
 * @param commitments  one result per measured commitment of the level, in the level's order
 * @param accruedShare the measured commitments' shares summed, before the cap
 * @param credit       what the measurements add to the outages' credit: the month's whole credit
 *                     (min(outages' accrued share + this accrued share, cap) x monthly rental, rounded once to the fen)
 *                     less the outages' credit; never negative
 * @param capped       whether the cap decided the month's whole credit
 */
@ValueObject
public record MeasuredAssessment(QualityAssessment outages, Seq<CommitmentResult> commitments, Rate accruedShare,
                                 Money credit, boolean capped) {

    /**
     * One measured commitment's month.
     *
     * @param commitment the commitment
     * @param windows    the windows of the measured period
     * @param measured   the windows with a measurement (an unmeasured window is no evidence of a breach)
     * @param breached   the measured windows above the limit
     * @param credited   the breached windows beyond the allowance
     * @param share      {@code credited} x the commitment's credit per breached window
     */
    @ValueObject
    public record CommitmentResult(MeasuredCommitment commitment, long windows, long measured, long breached,
                                   long credited, Rate share) {

        @Override
        public String toString() {
            return commitment.metric() + ": " + breached + " of " + measured + " measured window(s) of " + windows
                    + " above " + commitment.limit().toPlainString() + " " + commitment.metric().unit() + ", "
                    + credited + " beyond the allowance of " + commitment.allowance() + " x "
                    + commitment.perBreachedWindow() + " = " + share;
        }
    }

    /** The month's whole credit: the outages' and the measurements', at most the level's cap. */
    public Money totalCredit() {
        return outages.credit().plus(credit);
    }

    /** Whether any measured commitment was missed (a breached window, allowed or not). */
    public boolean breached() {
        return commitments.exists(c -> c.breached() > 0);
    }

    /** One line per commitment, then the credit. */
    public Seq<String> describe() {
        return List.ofAll(commitments.map(CommitmentResult::toString)).append("measured credit "
                + credit.toPlainString() + " on top of the outages' " + outages.credit().toPlainString() + " = "
                + totalCredit().toPlainString() + (capped ? " (capped at " + outages.terms().cap() + ")"
                : " (cap " + outages.terms().cap() + ")"));
    }
}
