package org.telecrm.sla.contract;

import org.jmolecules.ddd.types.Entity;
import org.telecrm.money.Money;
import org.telecrm.sla.CircuitId;
import org.telecrm.sla.Product;
import org.telecrm.sla.ProvisioningClass;
import org.telecrm.sla.quality.QualityLevel;

import java.util.Objects;

/**
 * A circuit an SLA contract covers (an entity of the {@link SlaContract} aggregate, identified by its circuit
 * number): the product, both ends, the bandwidth, the provisioning class and quality level bought, and the two
 * prices compensation is computed from. The contract refuses negative prices when the circuit is added.
 *
 * <pre>{@code
 * Circuit ddn = new Circuit(CircuitId.of("DDN-0755-2026-0001"), Product.DDN, Region.of("Shenzhen Futian"),
 *         Region.of("Guangzhou Tianhe"), Bandwidth.ofKbps(2048), ProvisioningClass.EXPRESS,
 *         QualityLevelTable.LEVEL_1, Money.ofYuan(8000), Money.ofYuan(2000));
 * }</pre>
 *
 * @param standardOneTimeFee the standard one-time fee, before the provisioning class's uplift
 * @param monthlyRental      the monthly rental: the base and cap of quality credits
 */
public record Circuit(CircuitId id, Product product, Region aEnd, Region zEnd, Bandwidth bandwidth,
                      ProvisioningClass provisioningClass, QualityLevel qualityLevel, Money standardOneTimeFee,
                      Money monthlyRental) implements Entity<SlaContract, CircuitId> {

    public Circuit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(aEnd, "aEnd");
        Objects.requireNonNull(zEnd, "zEnd");
        Objects.requireNonNull(bandwidth, "bandwidth");
        Objects.requireNonNull(provisioningClass, "provisioningClass");
        Objects.requireNonNull(qualityLevel, "qualityLevel");
        Objects.requireNonNull(standardOneTimeFee, "standardOneTimeFee");
        Objects.requireNonNull(monthlyRental, "monthlyRental");
    }

    @Override
    public CircuitId getId() {
        return id;
    }
}
