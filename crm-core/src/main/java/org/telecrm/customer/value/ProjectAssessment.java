package org.telecrm.customer.value;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * The project assessment of a new customer or project: its ROI and IRR against the hurdles, and the decision
 * with its reasons. The decision and the reasons are derived from the figures, never stored beside them.
 *
 * <pre>{@code
 * ProjectAssessment a = ProjectEvaluation.sample().assess(CashFlows.ofYuan(-1_000_000, 400_000, 400_000, 400_000)).get();
 * a.roi();        // 20.00%
 * a.irr();        // 9.7010%
 * a.decision();   // ABANDON: the IRR misses the 10% hurdle
 * a.reasons();    // one line per hurdle
 * }</pre>
 */
@ValueObject
public record ProjectAssessment(CashFlows flows, Roi roi, Irr irr, ProjectHurdles hurdles) {

    public ProjectDecision decision() {
        return roi.reaches(hurdles.minimumRoi()) && irr.reaches(hurdles.minimumIrr())
                ? ProjectDecision.PURSUE : ProjectDecision.ABANDON;
    }

    /** One line per hurdle, then the decision. */
    public Seq<String> reasons() {
        return List.of(
                "ROI " + roi + (roi.reaches(hurdles.minimumRoi()) ? " reaches" : " misses") + " the hurdle of "
                        + hurdles.minimumRoi() + " (net " + flows.net() + " on " + flows.invested() + " invested)",
                "IRR " + irr + (irr.reaches(hurdles.minimumIrr()) ? " reaches" : " misses") + " the hurdle of "
                        + hurdles.minimumIrr() + " a period",
                decision().name().toLowerCase() + " (" + decision().chineseName() + ")");
    }
}
