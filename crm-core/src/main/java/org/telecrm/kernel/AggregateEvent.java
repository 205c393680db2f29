package org.telecrm.kernel;

import org.jmolecules.ddd.types.Identifier;
import org.jmolecules.event.types.DomainEvent;

import java.time.Instant;

/**
 * What every aggregate's domain events have in common: the aggregate they happened to, under one name, and the instant
 * they happened (passed in by the command's caller; the core reads no clock). A host's outbox or read model can route
 * and order any event by these two without knowing its aggregate.
 *
 * <p>Each aggregate's event type keeps its own accessor in its domain's words ({@code CustomerEvent.customerId()},
 * {@code AccountEvent.account()}, {@code SlaContractEvent.contract()}, {@code ServiceOrderEvent.order()},
 * {@code PurposeEvent.customerId()}), and answers {@link #aggregateId()} with it.
 *
 * <pre>{@code
 * Seq<? extends AggregateEvent<?>> events = changed.events();
 * events.forEach(e -> outbox.append(e.aggregateId(), e.occurredAt(), e));
 * }</pre>
 *
 * @param <I> the aggregate's identifier type
 */
public interface AggregateEvent<I extends Identifier> extends DomainEvent {

    /** The identifier of the aggregate the event happened to. */
    I aggregateId();

    /** When it happened: the instant passed to the command. */
    Instant occurredAt();
}
