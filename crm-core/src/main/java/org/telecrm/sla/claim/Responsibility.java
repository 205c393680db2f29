package org.telecrm.sla.claim;

import org.jmolecules.ddd.annotation.ValueObject;

import java.util.Objects;

/**
 * Who answers for a breach inside the operator: the responsible bureau (责任局) and the responsibility segment
 * (责任段落) of the circuit, as the operations department's compensation opinion states them (rules.md section 5).
 * The compensation form goes to that bureau.
 *
 * <pre>{@code
 * Responsibility r = new Responsibility("Shenzhen Futian bureau", "A-end access segment");
 * }</pre>
 */
@ValueObject
public record Responsibility(String bureau, String segment) {

    public Responsibility {
        Objects.requireNonNull(bureau, "bureau");
        Objects.requireNonNull(segment, "segment");
    }

    @Override
    public String toString() {
        return bureau + " / " + segment;
    }
}
