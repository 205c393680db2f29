package org.telecrm.order.aggregate;

import org.jmolecules.ddd.annotation.ValueObject;
import org.telecrm.customer.StaffId;

import java.util.Objects;

/**
 * Who answers for a node (能责匹配, rules.md section 7): a department and a person in it.
 *
 * <pre>{@code
 * ResponsibleParty p = ResponsibleParty.of("Futian network operations", "S-0755-101");
 * }</pre>
 */
@ValueObject
public record ResponsibleParty(DepartmentId department, StaffId person) {

    public ResponsibleParty {
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(person, "person");
    }

    public static ResponsibleParty of(String department, String person) {
        return new ResponsibleParty(DepartmentId.of(department), StaffId.of(person));
    }

    @Override
    public String toString() {
        return person + " (" + department + ")";
    }
}
