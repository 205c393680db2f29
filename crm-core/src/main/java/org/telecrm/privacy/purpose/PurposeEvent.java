package org.telecrm.privacy.purpose;

import io.vavr.collection.SortedSet;
import org.telecrm.customer.CustomerId;
import org.telecrm.kernel.AggregateEvent;

import java.time.Instant;

/** What changed in a customer's {@link PurposeRegister}. Nothing personal: kinds of information, not values. */
public sealed interface PurposeEvent extends AggregateEvent<CustomerId> {

    CustomerId customerId();

    /** {@link #customerId()}, under the name every aggregate's events share. */
    @Override
    default CustomerId aggregateId() {
        return customerId();
    }

    Instant occurredAt();

    /** Personal information is held for a purpose on a basis (new, or replacing what was held for it). */
    record PurposeHeld(CustomerId customerId, Purpose purpose, SortedSet<PersonalInformation> information,
                       LawfulBasis basis, Instant occurredAt) implements PurposeEvent {
    }

    /** The customer withdrew the consent a purpose rested on: nothing is held for it any more. */
    record ConsentWithdrawn(CustomerId customerId, Purpose purpose, ConsentChannel channel, Instant occurredAt)
            implements PurposeEvent {
    }
}
