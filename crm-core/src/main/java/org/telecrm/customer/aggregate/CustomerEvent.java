package org.telecrm.customer.aggregate;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.telecrm.customer.AccountManagerId;
import org.telecrm.customer.CustomerGroup;
import org.telecrm.customer.CustomerId;
import org.telecrm.customer.KeyAccountGrade;
import org.telecrm.customer.StaffId;
import org.telecrm.customer.churn.WarningLevel;
import org.telecrm.customer.contact.ContactDetails;
import org.telecrm.customer.contact.ContactId;
import org.telecrm.customer.identity.IdentityDocument;
import org.telecrm.customer.region.CityCode;
import org.telecrm.kernel.AggregateEvent;

import java.time.Instant;

/**
 * What happened to a customer: one event per change, carrying the customer's identifier, when it happened and
 * everything the change consists of, so that a host's read model can follow the customer from its events alone.
 * Identity documents and phone numbers inside render masked.
 *
 * <pre>{@code
 * customer.assignManager(AccountManagerId.of("AM-2"), StaffId.of("S-1"), at)
 *         .map(Changed::events);   // Right(List(ManagerAssigned[customerId=C-1, previous=Some(AM-1), manager=AM-2, ...]))
 * }</pre>
 */
public sealed interface CustomerEvent extends AggregateEvent<CustomerId> {

    CustomerId customerId();

    /** {@link #customerId()}, under the name every aggregate's events share. */
    @Override
    default CustomerId aggregateId() {
        return customerId();
    }

    Instant occurredAt();

    /** A customer was registered, as a prospect. */
    record Registered(CustomerId customerId, CustomerGroup group, String name, IdentityDocument document, CityCode city,
                      Instant occurredAt) implements CustomerEvent {
    }

    /** A commercial customer became a key account. */
    record GroupChanged(CustomerId customerId, CustomerGroup from, CustomerGroup to, Instant occurredAt)
            implements CustomerEvent {
    }

    /** A key account's grade was set from a value assessment, with the assessment's score and lines as the reason. */
    record GradeChanged(CustomerId customerId, Option<KeyAccountGrade> from, KeyAccountGrade to, long score,
                        Seq<String> reasons, Instant occurredAt) implements CustomerEvent {
    }

    /** An account manager was assigned, ending the previous one's assignment if there was one. */
    record ManagerAssigned(CustomerId customerId, Option<AccountManagerId> previous, AccountManagerId manager,
                           StaffId assignedBy, Instant occurredAt) implements CustomerEvent {
    }

    /** The account manager's assignment ended with no one taking over. */
    record ManagerUnassigned(CustomerId customerId, AccountManagerId manager, StaffId endedBy, Instant occurredAt)
            implements CustomerEvent {
    }

    record ContactAdded(CustomerId customerId, ContactId contactId, ContactDetails details, Instant occurredAt)
            implements CustomerEvent {
    }

    record ContactChanged(CustomerId customerId, ContactId contactId, ContactDetails before, ContactDetails after,
                          Instant occurredAt) implements CustomerEvent {
    }

    record ContactRemoved(CustomerId customerId, ContactId contactId, ContactDetails details, Instant occurredAt)
            implements CustomerEvent {
    }

    /** The primary contact changed: the first contact becomes primary, the last one's removal leaves none. */
    record PrimaryContactChanged(CustomerId customerId, Option<ContactId> from, Option<ContactId> to, Instant occurredAt)
            implements CustomerEvent {
    }

    /** The key account joined or left a group, or gained or lost a branch. */
    record GroupStructureChanged(CustomerId customerId, GroupStructure from, GroupStructure to, Instant occurredAt)
            implements CustomerEvent {
    }

    record FileEntryAdded(CustomerId customerId, FileEntry entry, Instant occurredAt) implements CustomerEvent {
    }

    /** The churn early warning raised a warning on the customer, with the engine's reasons. */
    record ChurnWarningRaised(CustomerId customerId, WarningLevel level, Seq<String> reasons, Instant occurredAt)
            implements CustomerEvent {
    }

    /**
     * The customer's master data changed (renamed, moved, document re-issued or corrected, an address set, changed or
     * removed): the change with its value before and after, when it takes effect and when it was recorded (the
     * event's time). Documents and addresses render masked.
     */
    record MasterDataChanged(CustomerId customerId, MasterDataChange change) implements CustomerEvent {
        public MasterDataChanged {
            java.util.Objects.requireNonNull(customerId, "customerId");
            java.util.Objects.requireNonNull(change, "change");
        }

        @Override
        public Instant occurredAt() {
            return change.recordedAt();
        }
    }

    /**
     * The person's information was erased at their request (PIPL art. 47): name, identity document and contacts are
     * gone from the customer, and the stores removed the customer's earlier events, which held them. What must be
     * retained (accounts and their ledgers, contracts, claims) keeps the customer's id, now a pseudonymous reference.
     * A host forwards it to its other systems, which erase what they hold of the person.
     */
    record Erased(CustomerId customerId, Instant occurredAt) implements CustomerEvent {
    }

    /**
     * A contact's information was erased at their request: the contact is gone from the customer, and the stores
     * removed the earlier events that held its details. A host forwards it to its other systems.
     */
    record ContactErased(CustomerId customerId, ContactId contactId, Instant occurredAt) implements CustomerEvent {
    }

    /** The customer moved from one lifecycle stage to another; a churn carries its reason. */
    record LifecycleChanged(CustomerId customerId, Lifecycle.Stage from, Lifecycle.Stage to, Option<String> reason,
                            Instant occurredAt) implements CustomerEvent {
    }
}
