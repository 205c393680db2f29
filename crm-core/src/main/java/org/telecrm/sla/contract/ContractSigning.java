package org.telecrm.sla.contract;

import org.jmolecules.ddd.annotation.ValueObject;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The signing of an SLA contract by both sides: who signed for the customer and for the operator, and the signing
 * date. A contract becomes active with its signing ({@link SlaContract#activate}).
 *
 * <pre>{@code
 * ContractSigning signing = new ContractSigning("Li Wei, CIO", "Zhang Min, key-account department",
 *         LocalDate.of(2025, 12, 20));
 * }</pre>
 */
@ValueObject
public record ContractSigning(String customerSignatory, String providerSignatory, LocalDate signedOn) {

    public ContractSigning {
        Objects.requireNonNull(customerSignatory, "customerSignatory");
        Objects.requireNonNull(providerSignatory, "providerSignatory");
        Objects.requireNonNull(signedOn, "signedOn");
    }
}
