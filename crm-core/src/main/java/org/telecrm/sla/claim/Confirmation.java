package org.telecrm.sla.claim;

import org.jmolecules.ddd.annotation.ValueObject;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One side's signature on a compensation form: who signed for it and when (rules.md section 5: "both sides confirm
 * it and sign a compensation form").
 *
 * <pre>{@code
 * Confirmation c = new Confirmation(Side.CUSTOMER, "Li Wei, IT manager", LocalDate.of(2026, 4, 3));
 * }</pre>
 */
@ValueObject
public record Confirmation(Side side, String signatory, LocalDate on) {

    public Confirmation {
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(signatory, "signatory");
        Objects.requireNonNull(on, "on");
    }
}
