package org.telecrm.order.aggregate;

import org.jmolecules.ddd.types.Identifier;

import java.util.Objects;

/**
 * A department (部门) responsible for a node, as the host's organisation directory names it.
 *
 * <pre>{@code
 * DepartmentId dispatch = DepartmentId.of("Futian network operations");
 * }</pre>
 */
public record DepartmentId(String value) implements Identifier {

    public DepartmentId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a department identifier must not be blank");
        }
    }

    public static DepartmentId of(String value) {
        return new DepartmentId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
