package org.telecrm.sla.contract;

import org.jmolecules.ddd.annotation.ValueObject;
import org.telecrm.sla.SlaContractId;
import org.telecrm.sla.provisioning.PersonalisedTerms;
import org.telecrm.sla.provisioning.ProvisioningTariff;
import org.telecrm.sla.quality.QualityCompensation;
import org.telecrm.sla.quality.QualityLevelTable;

import java.time.ZoneId;
import java.util.Objects;

/**
 * The terms of one version of an SLA contract: the provisioning terms (the default tariff of rules.md section 5
 * overridden by the contract's personalised clauses, since the signed contract prevails), the quality-level table,
 * and the time zone in which months are measured.
 *
 * <pre>{@code
 * ContractTerms terms = ContractTerms.defaults(SlaContractId.of("SLA-2026-0042"))
 *         .withProvisioning(PersonalisedTerms.forContract("SLA-2026-0042")
 *                 .set(TermScope.row(Product.DDN, ProvisioningClass.EXPRESS), new Term.Deadline(6))
 *                 .build().get());
 * terms.tariff().termsFor(Product.DDN, ProvisioningClass.EXPRESS).deadlineWorkingDays();   // 6, from the contract
 * }</pre>
 *
 * @param provisioning    the personalised provisioning clauses; their contract reference must be the contract's id
 * @param quality         the quality levels the contract offers ({@link QualityLevelTable#SAMPLE} by default)
 * @param measurementZone the time zone of month boundaries ({@link QualityCompensation#BEIJING_TIME} by default)
 */
@ValueObject
public record ContractTerms(PersonalisedTerms provisioning, QualityLevelTable quality, ZoneId measurementZone) {

    public ContractTerms {
        Objects.requireNonNull(provisioning, "provisioning");
        Objects.requireNonNull(quality, "quality");
        Objects.requireNonNull(measurementZone, "measurementZone");
    }

    /** The default tariff as it is, the sample quality levels, Beijing time. */
    public static ContractTerms defaults(SlaContractId contract) {
        return new ContractTerms(PersonalisedTerms.none(contract.value()), QualityLevelTable.SAMPLE,
                QualityCompensation.BEIJING_TIME);
    }

    public ContractTerms withProvisioning(PersonalisedTerms newProvisioning) {
        return new ContractTerms(newProvisioning, quality, measurementZone);
    }

    public ContractTerms withQuality(QualityLevelTable newQuality) {
        return new ContractTerms(provisioning, newQuality, measurementZone);
    }

    public ContractTerms withMeasurementZone(ZoneId zone) {
        return new ContractTerms(provisioning, quality, zone);
    }

    /** The provisioning tariff in force under these terms: the default tariff with the clauses laid over it. */
    public ProvisioningTariff tariff() {
        return ProvisioningTariff.RULES_MD.personalisedBy(provisioning);
    }

    /** The quality engine under these terms. */
    public QualityCompensation qualityEngine() {
        return QualityCompensation.of(quality, measurementZone);
    }
}
