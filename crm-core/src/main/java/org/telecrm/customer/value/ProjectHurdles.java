package org.telecrm.customer.value;

import org.jmolecules.ddd.annotation.ValueObject;
import org.telecrm.money.Rate;

import java.util.Objects;

/**
 * The hurdles a new customer or project must clear to be pursued (rules.md section 2: the project-assessment
 * model decides "pursue or abandon" by ROI and IRR). Both must be reached.
 *
 * <pre>{@code
 * ProjectHurdles mine = new ProjectHurdles(Rate.percent(25), Rate.percent(12));
 * }</pre>
 *
 * @param minimumRoi the least return on investment (undiscounted net gain over the amount invested)
 * @param minimumIrr the least internal rate of return, per period of the cash flows
 */
@ValueObject
public record ProjectHurdles(Rate minimumRoi, Rate minimumIrr) {

    /**
     * Library sample default, not from the sources (the seed names ROI and IRR but no hurdle): ROI at least 15%,
     * IRR at least 10% a period (a year, when the flows are yearly). A host sets its own cost of capital.
     */
    public static final ProjectHurdles SAMPLE = new ProjectHurdles(Rate.percent(15), Rate.percent(10));

    public ProjectHurdles {
        Objects.requireNonNull(minimumRoi, "minimumRoi");
        Objects.requireNonNull(minimumIrr, "minimumIrr");
    }
}
