package org.telecrm.architecture.planted;

import org.jmolecules.event.types.DomainEvent;
import org.telecrm.customer.CustomerId;
import org.telecrm.kernel.AggregateEvent;

import java.time.Instant;

/** Planted violations: domain events that do not name their aggregate under the one shared name. */
public final class PlantedEvent {

    private PlantedEvent() {
    }

    /** A jMolecules domain event with its own name for the aggregate's id and no {@code aggregateId()}. */
    public record Unnamed(CustomerId customer, Instant at) implements DomainEvent {
    }

    /** An event marked by jMolecules' annotation only. */
    @org.jmolecules.event.annotation.DomainEvent
    public record Annotated(CustomerId customer, Instant at) {
    }

    /** The right way, which the rule must let pass. */
    public record Named(CustomerId aggregateId, Instant occurredAt) implements AggregateEvent<CustomerId> {
    }
}
