package org.telecrm.sla.contract;

import io.vavr.control.Option;
import org.jmolecules.ddd.annotation.ValueObject;
import org.telecrm.sla.CircuitId;
import org.telecrm.sla.SlaContractId;
import org.telecrm.sla.claim.Breach;
import org.telecrm.sla.quality.QualityAssessment;

import java.time.YearMonth;

/**
 * A contract's evaluation of one circuit's month of outages, under the terms version in force on the month's first
 * covered day (an amendment that takes effect mid-month applies from the next month).
 *
 * <pre>{@code
 * QualityEvaluation e = contract.evaluateQuality(CircuitId.of("DDN-1"), YearMonth.of(2026, 3), outages).get();
 * e.assessment().availability();   // exact
 * e.assessment().credit();         // capped at the monthly rental
 * e.breach();                      // Some(quality breach) when a credit is owed
 * }</pre>
 */
@ValueObject
public record QualityEvaluation(SlaContractId contract, CircuitId circuit, YearMonth month, int termsVersion,
                                QualityAssessment assessment) {

    /** The breach a claim can be raised for (once the month is over): when the month earns a credit. */
    public Option<Breach> breach() {
        return assessment.credit().isZero()
                ? Option.none()
                : Option.some(new Breach.QualityBreach(contract, circuit, month, termsVersion, assessment));
    }
}
