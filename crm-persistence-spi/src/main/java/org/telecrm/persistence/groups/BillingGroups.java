package org.telecrm.persistence.groups;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.telecrm.account.AccountId;
import org.telecrm.account.group.BillingGroup;
import org.telecrm.account.group.BillingGroupEvent;
import org.telecrm.account.group.BillingGroupId;
import org.telecrm.kernel.Changed;
import org.telecrm.persistence.Page;
import org.telecrm.persistence.PageRequest;
import org.telecrm.persistence.SaveConflict;
import org.telecrm.persistence.Versioned;

/**
 * The billing groups a host stores (a headquarters' account paying for chosen branch accounts): load by identifier,
 * save with the expected version, the change's events appended to the outbox in the same transaction, and the groups
 * a headquarters' account pays for. Loading rebuilds with {@link BillingGroup#restore}: no rule runs, no event is
 * raised.
 *
 * <pre>{@code
 * Changed<BillingGroup, BillingGroupEvent> formed = BillingGroup.form(BillingGroupId.of("G-0755-001"),
 *         AccountId.of("A-HQ"), AllocationRule.PRO_RATA, at);
 * groups.save(formed, Versioned.NEW);                                        // Right(1), GroupFormed in the outbox
 * groups.paidBy(AccountId.of("A-HQ"), PageRequest.first(100)).items();       // [the group, version 1]
 * }</pre>
 */
public interface BillingGroups {

    /** The stable type name of billing groups in conflicts, event ids and JSON. */
    String TYPE = "billing-group";

    Option<Versioned<BillingGroup>> load(BillingGroupId id);

    /**
     * Stores {@code group} when the store holds it at {@code expectedVersion} ({@link Versioned#NEW} when it must not
     * exist yet) and appends {@code events} to the outbox, in one transaction; the new version, or a
     * {@link SaveConflict} with nothing written.
     */
    Either<SaveConflict, Long> save(BillingGroup group, long expectedVersion, Seq<BillingGroupEvent> events);

    default Either<SaveConflict, Long> save(Changed<BillingGroup, BillingGroupEvent> change, long expectedVersion) {
        return save(change.state(), expectedVersion, change.events());
    }

    /** The groups whose headquarters' account is {@code headquarters}, ordered by group id. */
    Page<Versioned<BillingGroup>> paidBy(AccountId headquarters, PageRequest page);
}
