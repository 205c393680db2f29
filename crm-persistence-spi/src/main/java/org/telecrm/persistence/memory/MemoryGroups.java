package org.telecrm.persistence.memory;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.telecrm.account.AccountId;
import org.telecrm.account.group.BillingGroup;
import org.telecrm.account.group.BillingGroupEvent;
import org.telecrm.account.group.BillingGroupId;
import org.telecrm.persistence.Page;
import org.telecrm.persistence.PageRequest;
import org.telecrm.persistence.SaveConflict;
import org.telecrm.persistence.Versioned;
import org.telecrm.persistence.groups.BillingGroups;
import org.telecrm.persistence.json.BillingGroupJson;

import java.util.Objects;

/** Billing groups are kept by id in order; the query scans them and pages the matches. */
final class MemoryGroups implements BillingGroups {

    private final InMemoryStorage store;

    MemoryGroups(InMemoryStorage store) {
        this.store = store;
    }

    @Override
    public Option<Versioned<BillingGroup>> load(BillingGroupId id) {
        return store.read().groups().get(Objects.requireNonNull(id, "id").value());
    }

    @Override
    public Either<SaveConflict, Long> save(BillingGroup group, long expectedVersion, Seq<BillingGroupEvent> events) {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(events, "events");
        return store.write(state -> InMemoryStorage.saveKeyed(state, TYPE, group.getId().value(), group,
                expectedVersion, InMemoryStorage.State::groups, InMemoryStorage.State::withGroups,
                version -> BillingGroupJson.outboxMessages(group.getId(), version, events)));
    }

    @Override
    public Page<Versioned<BillingGroup>> paidBy(AccountId headquarters, PageRequest page) {
        Objects.requireNonNull(headquarters, "headquarters");
        return InMemoryStorage.where(store.read().groups(), g -> g.headquarters().equals(headquarters), page,
                g -> g.getId().value());
    }
}
