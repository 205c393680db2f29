package org.telecrm.order.outage;

import io.vavr.control.Option;
import org.jmolecules.ddd.annotation.ValueObject;
import org.telecrm.customer.StaffId;
import org.telecrm.order.aggregate.ServiceOrderId;
import org.telecrm.sla.CircuitId;

import java.time.Instant;
import java.util.Objects;

/**
 * A fault order attached to a mass outage: the order, its circuit, who attached it, when and why, and, once detached
 * (it diverges: its own fault, handled on its own), who detached it, when and why.
 */
@ValueObject
public record ChildLink(ServiceOrderId order, CircuitId circuit, StaffId attachedBy, Instant attachedAt,
                        String attachReason, Option<Detachment> detached) {

    /** Who detached the child, when and why. */
    @ValueObject
    public record Detachment(StaffId by, Instant at, String reason) {
        public Detachment {
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(reason, "reason");
        }
    }

    public ChildLink {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(circuit, "circuit");
        Objects.requireNonNull(attachedBy, "attachedBy");
        Objects.requireNonNull(attachedAt, "attachedAt");
        Objects.requireNonNull(attachReason, "attachReason");
        Objects.requireNonNull(detached, "detached");
    }

    public boolean isAttached() {
        return detached.isEmpty();
    }

    ChildLink detach(StaffId by, Instant at, String reason) {
        return new ChildLink(order, circuit, attachedBy, attachedAt, attachReason, Option.some(new Detachment(by, at, reason)));
    }
}
