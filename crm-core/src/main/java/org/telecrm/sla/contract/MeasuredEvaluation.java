package org.telecrm.sla.contract;

import io.vavr.control.Option;
import org.jmolecules.ddd.annotation.ValueObject;
import org.telecrm.sla.CircuitId;
import org.telecrm.sla.SlaContractId;
import org.telecrm.sla.claim.Breach;
import org.telecrm.sla.quality.MeasuredAssessment;

import java.time.YearMonth;

/**
 * A contract's evaluation of one circuit's month of outages and measurements (latency, packet loss, jitter), under the
 * terms version in force on the month's first covered day: the assessment, and the two breaches a claim can be raised
 * for once the month is over, each named after what it is about.
 *
 * <pre>{@code
 * MeasuredEvaluation e = contract.evaluateMeasured(CircuitId.of("DDN-1"), YearMonth.of(2026, 3), outages,
 *         measurements).get();
 * e.assessment().totalCredit();   // the month's whole credit, at most the level's cap
 * e.breach();                     // Some(DDN-1/MEASURED/2026-03) when the measurements add a credit
 * e.qualityBreach();              // Some(DDN-1/QUALITY/2026-03) when the outages earn one
 * }</pre>
 */
@ValueObject
public record MeasuredEvaluation(SlaContractId contract, CircuitId circuit, YearMonth month, int termsVersion,
                                 MeasuredAssessment assessment) {

    /** The measured breach: when the measurements add a credit to the outages' (within the level's cap). */
    public Option<Breach> breach() {
        return assessment.credit().isZero()
                ? Option.none()
                : Option.some(new Breach.MeasuredBreach(contract, circuit, month, termsVersion, assessment));
    }

    /** The month's outages as {@link SlaContract#evaluateQuality} evaluates them, on the same records. */
    public QualityEvaluation outages() {
        return new QualityEvaluation(contract, circuit, month, termsVersion, assessment.outages());
    }

    /** The quality breach of the same month, on the same outage records: when the outages earn a credit. */
    public Option<Breach> qualityBreach() {
        return outages().breach();
    }
}
