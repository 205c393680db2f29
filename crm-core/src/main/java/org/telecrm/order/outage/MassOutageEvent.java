package org.telecrm.order.outage;

import io.vavr.collection.Seq;
import org.telecrm.customer.StaffId;
import org.telecrm.kernel.AggregateEvent;
import org.telecrm.order.aggregate.ServiceOrderId;
import org.telecrm.order.clock.PauseReason;

import java.time.Instant;

/** What happened to a mass outage, for the host to forward. Every event names the outage and the instant. */
public sealed interface MassOutageEvent extends AggregateEvent<MassOutageId> {

    MassOutageId outage();

    @Override
    default MassOutageId aggregateId() {
        return outage();
    }

    record OutageDeclared(MassOutageId outage, String description, StaffId by, Instant occurredAt)
            implements MassOutageEvent {
    }

    record ChildAttached(MassOutageId outage, ServiceOrderId child, String reason, StaffId by, Instant occurredAt)
            implements MassOutageEvent {
    }

    record ChildDetached(MassOutageId outage, ServiceOrderId child, String reason, StaffId by, Instant occurredAt)
            implements MassOutageEvent {
    }

    record OutagePaused(MassOutageId outage, PauseReason reason, Instant occurredAt) implements MassOutageEvent {
    }

    record OutageResumed(MassOutageId outage, Instant occurredAt) implements MassOutageEvent {
    }

    /** Service is back: the children attached at that instant are restored with the parent. */
    record OutageRestored(MassOutageId outage, Seq<ServiceOrderId> children, StaffId by, Instant occurredAt)
            implements MassOutageEvent {
    }
}
