package org.telecrm.sla.contract;

import io.vavr.control.Option;
import org.jmolecules.ddd.annotation.ValueObject;
import org.telecrm.sla.SlaContractId;
import org.telecrm.sla.claim.Breach;
import org.telecrm.sla.provisioning.ProvisioningAssessment;

/**
 * A contract's evaluation of one provisioning order, under the terms version in force at the order's acceptance.
 *
 * <pre>{@code
 * OrderEvaluation e = contract.evaluateOrder(order, WorkingDayCalendar.official()).get();
 * e.termsVersion();            // the version in force on the acceptance date
 * e.assessment().dueOn();      // the deadline under that version
 * e.breach();                  // Some(late provisioning) when completed late and compensation is owed
 * }</pre>
 *
 * @param contract     the contract evaluated under
 * @param order        the order
 * @param termsVersion the number of the terms version used
 * @param assessment   the provisioning engine's answer
 */
@ValueObject
public record OrderEvaluation(SlaContractId contract, ProvisioningOrder order, int termsVersion,
                              ProvisioningAssessment assessment) {

    /** Late by working days as of its completion or as-of day. */
    public boolean late() {
        return !assessment.onTime();
    }

    /**
     * The breach a claim can be raised for: only a <b>completed</b> order with compensation owed. An open late order
     * is still accruing (its amount grows until it completes), and there is one claim per breach, so it is claimed
     * once it completes.
     */
    public Option<Breach> breach() {
        return order.isCompleted() && !assessment.compensation().isZero()
                ? Option.some(new Breach.LateProvisioning(contract, order.circuit(), order.id(), termsVersion, assessment))
                : Option.none();
    }
}
