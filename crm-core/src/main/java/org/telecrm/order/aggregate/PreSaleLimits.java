package org.telecrm.order.aggregate;

import org.jmolecules.ddd.annotation.ValueObject;
import org.telecrm.order.clock.TimeLimit;

import java.util.Objects;

/**
 * The node limits of a pre-sale response (售前响应, 003; rules.md section 7), one per stage: the consultation answered
 * and the resource check asked for (leaving ACCEPTED, from entry), the resources checked (leaving DISPATCHED, from
 * entry), the solution proposed (leaving IN_PROGRESS, from acceptance). The source asks for a monitored limit on each
 * node but gives no number: {@link #SAMPLE} is a <b>library sample default, not from the sources</b>.
 *
 * <pre>{@code
 * NodeTimeLimits.sample().withPreSale(new PreSaleLimits(new TimeLimit.WorkingDays(1), new TimeLimit.WorkingDays(2),
 *         new TimeLimit.WorkingDays(5)));
 * }</pre>
 *
 * @param consultation  leaving ACCEPTED: the consultation answered, the resource check asked for
 * @param resourceCheck leaving DISPATCHED: the resources checked
 * @param proposal      leaving IN_PROGRESS, from acceptance: the solution proposed to the customer
 */
@ValueObject
public record PreSaleLimits(TimeLimit consultation, TimeLimit resourceCheck, TimeLimit proposal) {

    /**
     * Library sample default: the consultation answered within 1 working day, the resources checked within 3, the
     * solution proposed within 10 working days of the consultation.
     */
    public static final PreSaleLimits SAMPLE = new PreSaleLimits(new TimeLimit.WorkingDays(1),
            new TimeLimit.WorkingDays(3), new TimeLimit.WorkingDays(10));

    public PreSaleLimits {
        Objects.requireNonNull(consultation, "consultation");
        Objects.requireNonNull(resourceCheck, "resourceCheck");
        Objects.requireNonNull(proposal, "proposal");
    }
}
