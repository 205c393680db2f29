package org.telecrm.sla.contract;

import io.vavr.control.Option;
import org.jmolecules.ddd.annotation.ValueObject;
import org.telecrm.money.Money;
import org.telecrm.sla.SlaContractId;
import org.telecrm.sla.provisioning.PersonalisedTerms;
import org.telecrm.sla.provisioning.ProvisioningTariff;
import org.telecrm.sla.quality.LevelPrices;
import org.telecrm.sla.quality.QualityCompensation;
import org.telecrm.sla.quality.QualityLevelTable;

import java.time.ZoneId;
import java.util.Objects;

/**
 * The terms of one version of an SLA contract: the provisioning terms (the default tariff of rules.md section 5
 * overridden by the contract's personalised clauses, since the signed contract prevails), the quality-level table
 * (availability, time limits and measured commitments), the prices of the quality levels (the sample prices
 * {@link LevelPrices#SAMPLE} overridden by the contract's own, level by level), and the time zone in which months
 * are measured.
 *
 * <pre>{@code
 * ContractTerms terms = ContractTerms.defaults(SlaContractId.of("SLA-2026-0042"))
 *         .withProvisioning(PersonalisedTerms.forContract("SLA-2026-0042")
 *                 .set(TermScope.row(Product.DDN, ProvisioningClass.EXPRESS), new Term.Deadline(6))
 *                 .build().get());
 * terms.tariff().termsFor(Product.DDN, ProvisioningClass.EXPRESS).deadlineWorkingDays();   // 6, from the contract
 * terms.withPrices(LevelPrices.of(List.of(new LevelPrices.LevelPrice(QualityLevelTable.LEVEL_1,
 *         new Uplift.Fixed(Money.ofYuan(450))))).get()).monthlyUplift(circuit);   // Some(CNY 450.00) at L1
 * }</pre>
 *
 * @param provisioning    the personalised provisioning clauses; their contract reference must be the contract's id
 * @param quality         the quality levels the contract offers ({@link QualityLevelTable#SAMPLE} by default)
 * @param measurementZone the time zone of month boundaries ({@link QualityCompensation#BEIJING_TIME} by default)
 * @param prices          the contract's own prices of quality levels ({@link LevelPrices#NONE} by default: the sample's)
 */
@ValueObject
public record ContractTerms(PersonalisedTerms provisioning, QualityLevelTable quality, ZoneId measurementZone,
                            LevelPrices prices) {

    public ContractTerms {
        Objects.requireNonNull(provisioning, "provisioning");
        Objects.requireNonNull(quality, "quality");
        Objects.requireNonNull(measurementZone, "measurementZone");
        Objects.requireNonNull(prices, "prices");
    }

    /** Terms without prices of their own: the sample prices apply. */
    public ContractTerms(PersonalisedTerms provisioning, QualityLevelTable quality, ZoneId measurementZone) {
        this(provisioning, quality, measurementZone, LevelPrices.NONE);
    }

    /** The default tariff as it is, the sample quality levels, Beijing time. */
    public static ContractTerms defaults(SlaContractId contract) {
        return new ContractTerms(PersonalisedTerms.none(contract.value()), QualityLevelTable.SAMPLE,
                QualityCompensation.BEIJING_TIME);
    }

    public ContractTerms withProvisioning(PersonalisedTerms newProvisioning) {
        return new ContractTerms(newProvisioning, quality, measurementZone, prices);
    }

    public ContractTerms withQuality(QualityLevelTable newQuality) {
        return new ContractTerms(provisioning, newQuality, measurementZone, prices);
    }

    public ContractTerms withMeasurementZone(ZoneId zone) {
        return new ContractTerms(provisioning, quality, zone, prices);
    }

    /** These terms with these prices of their own (the sample's still apply to a level they do not price). */
    public ContractTerms withPrices(LevelPrices newPrices) {
        return new ContractTerms(provisioning, quality, measurementZone, newPrices);
    }

    /** The prices in force under these terms: the sample prices with the contract's own laid over them. */
    public LevelPrices pricesInForce() {
        return LevelPrices.SAMPLE.overriddenBy(prices);
    }

    /**
     * What the customer pays a month for a circuit's quality level on top of its rental, rounded like the quality
     * credits ({@link QualityLevelTable#rounding()}); none when no price in force names the level.
     */
    public Option<Money> monthlyUplift(Circuit circuit) {
        return pricesInForce().upliftOf(circuit.qualityLevel(), circuit.monthlyRental(), quality.rounding());
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
